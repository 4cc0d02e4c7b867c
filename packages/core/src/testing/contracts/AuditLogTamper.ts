/**
 * Raw access to an audit log's storage, for tamper tests. Each adapter that
 * wants the tamper part of the audit-log contract provides this alongside its
 * AuditLog, acting on the same storage (for Postgres: UPDATE/DELETE/INSERT on
 * the table). Never provide it outside tests.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { AuditLog, type AuditRecord } from "../../ports/AuditLog.ts"
import { makeWithRows } from "../../ports/memory/AuditLogMemory.ts"

/** Storage-level edits that bypass the AuditLog service. */
export class AuditLogTamper extends Context.Service<
  AuditLogTamper,
  {
    /** Overwrites fields of the stored row `seq`, leaving the rest (its hash too) as stored. */
    readonly edit: (seq: number, patch: Partial<AuditRecord>) => Effect.Effect<void>
    /** Deletes the stored row `seq`. */
    readonly remove: (seq: number) => Effect.Effect<void>
    /** Exchanges rows `a` and `b` so that reading back returns each in the other's place. */
    readonly swap: (a: number, b: number) => Effect.Effect<void>
    /** Stores `record` so that reading back returns it just before the row now at `beforeSeq`. */
    readonly insertBefore: (beforeSeq: number, record: AuditRecord) => Effect.Effect<void>
  }
>()("@zhengwu/core/testing/AuditLogTamper") {}

/** A fresh in-memory AuditLog with tamper access to its rows. */
export const layerMemory: Layer.Layer<AuditLog | AuditLogTamper> = Layer.effectContext(
  Effect.map(makeWithRows, ({ rows, service }) => {
    const indexOf = (seq: number) => {
      const index = rows.findIndex((row) => row.seq === seq)
      if (index < 0) throw new Error(`no audit row \`${seq}\``)
      return index
    }
    const tamper = AuditLogTamper.of({
      edit: (seq, patch) =>
        Effect.sync(() => {
          const index = indexOf(seq)
          rows[index] = { ...(rows[index] as AuditRecord), ...patch }
        }),
      remove: (seq) => Effect.sync(() => void rows.splice(indexOf(seq), 1)),
      swap: (a, b) =>
        Effect.sync(() => {
          const [i, j] = [indexOf(a), indexOf(b)]
          const [rowA, rowB] = [rows[i] as AuditRecord, rows[j] as AuditRecord]
          rows[i] = rowB
          rows[j] = rowA
        }),
      insertBefore: (beforeSeq, record) => Effect.sync(() => void rows.splice(indexOf(beforeSeq), 0, record))
    })
    return Context.make(AuditLog, service).pipe(Context.add(AuditLogTamper, tamper))
  })
)
