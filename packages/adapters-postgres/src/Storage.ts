/**
 * The storage layers: the core's EventStore, AuditLog, CaseIndex and UnitOfWork on
 * PostgreSQL or on PGlite, through the same SQL. Building a layer applies the
 * migrations first. `layerPostgres` takes a connection URL; `layerPglite` runs
 * Postgres in-process (WASM), in memory or persisted to a directory.
 */

import * as PgClient from "@effect/sql-pg/PgClient"
import { PGlite } from "@electric-sql/pglite"
import {
  type ApiKeys,
  type AuditLog,
  type CaseIndex,
  type Clock,
  type EventStore,
  type RateLimits,
  UnitOfWork
} from "@zhengwu/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import * as ApiKeysSql from "./ApiKeysSql.ts"
import * as AuditLogSql from "./AuditLogSql.ts"
import * as Batch from "./Batch.ts"
import * as CaseIndexSql from "./CaseIndexSql.ts"
import * as EventStoreSql from "./EventStoreSql.ts"
import { migrate } from "./Migrations.ts"
import { PgliteStream } from "./PgliteStream.ts"
import * as RateLimitsSql from "./RateLimitsSql.ts"
import * as Replica from "./Replica.ts"
import { defaultSchema, dieOnSqlError, tables } from "./Schema.ts"

export interface PostgresOptions {
  /** e.g. `postgres://user@127.0.0.1:5432/db`; kept redacted in logs. */
  readonly url: string
  readonly schema?: string | undefined
  readonly maxConnections?: number | undefined
  /** A streaming replica for case lists, history and audit listings (see Replica); `DATABASE_READ_URL`. */
  readonly readUrl?: string | undefined
}

export interface PgliteOptions {
  /** A directory to persist to; in memory when absent. */
  readonly dataDir?: string | undefined
  readonly schema?: string | undefined
}

/** A SqlClient on a PostgreSQL server (a pool). */
export const sqlPostgres = (options: PostgresOptions): Layer.Layer<SqlClient.SqlClient | PgClient.PgClient, SqlError> =>
  PgClient.layer({
    url: Redacted.make(options.url),
    maxConnections: options.maxConnections ?? 10,
    applicationName: "zhengwu"
  })

/** Opens PGlite (and closes it when the layer is released). */
export const pglite = (dataDir?: string) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir)
      await db.waitReady
      return db
    }),
    (db) => Effect.promise(() => db.close())
  )

const clientOn = (db: PGlite) =>
  PgClient.makeClient({ stream: () => new PgliteStream(db), username: "postgres", database: "postgres" })

/** A SqlClient on an in-process PGlite it opens and closes: one connection through the wire-protocol bridge. */
export const sqlPglite = (
  options: PgliteOptions = {}
): Layer.Layer<SqlClient.SqlClient | PgClient.PgClient, SqlError> =>
  PgClient.layerFrom(Effect.flatMap(pglite(options.dataDir), clientOn))

/** A SqlClient on a PGlite the caller owns (opened and closed elsewhere). */
export const sqlPgliteOn = (db: PGlite): Layer.Layer<SqlClient.SqlClient | PgClient.PgClient, SqlError> =>
  PgClient.layerFrom(clientOn(db))

/**
 * Runs a unit of work as one database transaction whose index and audit writes
 * are batched into one statement before the commit (see Batch); a unit nested
 * in another joins it. A storage failure is a defect.
 */
export const unitOfWorkIn = (
  schema: string = defaultSchema
): Layer.Layer<UnitOfWork.UnitOfWork, never, SqlClient.SqlClient> =>
  Layer.effect(
    UnitOfWork.UnitOfWork,
    Effect.map(Effect.all([Effect.service(SqlClient.SqlClient), Effect.service(Replica.Reads)]), ([sql, reads]) => {
      const t = tables(sql, schema)
      const isMoved = (e: unknown): e is Batch.HeadMoved => e instanceof Batch.HeadMoved
      return UnitOfWork.UnitOfWork.of({
        atomically: <A, E, R>(effect: Effect.Effect<A, E, R>) => {
          const once = sql
            .withTransaction(
              Effect.gen(function* () {
                const batch = Batch.empty()
                const a = yield* Effect.provideService(effect, Batch.Current, batch)
                yield* Batch.flush(sql, t, batch)
                return a
              })
            )
            .pipe(Effect.tap(() => Replica.wrote(reads)))
          const attempt = (left: number): Effect.Effect<A, unknown, R> =>
            Effect.catchIf(once, isMoved, () =>
              left > 0 ? attempt(left - 1) : Effect.die(new Error("audit head kept moving: gave up after 50 tries"))
            )
          const run = Effect.flatMap(Effect.service(Batch.Current), (outer) => (outer === null ? attempt(50) : effect))
          return dieOnSqlError(run) as Effect.Effect<A, E, R>
        }
      })
    })
  )

/** The unit of work in the default schema. */
export const unitOfWork = unitOfWorkIn()

/** The storage ports on the SqlClient in context, after migrating `schema`. */
export const ports = (
  schema: string = defaultSchema
): Layer.Layer<
  | EventStore.EventStore
  | AuditLog.AuditLog
  | CaseIndex.CaseIndex
  | ApiKeys.ApiKeys
  | RateLimits.RateLimits
  | UnitOfWork.UnitOfWork,
  SqlError,
  SqlClient.SqlClient | Clock.Clock
> => {
  const migrated = Layer.effectDiscard(migrate(schema))
  return Layer.mergeAll(
    EventStoreSql.layer(schema),
    AuditLogSql.layer(schema),
    CaseIndexSql.layer(schema),
    ApiKeysSql.layer(schema),
    RateLimitsSql.layer(schema),
    unitOfWorkIn(schema)
  ).pipe(Layer.provide(migrated))
}

/** Reads on the replica at `url` (see Replica): its own client, kept out of the context. */
export const replicaReads = (options: PostgresOptions): Layer.Layer<never, SqlError> =>
  Layer.effect(
    Replica.Reads,
    Effect.map(Layer.build(sqlPostgres(options)), (context) =>
      Replica.routing(Context.get(context, SqlClient.SqlClient))
    )
  ) as unknown as Layer.Layer<never, SqlError>

/** Storage ports on PostgreSQL (reads on the replica at `readUrl`, when given); needs a Clock. */
export const layerPostgres = (options: PostgresOptions) => {
  const primary = sqlPostgres(options)
  const readUrl = options.readUrl
  if (readUrl === undefined || readUrl === "") return Layer.provideMerge(ports(options.schema), primary)
  return Layer.provideMerge(ports(options.schema), Layer.merge(primary, replicaReads({ ...options, url: readUrl })))
}

/** Storage ports on PGlite (the embedded default); needs a Clock. */
export const layerPglite = (options: PgliteOptions = {}) =>
  Layer.provideMerge(ports(options.schema), sqlPglite(options))
