/**
 * The core's AuditLog on Postgres: each append locks the chain's head row,
 * computes the next record with the core's own hashing (so every engine
 * chains identically) and stores it; verification reads the rows back in seq
 * order and runs the core's `verifyChain`, reporting the first broken link;
 * the head row (last seq and hash, updated with every append) also reveals
 * rows cut off the end, which the chain alone cannot.
 */
import { AuditLog } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
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

/** Stores one audit record as a row (the service's append, and storage-level tests). */
export const insertRecord = (sql: SqlClient.SqlClient, t: Tables, r: AuditLog.AuditRecord) =>
  sql`insert into ${t.audit} (seq, kind, subject, actor, outcome, citations, data, recorded_at, prev_hash, hash)
    values (${r.seq}, ${r.kind}, ${r.subject}, ${JSON.stringify(r.actor)}::jsonb, ${r.outcome},
      ${JSON.stringify(r.citations)}::jsonb, ${JSON.stringify(r.data)}::jsonb, ${r.recordedAt}, ${r.prevHash}, ${r.hash})`

/** The records from `fromSeq` in seq order, at most `limit` (all when null), only `subject`'s when given. */
export const readRecords = (
  sql: SqlClient.SqlClient,
  t: Tables,
  fromSeq: number,
  limit: number | null,
  subject?: string | undefined
) => {
  const where = sql.and([sql`seq >= ${fromSeq}`, ...(subject === undefined ? [] : [sql`subject = ${subject}`])])
  return (
    limit === null
      ? sql<AuditRow>`select * from ${t.audit} where ${where} order by seq`
      : sql<AuditRow>`select * from ${t.audit} where ${where} order by seq limit ${limit}`
  ).pipe(Effect.map((rows) => rows.map(toRecord)))
}

export const make = (schema: string = defaultSchema) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const t = tables(sql, schema)
    const insert = (r: AuditLog.AuditRecord) => insertRecord(sql, t, r)
    const readRows = (fromSeq: number, limit: number | null) => readRecords(sql, t, fromSeq, limit)

    const service = AuditLog.AuditLog.of({
      append: (entry) =>
        dieOnSqlError(
          sql.withTransaction(
            Effect.gen(function* () {
              const [head] = yield* sql<{ seq: string | number; hash: string }>`
                select seq, hash from ${t.auditHead} where id = 1 for update`
              const record = yield* AuditLog.nextRecord(
                { seq: Number(head?.seq ?? 0), hash: head?.hash ?? AuditLog.genesisHash },
                entry
              )
              yield* insert(record)
              yield* sql`update ${t.auditHead} set seq = ${record.seq}, hash = ${record.hash} where id = 1`
              return record
            })
          )
        ),
      list: (options) =>
        dieOnSqlError(
          readRecords(
            sql,
            t,
            options?.fromSeq ?? 1,
            options?.limit === undefined ? null : Math.max(0, options.limit),
            options?.subject
          )
        ),
      verify: () =>
        dieOnSqlError(
          Effect.gen(function* () {
            const rows = yield* readRows(1, null)
            const chain = yield* AuditLog.verifyChain(rows)
            if (!chain.ok) return chain
            // the chain alone cannot show rows cut off its end: the head row records the last seq and hash
            const [head] = yield* sql<{ seq: string | number; hash: string }>`
              select seq, hash from ${t.auditHead} where id = 1`
            const last = rows.at(-1)
            const headSeq = Number(head?.seq ?? 0)
            if (headSeq > (last?.seq ?? 0)) {
              return { ok: false as const, brokenAt: (last?.seq ?? 0) + 1, reason: "sequence-gap" as const }
            }
            if (last !== undefined && head !== undefined && headSeq === last.seq && head.hash !== last.hash) {
              return { ok: false as const, brokenAt: last.seq, reason: "hash-mismatch" as const }
            }
            return chain
          })
        )
    })

    return service
  })

/** The AuditLog on the SqlClient in context, in `schema` (migrated beforehand). */
export const layer = (schema: string = defaultSchema) => Layer.effect(AuditLog.AuditLog, make(schema))
