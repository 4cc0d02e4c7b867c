/**
 * Storage-level edits of the audit table for the tamper tests: UPDATE, DELETE
 * and INSERT on the rows, bypassing the AuditLog service. Test code only: the
 * package never ships it, and its runtime never imports the testing entry.
 */
import { AuditLog } from "@zhengwu/core"
import { AuditLogTamper } from "@zhengwu/core/testing"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLogSql from "../src/AuditLogSql.ts"
import { defaultSchema, tables } from "../src/Schema.ts"

const makeTamper = (schema: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const t = tables(sql, schema)
    const insert = (r: AuditLog.AuditRecord, prevSeq: number) => AuditLogSql.insertRecord(sql, t, r, prevSeq)
    /** The seq of the last record about `subject` before `seq` (0 when none): what a forger links a record to. */
    const prevOf = (subject: string, seq: number) =>
      Effect.map(
        sql<{ prev: string | number }>`select coalesce(max(seq), 0) as prev from ${t.audit}
          where subject = ${subject} and seq < ${seq}`,
        ([row]) => Number(row?.prev ?? 0)
      )
    return AuditLogTamper.AuditLogTamper.of({
      edit: (seq, patch) =>
        Effect.orDie(
          Effect.gen(function* () {
            const [row] = yield* AuditLogSql.readRecords(sql, t, seq, 1)
            if (row === undefined || row.seq !== seq) return yield* Effect.die(new Error(`no audit row \`${seq}\``))
            const [link] = yield* sql<{ prev_seq: string | number }>`select prev_seq from ${t.audit} where seq = ${seq}`
            yield* sql`delete from ${t.audit} where seq = ${seq}`
            yield* insert({ ...row, ...patch }, Number(link?.prev_seq ?? 0))
          })
        ),
      remove: (seq) => Effect.orDie(sql`delete from ${t.audit} where seq = ${seq}`),
      swap: (a, b) =>
        Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              // exchange the rows' places in seq order: each takes the other's seq, contents otherwise kept
              yield* sql`update ${t.audit} set seq = -seq where seq in (${a}, ${b})`
              yield* sql`update ${t.audit} set seq = case when seq = ${-a} then ${b} else ${a} end where seq in (${-a}, ${-b})`
            })
          )
        ),
      insertBefore: (beforeSeq, record) =>
        Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              // make room: shift the rows from beforeSeq up by one, then store the record at beforeSeq,
              // linked to the last record about its subject before it
              const prevSeq = yield* prevOf(record.subject, beforeSeq)
              yield* sql`update ${t.audit} set seq = -(seq + 1) where seq >= ${beforeSeq}`
              yield* sql`update ${t.audit} set seq = -seq where seq < 0`
              yield* insert({ ...record, seq: beforeSeq }, prevSeq)
            })
          )
        )
    })
  })

/** The AuditLog on the SqlClient in context, with tamper access to its table. */
export const layerWithTamper = (schema: string = defaultSchema) =>
  Layer.effectContext(
    Effect.gen(function* () {
      const service = yield* AuditLogSql.make(schema)
      const tamper = yield* makeTamper(schema)
      return Context.make(AuditLog.AuditLog, service).pipe(Context.add(AuditLogTamper.AuditLogTamper, tamper))
    })
  )
