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
import { AuditedAppend, type AuditLog, Clock, EventStore } from "@zhengwu/core"
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
        return yield* refusal(request, print, row, inserted)
      })

    /**
     * Lost a race (another writer took one of these versions) or found the stream elsewhere:
     * takes back what the statement wrote, then answers from what is committed now.
     */
    const refusal = (
      request: EventStore.AppendRequest,
      print: string,
      row: AppendRow | undefined,
      inserted: ReadonlyArray<number>
    ) =>
      Effect.gen(function* () {
        const { stream, expectedVersion } = request
        const key = request.idempotencyKey ?? null
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

    /**
     * The event, its audit record (chained on the case's head, which moves by
     * compare-and-set), the findings by rule and the case index row in one
     * statement, whose SQL computes the position, the event's hash and the
     * record's hash (`sha256` over the core's canonical texts, holes filled).
     * When another writer moved the head first, the statement's event is taken
     * back and the statement runs again; when the append is refused, nothing
     * else is written. Declined (null) outside a unit of work, or when the unit
     * already holds records of the case's chain.
     */
    const appendAudited = (request: AuditedAppend.Request, print: string, occurredAt: number) =>
      Effect.gen(function* () {
        const batch = yield* Effect.service(Batch.Current)
        const { stream, expectedVersion } = request.append
        const [e] = request.append.events
        const a = request.audit
        if (batch === null || batch.chains.has(a.subject) || a.subject !== stream) return null
        const texts = AuditedAppend.hashTexts(request, occurredAt)
        if (texts === null) return null
        const key = request.append.idempotencyKey ?? null
        const version = expectedVersion + 1
        const hole: Record<AuditedAppend.Hole, ReturnType<typeof sql.literal>> = {
          position: sql.literal("p.pos::text"),
          seq: sql.literal("hd.seq::text"),
          prevHash: sql.literal(`'"' || hd.prev_hash || '"'`),
          eventHash: sql.literal(`'"' || e.hash || '"'`)
        }
        const text = (tpl: AuditedAppend.Template) =>
          sql`concat(${sql.csv(
            tpl.pieces.flatMap((piece, i) => {
              const h = tpl.holes[i]
              return h === undefined ? [sql`${piece}::text`] : [sql`${piece}::text`, hole[h]]
            })
          )})`
        const digest = (tpl: AuditedAppend.Template) => sql`encode(sha256(convert_to(${text(tpl)}, 'UTF8')), 'hex')`
        const data = JSON.stringify({ ...a.data, version })
        const s = request.summary
        const onMoved = sql`where exists (select 1 from moved)`
        const findings =
          request.findings.length === 0
            ? sql``
            : sql`, d as (
                insert into ${t.ruleDecisions} (audit_seq, rule, status, subject, outcome, at)
                select hd.seq, v.rule, v.status, ${a.subject}, ${a.outcome}, ${a.recordedAt}
                from (values ${sql.csv(request.findings.map((f) => sql`(${f.rule}::text, ${f.status}::text)`))}) as v(rule, status), hd
                ${onMoved}
                on conflict do nothing
                returning 1)`
        const statement = sql<
          AppendRow & {
            readonly moved: number | string
            readonly seq: number | string
            readonly prev_hash: string
            readonly hash: string
            readonly event_hash: string
            readonly pos: number | string
          }
        >`
          with cur as (select coalesce(max(version), 0) as v from ${t.events} where stream_id = ${stream}),
          known as (select fingerprint, result from ${t.idempotency} where stream_id = ${stream} and key = ${key}),
          tx as (select pg_current_xact_id()::text::bigint * ${k} as base),
          used as (select count(*) as n from ${t.events}, tx where position > tx.base and position < tx.base + ${k}),
          p as (select tx.base + used.n + 1 as pos from tx, used),
          e as (select ${digest(texts.event)} as hash from p),
          hd as (
            select nextval(${t.auditSeq}) as seq, coalesce(h.seq, 0) as prev_seq, coalesce(h.hash, repeat('0', 64)) as prev_hash
            from (select 1) one left join ${t.auditHeads} h on h.subject = ${a.subject}),
          r as (select ${digest(texts.record)} as hash from hd, p, e),
          ins as (
            insert into ${t.events}
              (position, stream_id, version, type, payload, actor_agency, actor_role, occurred_at, idempotency_key)
            select p.pos, ${stream}, ${version}::int, ${e.type}::text, ${JSON.stringify(e.payload)}::jsonb,
              ${e.actor.agency}::text, ${e.actor.role}::text, ${occurredAt}, ${key}
            from p, cur
            where cur.v = ${expectedVersion} and not exists (select 1 from known)
            on conflict (stream_id, version) do nothing
            returning position
          ),
          idem as (
            insert into ${t.idempotency} (stream_id, key, fingerprint, result)
            select ${stream}, ${key}, ${print},
              jsonb_build_object('stream', ${stream}::text, 'fromVersion', ${version}::int,
                'toVersion', ${version}::int, 'positions', (select jsonb_agg(position order by position) from ins),
                'occurredAt', ${occurredAt}::bigint, 'replayed', false)
            where ${key}::text is not null and exists (select 1 from ins)
            on conflict do nothing
            returning 1
          ),
          moved as (
            insert into ${t.auditHeads} (subject, seq, hash)
            select ${a.subject}, hd.seq, r.hash from hd, r where exists (select 1 from ins)
            on conflict (subject) do update set seq = excluded.seq, hash = excluded.hash
              where ${t.auditHeads}.seq = (select prev_seq from hd)
            returning 1
          ),
          a as (
            insert into ${t.audit} (seq, kind, subject, actor, outcome, citations, data, recorded_at, prev_hash, hash, prev_seq)
            select hd.seq, ${a.kind}, ${a.subject}, ${JSON.stringify(a.actor)}::jsonb, ${a.outcome},
              ${JSON.stringify(a.citations)}::jsonb,
              ${data}::jsonb || jsonb_build_object('position', p.pos, 'eventHash', e.hash),
              ${a.recordedAt}, hd.prev_hash, r.hash, hd.prev_seq
            from hd, r, p, e ${onMoved}
            returning 1
          ),
          c as (
            insert into ${t.cases} (id, machine, state, agency, version, final, parties, created_at, updated_at)
            select ${s.id}, ${s.machine}, ${s.state}, ${s.agency}, ${s.version}::int, ${s.final}::boolean,
              ${JSON.stringify(s.parties)}::jsonb, ${s.createdAt}::bigint, ${s.updatedAt}::bigint
            ${onMoved}
            on conflict (id) do update set machine = excluded.machine, state = excluded.state, agency = excluded.agency,
              version = excluded.version, final = excluded.final, parties = excluded.parties,
              created_at = excluded.created_at, updated_at = excluded.updated_at
            returning 1
          )${findings}
          select cur.v as current, known.fingerprint as known_fingerprint, known.result as known_result,
            (select array_agg(position order by position) from ins) as inserted,
            (select n from used) as used,
            (select count(*) from a) as moved,
            hd.seq, hd.prev_hash, r.hash, e.hash as event_hash, p.pos
          from cur left join known on true, hd, r, e, p`
        for (let tries = 0; tries < 50; tries++) {
          const [row] = yield* statement
          const inserted = (row?.inserted ?? []).map(Number)
          if (row?.known_result !== null && row?.known_result !== undefined) {
            return row.known_fingerprint === print
              ? { appended: { ...row.known_result, replayed: true }, record: null }
              : yield* Effect.fail(EventStore.idempotencyMismatch(stream, key ?? ""))
          }
          if (inserted.length > 0 && Number(row?.used ?? 0) + 1 >= k)
            return yield* Effect.die(new Error(`at most ${k - 1} events a transaction`))
          if (inserted.length === 0 || row === undefined)
            return { appended: yield* refusal(request.append, print, row, inserted), record: null }
          if (Number(row.moved) !== 1) {
            // another writer moved the case's audit head after this statement read it: take the event back, again
            yield* sql`delete from ${t.events} where ${sql.in("position", inserted)}`
            if (key !== null) yield* sql`delete from ${t.idempotency} where stream_id = ${stream} and key = ${key}`
            continue
          }
          const position = Number(row.pos)
          const record: AuditLog.AuditRecord = {
            seq: Number(row.seq),
            kind: a.kind,
            subject: a.subject,
            actor: a.actor,
            outcome: a.outcome,
            citations: a.citations,
            data: { ...a.data, version, position, eventHash: row.event_hash },
            recordedAt: a.recordedAt,
            prevHash: row.prev_hash,
            hash: row.hash
          }
          const appended: EventStore.AppendResult = {
            stream,
            fromVersion: version,
            toVersion: version,
            positions: [position],
            occurredAt,
            replayed: false
          }
          return { appended, record }
        }
        return yield* Effect.die(new Error("audit head kept moving: gave up after 50 tries"))
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
      version: (stream) => dieOnSqlError(currentVersion(stream)),
      appendAudited: (request) =>
        Effect.gen(function* () {
          const print = yield* EventStore.fingerprint(request.append.stream, request.append.events)
          const occurredAt = yield* clock.currentTimeMillis
          const done = yield* dieOnSqlError(appendAudited(request, print, occurredAt))
          if (done !== null) yield* Replica.wrote(reads)
          return done
        })
    })
  })

/** The EventStore on the SqlClient in context, in `schema` (migrated beforehand). */
export const layer = (schema: string = defaultSchema) => Layer.effect(EventStore.EventStore, make(schema))
