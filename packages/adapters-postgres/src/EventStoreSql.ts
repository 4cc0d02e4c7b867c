/**
 * The core's EventStore on Postgres (and PGlite, through the same SQL), with no
 * store-wide lock: an append is one statement, and writers on different cases
 * run in parallel.
 *
 * - The expected-version check is exact per stream: the statement inserts only
 *   when the stream is at the expected version, and the unique `(stream_id,
 *   version)` index settles a race (`on conflict do nothing`: the later writer
 *   waits for the earlier one to commit, then inserts nothing and is told
 *   `version-conflict`). Versions are gap-free per stream.
 * - A global position is the writing transaction's id times
 *   {@link positionsPerTransaction} plus the event's place in it, so positions
 *   grow with transaction ids. `readAll` returns only events of transactions
 *   older than the oldest one still running (`pg_snapshot_xmin`): an event that
 *   commits late has a position above every one returned before it commits, so
 *   a reader paging by position never skips it. Positions are unique and
 *   strictly increasing in `readAll`, with gaps.
 * - Idempotency is per stream, as the port says, in the same statement.
 *
 * Storage failures are defects.
 */
import { Clock, EventStore } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import * as Batch from "./Batch.ts"
import * as Replica from "./Replica.ts"
import { defaultSchema, dieOnSqlError, tables } from "./Schema.ts"

/** How many positions a transaction owns: position = transaction id × this + place (1-based). */
export const positionsPerTransaction = 10_000

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

interface AppendRow {
  readonly current: number | string
  readonly known_fingerprint: string | null
  readonly known_result: EventStore.AppendResult | null
  readonly inserted: ReadonlyArray<number | string> | null
  readonly used: number | string
  readonly spare?: number | string
  readonly head_seq?: number | string | null
  readonly head_hash?: string | null
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
    const reads = yield* Replica.Reads
    const clock = yield* Clock.Clock
    const t = tables(sql, schema)
    const k = positionsPerTransaction

    /** Positions a reader may see lie below this: every running or later transaction writes above it. */
    const horizon = sql`(pg_snapshot_xmin(pg_current_snapshot())::text::bigint * ${k})`

    /**
     * One statement: the stream's version and the known key are read, the events
     * inserted only when the stream is at the expected version and the key is
     * new, and the key's result stored with them.
     */
    const attempt = (request: EventStore.AppendRequest, print: string, occurredAt: number, prefetch: boolean) => {
      const { stream, expectedVersion, events } = request
      const key = request.idempotencyKey ?? null
      const rows = events.map(
        (e, i) =>
          sql`(${i + 1}::int, ${e.type}::text, ${JSON.stringify(e.payload)}::jsonb, ${e.actor.agency}::text, ${e.actor.role}::text)`
      )
      const to = expectedVersion + events.length
      return sql<AppendRow>`
        with cur as (select coalesce(max(version), 0) as v from ${t.events} where stream_id = ${stream}),
        known as (select fingerprint, result from ${t.idempotency} where stream_id = ${stream} and key = ${key}),
        tx as (select pg_current_xact_id()::text::bigint * ${k} as base),
        used as (select count(*) as n from ${t.events}, tx where position > tx.base and position < tx.base + ${k}),
        ins as (
          insert into ${t.events}
            (position, stream_id, version, type, payload, actor_agency, actor_role, occurred_at, idempotency_key)
          select tx.base + used.n + e.i, ${stream}, ${expectedVersion}::int + e.i, e.type, e.payload, e.agency, e.role,
            ${occurredAt}, ${key}
          from (values ${sql.csv(rows)}) as e(i, type, payload, agency, role), tx, used, cur
          where cur.v = ${expectedVersion} and not exists (select 1 from known)
          on conflict (stream_id, version) do nothing
          returning position
        ),
        idem as (
          insert into ${t.idempotency} (stream_id, key, fingerprint, result)
          select ${stream}, ${key}, ${print},
            jsonb_build_object('stream', ${stream}::text, 'fromVersion', ${expectedVersion + 1}::int,
              'toVersion', ${to}::int, 'positions', (select jsonb_agg(position order by position) from ins),
              'occurredAt', ${occurredAt}::bigint, 'replayed', false)
          where ${key}::text is not null and (select count(*) from ins) = ${events.length}
          on conflict do nothing
          returning 1
        )
        select cur.v as current, known.fingerprint as known_fingerprint, known.result as known_result,
          (select array_agg(position order by position) from ins) as inserted,
          (select count(*) from idem) as keyed,
          (select n from used) as used
          ${
            prefetch
              ? sql`, nextval(${t.auditSeq}) as spare,
                  (select seq from ${t.auditHeads} where subject = ${stream}) as head_seq,
                  (select hash from ${t.auditHeads} where subject = ${stream}) as head_hash`
              : sql``
          }
        from cur left join known on true`
    }

    const append = (request: EventStore.AppendRequest, print: string, occurredAt: number) =>
      Effect.gen(function* () {
        const { stream, expectedVersion, events } = request
        const key = request.idempotencyKey ?? null
        // inside a unit of work, the same statement fetches the head of the stream's audit chain and a seq for its record
        const batch = yield* Effect.service(Batch.Current)
        const [row] = yield* attempt(request, print, occurredAt, batch !== null && !batch.chains.has(stream))
        const inserted = (row?.inserted ?? []).map(Number)
        if (row?.known_result !== null && row?.known_result !== undefined) {
          return row.known_fingerprint === print
            ? { ...row.known_result, replayed: true }
            : yield* Effect.fail(EventStore.idempotencyMismatch(stream, key ?? ""))
        }
        if (inserted.length > 0 && Number(row?.used ?? 0) + events.length >= k)
          return yield* Effect.die(new Error(`at most ${k - 1} events a transaction`))
        if (inserted.length === events.length) {
          if (batch !== null && row?.spare !== undefined && !batch.chains.has(stream))
            batch.chains.set(stream, Batch.chainFrom(row.head_seq ?? null, row.head_hash ?? null, Number(row.spare)))
          const result: EventStore.AppendResult = {
            stream,
            fromVersion: expectedVersion + 1,
            toVersion: expectedVersion + events.length,
            positions: inserted,
            occurredAt,
            replayed: false
          }
          return result
        }
        // lost a race (another writer took one of these versions) or found the stream elsewhere:
        // take back what this statement wrote, then answer from what is committed now
        if (inserted.length > 0) yield* sql`delete from ${t.events} where ${sql.in("position", inserted)}`
        if (key !== null) {
          const [known] = yield* sql<{ fingerprint: string; result: EventStore.AppendResult }>`
            select fingerprint, result from ${t.idempotency} where stream_id = ${stream} and key = ${key}`
          if (known !== undefined) {
            return known.fingerprint === print
              ? { ...known.result, replayed: true }
              : yield* Effect.fail(EventStore.idempotencyMismatch(stream, key))
          }
        }
        const actual =
          inserted.length === 0 && Number(row?.current ?? 0) !== expectedVersion
            ? Number(row?.current ?? 0)
            : yield* currentVersion(stream)
        return yield* Effect.fail(EventStore.versionConflict(stream, expectedVersion, actual))
      })

    const currentVersion = (stream: EventStore.StreamId) =>
      sql<{
        version: number | null
      }>`select max(version) as version from ${t.events} where stream_id = ${stream}`.pipe(
        Effect.map(([row]) => Number(row?.version ?? 0))
      )

    return EventStore.EventStore.of({
      append: (request) =>
        Effect.gen(function* () {
          const print = yield* EventStore.fingerprint(request.stream, request.events)
          if (request.events.length >= k) return yield* Effect.die(new Error(`at most ${k - 1} events an append`))
          const occurredAt = yield* clock.currentTimeMillis
          return yield* dieOnSqlError(append(request, print, occurredAt)).pipe(Effect.tap(() => Replica.wrote(reads)))
        }),
      read: (stream) =>
        dieOnSqlError(
          Replica.read(
            reads,
            sql,
            (s) => s<EventRow>`select * from ${t.events} where stream_id = ${stream} order by version`
          ).pipe(Effect.map((rows) => rows.map(toEvent)))
        ),
      readAll: (options) => {
        const from = Math.max(1, options?.fromPosition ?? 1)
        const limit = options?.limit === undefined ? null : Math.max(0, options.limit)
        return dieOnSqlError(
          (limit === null
            ? sql<EventRow>`select * from ${t.events} where position >= ${from} and position < ${horizon}
                order by position`
            : sql<EventRow>`select * from ${t.events} where position >= ${from} and position < ${horizon}
                order by position limit ${limit}`
          ).pipe(Effect.map((rows) => rows.map(toEvent)))
        )
      },
      version: (stream) => dieOnSqlError(currentVersion(stream))
    })
  })

/** The EventStore on the SqlClient in context, in `schema` (migrated beforehand). */
export const layer = (schema: string = defaultSchema) => Layer.effect(EventStore.EventStore, make(schema))
