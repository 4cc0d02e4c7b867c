/**
 * The core's AuditLog on Postgres, with no store-wide head row on the write
 * path: each record is chained to the previous record of its own subject (a
 * case), computed with the core's own hashing (so every engine hashes
 * identically), and each subject's head (last seq and hash) is kept in
 * `audit_heads`, moved by a compare-and-set in the statement that stores the
 * record. Writers on different cases never wait for each other; two writers
 * on one subject are ordered by the head (the loser reads the new head and
 * chains after it).
 *
 * Seq comes from a sequence: unique and increasing along each subject's chain,
 * with gaps where a transaction rolled back. Each row also stores the seq of
 * the record it follows (`prev_seq`, 0 for a subject's first), so a deleted
 * record is reported at its own seq.
 *
 * Verification reads every row and checks each record's hash, each link, each
 * head (which reveals a subject's cut tail) and the latest anchor: a digest of
 * every head, written by each verification that finds the log whole, which
 * reveals subjects cut off together with their head rows. Records written
 * before migration 6 form the store-wide chain they were written in, checked
 * as such.
 */
import { AuditLog } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import * as Batch from "./Batch.ts"
import * as Replica from "./Replica.ts"
import { defaultSchema, dieOnSqlError, type Tables, tables } from "./Schema.ts"

interface AuditRow {
  readonly seq: number | string | bigint
  readonly kind: "event" | "decision"
  readonly subject: string
  readonly actor: { agency: string; role: string } | null
  readonly outcome: string
  readonly citations: ReadonlyArray<string>
  readonly data: unknown
  readonly recorded_at: number | string | bigint
  readonly prev_hash: string
  readonly hash: string
  readonly prev_seq?: number | string | bigint | null
}

const toRecord = (r: AuditRow): AuditLog.AuditRecord => ({
  seq: Number(r.seq),
  kind: r.kind,
  subject: r.subject,
  actor: r.actor === null ? null : { agency: r.actor.agency as never, role: r.actor.role },
  outcome: r.outcome,
  citations: r.citations,
  data: r.data,
  recordedAt: Number(r.recorded_at),
  prevHash: r.prev_hash,
  hash: r.hash
})

const values = (r: AuditLog.AuditRecord, prevSeq: number | null) => [
  r.seq,
  r.kind,
  r.subject,
  JSON.stringify(r.actor),
  r.outcome,
  JSON.stringify(r.citations),
  JSON.stringify(r.data),
  r.recordedAt,
  r.prevHash,
  r.hash,
  prevSeq
]

/** Stores one audit record as a row, following record `prevSeq` of its subject (storage-level tests). */
export const insertRecord = (sql: SqlClient.SqlClient, t: Tables, r: AuditLog.AuditRecord, prevSeq: number | null) => {
  const [seq, kind, subject, actor, outcome, citations, data, at, prevHash, hash] = values(r, prevSeq)
  return sql`insert into ${t.audit} (seq, kind, subject, actor, outcome, citations, data, recorded_at, prev_hash, hash, prev_seq)
    values (${seq}, ${kind}, ${subject}, ${actor}::jsonb, ${outcome}, ${citations}::jsonb, ${data}::jsonb, ${at},
      ${prevHash}, ${hash}, ${prevSeq})`
}

/** The records from `fromSeq` in seq order, at most `limit` (all when null), only `subject`'s when given. */
export const readRecords = (
  sql: SqlClient.SqlClient,
  t: Tables,
  fromSeq: number,
  limit: number | null,
  subject?: string | undefined
) => Effect.map(readRows(sql, t, fromSeq, limit, subject), (rows) => rows.map(toRecord))

const readRows = (
  sql: SqlClient.SqlClient,
  t: Tables,
  fromSeq: number,
  limit: number | null,
  subject?: string | undefined
) => {
  const where = sql.and([sql`seq >= ${fromSeq}`, ...(subject === undefined ? [] : [sql`subject = ${subject}`])])
  return limit === null
    ? sql<AuditRow>`select * from ${t.audit} where ${where} order by seq`
    : sql<AuditRow>`select * from ${t.audit} where ${where} order by seq limit ${limit}`
}

type Break = {
  readonly ok: false
  readonly brokenAt: number
  readonly reason: "hash-mismatch" | "broken-link" | "sequence-gap"
}
interface Head {
  readonly subject: string
  readonly seq: number
  readonly hash: string
}

/** Checks rows (in seq order) against their links, the heads and the latest anchor; the first break by seq. */
const check = (
  rows: ReadonlyArray<AuditRow>,
  heads: ReadonlyArray<Head>,
  anchor: ReadonlyArray<Head>,
  legacyHead: { seq: number; hash: string } | undefined
) =>
  Effect.gen(function* () {
    const breaks: Array<Break> = []
    const brk = (brokenAt: number, reason: Break["reason"]) => breaks.push({ ok: false, brokenAt, reason })
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]))
    // the store-wide chain written before per-subject chains: a prefix of the log
    const legacy: Array<AuditLog.AuditRecord> = []
    let chained = false
    for (const r of rows) {
      if (r.prev_seq === null || r.prev_seq === undefined) {
        if (chained) brk(Number(r.seq), "broken-link")
        else legacy.push(toRecord(r))
      } else chained = true
    }
    const old = yield* AuditLog.verifyChain(legacy)
    if (!old.ok) breaks.push(old)
    const last = legacy.at(-1)
    if (legacyHead !== undefined && legacyHead.seq > (last?.seq ?? 0)) brk((last?.seq ?? 0) + 1, "sequence-gap")
    if (legacyHead !== undefined && last !== undefined && legacyHead.seq === last.seq && legacyHead.hash !== last.hash)
      brk(last.seq, "hash-mismatch")
    // each subject's chain
    const tails = new Map<string, number>()
    for (const r of rows) {
      if (r.prev_seq === null || r.prev_seq === undefined) continue
      const seq = Number(r.seq)
      const prevSeq = Number(r.prev_seq)
      const record = toRecord(r)
      const hash = yield* Effect.orElseSucceed(AuditLog.hashRecord(record), () => null)
      if (hash !== record.hash) brk(seq, "hash-mismatch")
      if (prevSeq === 0) {
        if (record.prevHash !== AuditLog.genesisHash || tails.has(r.subject)) brk(seq, "broken-link")
      } else {
        const prev = bySeq.get(prevSeq)
        if (prev === undefined) brk(prevSeq, "sequence-gap")
        // a link to another subject's record, to a later one, or to one already followed (a fork)
        else if (prev.subject !== r.subject || prev.hash !== record.prevHash || tails.get(r.subject) !== prevSeq)
          brk(seq, "broken-link")
      }
      tails.set(r.subject, seq)
    }
    // the heads reveal a cut tail; a subject with records and no head lost its head row
    const headOf = new Map(heads.map((h) => [h.subject, h]))
    for (const h of heads) {
      const row = bySeq.get(h.seq)
      if (row === undefined) brk(h.seq, "sequence-gap")
      else if (row.subject !== h.subject || row.hash !== h.hash) brk(h.seq, "hash-mismatch")
      const tail = tails.get(h.subject)
      if (tail !== undefined && tail > h.seq) brk(tail, "broken-link")
    }
    for (const [subject, tail] of tails) if (!headOf.has(subject)) brk(tail, "broken-link")
    // the latest anchor reveals subjects cut off together with their heads
    for (const h of anchor) {
      const row = bySeq.get(h.seq)
      if (row === undefined) brk(h.seq, "sequence-gap")
      else if (row.subject !== h.subject || row.hash !== h.hash) brk(h.seq, "hash-mismatch")
    }
    const first = breaks.sort((a, b) => a.brokenAt - b.brokenAt)[0]
    return first ?? ({ ok: true, count: rows.length } as const)
  })

export const make = (schema: string = defaultSchema) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const reads = yield* Replica.Reads
    const t = tables(sql, schema)

    /** One try: the subject's head and a seq, then the record and the head moved in one statement (null: head moved). */
    const attempt = (entry: AuditLog.AuditEntry) =>
      Effect.gen(function* () {
        const [found] = yield* sql<{
          seq: string | number
          head_seq: string | number | null
          head_hash: string | null
        }>`
          select nextval(${t.auditSeq}) as seq, h.seq as head_seq, h.hash as head_hash
          from (select 1) one left join ${t.auditHeads} h on h.subject = ${entry.subject}`
        const seq = Number(found?.seq)
        const headSeq = found?.head_seq === null || found?.head_seq === undefined ? 0 : Number(found.head_seq)
        const next = yield* AuditLog.nextRecord({ seq: seq - 1, hash: found?.head_hash ?? AuditLog.genesisHash }, entry)
        const [, kind, subject, actor, outcome, citations, data, at, prevHash, hash] = values(next, headSeq)
        const stored = yield* sql<{ seq: string | number }>`
          with moved as (
            insert into ${t.auditHeads} (subject, seq, hash) values (${subject}, ${seq}, ${hash})
            on conflict (subject) do update set seq = excluded.seq, hash = excluded.hash
              where ${t.auditHeads}.seq = ${headSeq}
            returning 1
          )
          insert into ${t.audit} (seq, kind, subject, actor, outcome, citations, data, recorded_at, prev_hash, hash, prev_seq)
          select ${seq}, ${kind}, ${subject}, ${actor}::jsonb, ${outcome}, ${citations}::jsonb, ${data}::jsonb, ${at},
            ${prevHash}, ${hash}, ${headSeq} from moved
          returning seq`
        return stored.length === 1 ? next : null
      })

    const direct = (entry: AuditLog.AuditEntry): Effect.Effect<AuditLog.AuditRecord, AuditLog.AuditLogError> =>
      Effect.flatMap(dieOnSqlError(attempt(entry)), (r) =>
        r === null ? direct(entry) : Effect.as(Replica.wrote(reads), r)
      )

    /** Inside a unit of work: chains the record on the batch's view of the head; the batch stores it. */
    const batched = (batch: Batch.Batch, entry: AuditLog.AuditEntry) =>
      Effect.gen(function* () {
        let chain = batch.chains.get(entry.subject)
        if (chain === undefined) {
          const [found] = yield* dieOnSqlError(
            sql<{ seq: string | number; head_seq: string | number | null; head_hash: string | null }>`
              select nextval(${t.auditSeq}) as seq, h.seq as head_seq, h.hash as head_hash
              from (select 1) one left join ${t.auditHeads} h on h.subject = ${entry.subject}`
          )
          chain = Batch.chainFrom(found?.head_seq ?? null, found?.head_hash ?? null, Number(found?.seq))
          batch.chains.set(entry.subject, chain)
        }
        const seq =
          chain.spare ??
          Number((yield* dieOnSqlError(sql<{ seq: string | number }>`select nextval(${t.auditSeq}) as seq`))[0]?.seq)
        chain.spare = null
        const record = yield* AuditLog.nextRecord({ seq: seq - 1, hash: chain.head.hash }, entry)
        chain.records.push({ record, prevSeq: chain.head.seq })
        chain.head = { seq, hash: record.hash }
        return record
      })

    const append = (entry: AuditLog.AuditEntry): Effect.Effect<AuditLog.AuditRecord, AuditLog.AuditLogError> =>
      Effect.flatMap(Effect.service(Batch.Current), (batch) => (batch === null ? direct(entry) : batched(batch, entry)))

    const service = AuditLog.AuditLog.of({
      append,
      list: (options) =>
        dieOnSqlError(
          Replica.read(reads, sql, (s) =>
            readRecords(
              s,
              t,
              options?.fromSeq ?? 1,
              options?.limit === undefined ? null : Math.max(0, options.limit),
              options?.subject
            )
          )
        ),
      verify: () =>
        dieOnSqlError(
          Effect.gen(function* () {
            const rows = yield* readRows(sql, t, 1, null)
            const heads = (yield* sql<{ subject: string; seq: string | number; hash: string }>`
              select subject, seq, hash from ${t.auditHeads}`).map((h) => ({ ...h, seq: Number(h.seq) }))
            const [anchor] = yield* sql<{ heads: ReadonlyArray<Head>; last_seq: string | number }>`
              select heads, last_seq from ${t.auditAnchors} order by id desc limit 1`
            const [legacy] = yield* sql<{ seq: string | number; hash: string }>`
              select seq, hash from ${t.auditHead} where id = 1`
            const result = yield* check(
              rows,
              heads,
              anchor?.heads ?? [],
              legacy === undefined ? undefined : { seq: Number(legacy.seq), hash: legacy.hash }
            )
            const lastSeq = Number(rows.at(-1)?.seq ?? 0)
            if (result.ok && heads.length > 0 && Number(anchor?.last_seq ?? 0) !== lastSeq) {
              const sorted = [...heads].sort((a, b) => a.seq - b.seq)
              yield* sql`insert into ${t.auditAnchors} (recorded_at, last_seq, heads)
                values (${Date.now()}, ${lastSeq}, ${JSON.stringify(sorted)}::jsonb)`
            }
            return result
          })
        )
    })

    return service
  })

/** The AuditLog on the SqlClient in context, in `schema` (migrated beforehand). */
export const layer = (schema: string = defaultSchema) => Layer.effect(AuditLog.AuditLog, make(schema))
