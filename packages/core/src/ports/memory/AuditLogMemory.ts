/**
 * An in-memory AuditLog. Appends are serialised by a one-permit semaphore (the
 * hash is computed asynchronously), so concurrent appends still form one chain.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Semaphore from "effect/Semaphore"
import { AuditLog, type AuditRecord, genesis, nextRecord, verifyChain } from "../AuditLog.ts"

/**
 * Builds a fresh, empty in-memory AuditLog together with its raw rows. The rows
 * are the live storage: tests may edit, delete, reorder or insert rows to
 * simulate tampering; `verify` then checks them as they are.
 */
export const makeWithRows: Effect.Effect<{
  readonly service: AuditLog["Service"]
  readonly rows: Array<AuditRecord>
}> = Effect.gen(function* () {
  const rows: Array<AuditRecord> = []
  const lock = yield* Semaphore.make(1)
  const service = AuditLog.of({
    append: (entry) =>
      Effect.gen(function* () {
        const last = rows.at(-1)
        const record = yield* nextRecord(last === undefined ? genesis : last, entry)
        rows.push(record)
        return record
      }).pipe(Semaphore.withPermit(lock)),
    list: (options) =>
      Effect.sync(() => {
        const fromSeq = options?.fromSeq ?? 1
        const found = rows.filter(
          (row) => row.seq >= fromSeq && (options?.subject === undefined || row.subject === options.subject)
        )
        return options?.limit === undefined ? found : found.slice(0, Math.max(0, options.limit))
      }),
    verify: () => Effect.suspend(() => verifyChain([...rows]))
  })
  return { service, rows }
})

/** Builds a fresh, empty in-memory AuditLog. */
export const make: Effect.Effect<AuditLog["Service"]> = Effect.map(makeWithRows, ({ service }) => service)

/** A fresh in-memory AuditLog per layer build. */
export const layer: Layer.Layer<AuditLog> = Layer.effect(AuditLog, make)
