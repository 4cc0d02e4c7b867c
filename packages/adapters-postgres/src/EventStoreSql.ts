/**
 * The core's EventStore on Postgres (and PGlite, through the same SQL). An
 * append runs in one transaction that first locks the store's head row: appends
 * are serialised, so the expected-version check is exact, versions are
 * gap-free per stream, and global positions are gap-free and visible to
 * readers in commit order (a sequence would leave gaps on rollback and let a
 * reader skip an event committed late). Storage failures are defects.
 */
import { Clock, EventStore } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import { defaultSchema, dieOnSqlError, tables } from "./Schema.ts"

interface EventRow {
  readonly position: number | string | bigint
  readonly stream_id: string
  readonly version: number
  readonly type: string
  readonly payload: unknown
  readonly actor_agency: string
  readonly actor_role: string
  readonly occurred_at: number | string | bigint
  readonly idempotency_key: string | null
}

const toEvent = (r: EventRow): EventStore.StoredEvent => ({
  stream: r.stream_id as EventStore.StreamId,
  version: Number(r.version),
  position: Number(r.position),
  type: r.type,
  payload: r.payload,
  actor: { agency: r.actor_agency as never, role: r.actor_role },
  occurredAt: Number(r.occurred_at),
  idempotencyKey: r.idempotency_key
})

export const make = (schema: string = defaultSchema) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const clock = yield* Clock.Clock
    const t = tables(sql, schema)

    const write = (request: EventStore.AppendRequest, print: string, occurredAt: number) =>
      sql.withTransaction(
        Effect.gen(function* () {
          const { stream, expectedVersion, events } = request
          const key = request.idempotencyKey ?? null
          const [head] = yield* sql<{ position: string | number }>`
            select position from ${t.eventHead} where id = 1 for update`
          if (key !== null) {
            const [known] = yield* sql<{ fingerprint: string; result: EventStore.AppendResult }>`
              select fingerprint, result from ${t.idempotency} where stream_id = ${stream} and key = ${key}`
            if (known !== undefined) {
              return known.fingerprint === print
                ? { ...known.result, replayed: true }
                : yield* Effect.fail(EventStore.idempotencyMismatch(stream, key))
            }
          }
          const [current] = yield* sql<{ version: number | null }>`
            select max(version) as version from ${t.events} where stream_id = ${stream}`
          const actual = Number(current?.version ?? 0)
          if (actual !== expectedVersion)
            return yield* Effect.fail(EventStore.versionConflict(stream, expectedVersion, actual))
          const base = Number(head?.position ?? 0)
          const positions = events.map((_, i) => base + i + 1)
          for (const [i, e] of events.entries()) {
            yield* sql`insert into ${t.events}
              (position, stream_id, version, type, payload, actor_agency, actor_role, occurred_at, idempotency_key)
              values (${base + i + 1}, ${stream}, ${expectedVersion + i + 1}, ${e.type},
                ${JSON.stringify(e.payload)}::jsonb, ${e.actor.agency}, ${e.actor.role}, ${occurredAt}, ${key})`
          }
          yield* sql`update ${t.eventHead} set position = ${base + events.length} where id = 1`
          const result: EventStore.AppendResult = {
            stream,
            fromVersion: expectedVersion + 1,
            toVersion: expectedVersion + events.length,
            positions,
            occurredAt,
            replayed: false
          }
          if (key !== null) {
            yield* sql`insert into ${t.idempotency} (stream_id, key, fingerprint, result)
              values (${stream}, ${key}, ${print}, ${JSON.stringify(result)}::jsonb)`
          }
          return result
        })
      )

    return EventStore.EventStore.of({
      append: (request) =>
        Effect.gen(function* () {
          const print = yield* EventStore.fingerprint(request.stream, request.events)
          const occurredAt = yield* clock.currentTimeMillis
          return yield* dieOnSqlError(write(request, print, occurredAt))
        }),
      read: (stream) =>
        dieOnSqlError(
          sql<EventRow>`select * from ${t.events} where stream_id = ${stream} order by version`.pipe(
            Effect.map((rows) => rows.map(toEvent))
          )
        ),
      readAll: (options) => {
        const from = Math.max(1, options?.fromPosition ?? 1)
        const limit = options?.limit === undefined ? null : Math.max(0, options.limit)
        return dieOnSqlError(
          (limit === null
            ? sql<EventRow>`select * from ${t.events} where position >= ${from} order by position`
            : sql<EventRow>`select * from ${t.events} where position >= ${from} order by position limit ${limit}`
          ).pipe(Effect.map((rows) => rows.map(toEvent)))
        )
      },
      version: (stream) =>
        dieOnSqlError(
          sql<{
            version: number | null
          }>`select max(version) as version from ${t.events} where stream_id = ${stream}`.pipe(
            Effect.map(([row]) => Number(row?.version ?? 0))
          )
        )
    })
  })

/** The EventStore on the SqlClient in context, in `schema` (migrated beforehand). */
export const layer = (schema: string = defaultSchema) => Layer.effect(EventStore.EventStore, make(schema))
