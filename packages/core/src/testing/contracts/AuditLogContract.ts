/**
 * The contract every AuditLog adapter must meet. Call it from a test file with
 * a factory for a fresh, empty log; pass `tamper` (a log plus raw row access,
 * see `AuditLogTamper`) to also prove that tampering is detected.
 *
 *     auditLogContract("AuditLogMemory", { layer: () => AuditLogMemory.layer, tamper: () => layerMemory })
 */

import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { describe, expect, it } from "vitest"
import type { AgencyId } from "../../machine/Actor.ts"
import { type AuditEntry, AuditLog, genesisHash, hashRecord } from "../../ports/AuditLog.ts"
import { AuditLogTamper } from "./AuditLogTamper.ts"

/** What the audit-log contract needs from an adapter. */
export interface AuditLogContractOptions<E> {
  /** A fresh, empty audit log, built once per test. */
  readonly layer: () => Layer.Layer<AuditLog, E>
  /** A fresh, empty audit log with tamper access to its storage; enables the tamper tests. */
  readonly tamper?: (() => Layer.Layer<AuditLog | AuditLogTamper, E>) | undefined
}

/**
 * Entry `n`, about one case unless another subject is given: an adapter may
 * chain records per subject (so that writers on different cases never wait for
 * each other), and one subject's records form one chain everywhere.
 */
const entry = (n: number, subject = "case-1"): AuditEntry => ({
  kind: n % 2 === 0 ? "decision" : "event",
  subject,
  actor: n % 3 === 0 ? null : { agency: "sh-dsj" as AgencyId, role: "clerk" },
  outcome: n % 2 === 0 ? "eligible" : "Submitted",
  citations: n % 2 === 0 ? ["sh-egov-2012/13"] : [],
  data: { n, nested: { list: [n, "x", null, true] } },
  recordedAt: 1_700_000_000_000 + n
})

const appendFive = Effect.gen(function* () {
  const log = yield* AuditLog
  for (let n = 1; n <= 5; n++) yield* log.append(entry(n))
  return log
})

/** Runs the AuditLog contract against the adapter's layers, built afresh for every test. */
export const auditLogContract = <E>(name: string, options: AuditLogContractOptions<E>): void => {
  const run = <A, E2>(program: Effect.Effect<A, E2, AuditLog>): Promise<A> =>
    Effect.runPromise(program.pipe(Effect.provide(options.layer())))

  describe(`${name} meets the AuditLog contract`, () => {
    it("links each record to the previous one by hash", () =>
      run(
        Effect.gen(function* () {
          const log = yield* appendFive
          const records = yield* log.list()
          expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
          expect(records[0]?.prevHash).toBe(genesisHash)
          for (const [i, record] of records.entries()) {
            expect(record.hash).toMatch(/^[0-9a-f]{64}$/)
            expect(record.hash).toBe(yield* hashRecord(record))
            if (i > 0) expect(record.prevHash).toBe(records[i - 1]?.hash)
            expect(record).toMatchObject(entry(i + 1))
          }
        })
      ))

    it("returns the stored record from append", () =>
      run(
        Effect.gen(function* () {
          const log = yield* AuditLog
          const record = yield* log.append(entry(1))
          expect(yield* log.list()).toEqual([record])
        })
      ))

    it("verifies an empty log and an intact log", () =>
      run(
        Effect.gen(function* () {
          const log = yield* AuditLog
          expect(yield* log.verify()).toEqual({ ok: true, count: 0 })
          yield* appendFive
          expect(yield* log.verify()).toEqual({ ok: true, count: 5 })
        })
      ))

    it("lists from a seq with a limit", () =>
      run(
        Effect.gen(function* () {
          const log = yield* appendFive
          expect((yield* log.list({ fromSeq: 2, limit: 2 })).map((r) => r.seq)).toEqual([2, 3])
          expect((yield* log.list({ fromSeq: 4 })).map((r) => r.seq)).toEqual([4, 5])
          expect(yield* log.list({ fromSeq: 6 })).toEqual([])
        })
      ))

    it("refuses data that is not json", () =>
      run(
        Effect.gen(function* () {
          const log = yield* AuditLog
          const error = yield* Effect.flip(log.append({ ...entry(1), data: { at: [undefined] } }))
          expect(error._tag).toBe("AuditLogError")
          expect(error.reason).toBe("invalid-entry")
          expect(yield* log.list()).toEqual([])
        })
      ))

    it("keeps every chain unbroken under 20 concurrent appends about 20 cases", () =>
      run(
        Effect.gen(function* () {
          const log = yield* AuditLog
          yield* Effect.all(
            Array.from({ length: 20 }, (_, i) => log.append(entry(i + 1, `case-${i + 1}`))),
            { concurrency: "unbounded" }
          )
          expect((yield* log.list()).map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
          expect(yield* log.verify()).toEqual({ ok: true, count: 20 })
        })
      ))

    const tamper = options.tamper
    describe.skipIf(tamper === undefined)("detects tampering", () => {
      const runTampered = <A, E2>(program: Effect.Effect<A, E2, AuditLog | AuditLogTamper>): Promise<A> =>
        Effect.runPromise(program.pipe(Effect.provide((tamper as NonNullable<typeof tamper>)())))

      const tampered = (edit: (t: AuditLogTamper["Service"], log: AuditLog["Service"]) => Effect.Effect<void>) =>
        Effect.gen(function* () {
          const log = yield* appendFive
          yield* edit(yield* AuditLogTamper, log)
          return yield* log.verify()
        })

      it("reports an edited field as hash-mismatch at that seq", () =>
        runTampered(
          Effect.gen(function* () {
            expect(yield* tampered((t) => t.edit(3, { outcome: "ineligible" }))).toEqual({
              ok: false,
              brokenAt: 3,
              reason: "hash-mismatch"
            })
          })
        ))

      it("reports an edited record with a recomputed hash as broken-link at the next seq", () =>
        runTampered(
          Effect.gen(function* () {
            const result = yield* tampered((t, log) =>
              Effect.gen(function* () {
                const [third] = yield* log.list({ fromSeq: 3, limit: 1 })
                const forged = { ...(third as NonNullable<typeof third>), data: { forged: true } }
                yield* t.edit(3, { data: forged.data, hash: yield* Effect.orDie(hashRecord(forged)) })
              })
            )
            expect(result).toEqual({ ok: false, brokenAt: 4, reason: "broken-link" })
          })
        ))

      it("reports a deleted record as sequence-gap at its seq", () =>
        runTampered(
          Effect.gen(function* () {
            expect(yield* tampered((t) => t.remove(3))).toEqual({ ok: false, brokenAt: 3, reason: "sequence-gap" })
          })
        ))

      it("reports reordered records at the first displaced seq", () =>
        runTampered(
          Effect.gen(function* () {
            expect(yield* tampered((t) => t.swap(2, 4))).toMatchObject({ ok: false, brokenAt: 2 })
          })
        ))

      it("reports an inserted well-formed record at the seq after it", () =>
        runTampered(
          Effect.gen(function* () {
            const result = yield* tampered((t, log) =>
              Effect.gen(function* () {
                const [second] = yield* log.list({ fromSeq: 2, limit: 1 })
                const unsealed = {
                  seq: 3,
                  ...entry(99),
                  prevHash: (second as NonNullable<typeof second>).hash
                }
                yield* t.insertBefore(3, { ...unsealed, hash: yield* Effect.orDie(hashRecord(unsealed)) })
              })
            )
            expect(result).toMatchObject({ ok: false, brokenAt: 4 })
          })
        ))
    })
  })
}
