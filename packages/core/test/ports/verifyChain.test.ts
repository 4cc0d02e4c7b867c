import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import {
  type AuditEntry,
  type AuditRecord,
  genesis,
  genesisHash,
  nextRecord,
  verifyChain
} from "../../src/ports/AuditLog.ts"

const entry = (n: number): AuditEntry => ({
  kind: "decision",
  subject: `validator-${n}`,
  actor: null,
  outcome: "eligible",
  citations: ["sh-egov-2012/13"],
  data: { n },
  recordedAt: n
})

const chain = (length: number) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const records: Array<AuditRecord> = []
      for (let n = 1; n <= length; n++) records.push(yield* nextRecord(records.at(-1) ?? genesis, entry(n)))
      return records
    })
  )

const verify = (records: ReadonlyArray<AuditRecord>, from?: { seq: number; hash: string }) =>
  Effect.runPromise(verifyChain(records, from))

describe("verifyChain", () => {
  it("accepts an empty chain and an intact one", async () => {
    expect(await verify([])).toEqual({ ok: true, count: 0 })
    const records = await chain(4)
    expect(records[0]?.prevHash).toBe(genesisHash)
    expect(await verify(records)).toEqual({ ok: true, count: 4 })
  })

  it("verifies a page that starts after a known head", async () => {
    const records = await chain(6)
    const head = records[2] as AuditRecord
    expect(await verify(records.slice(3), head)).toEqual({ ok: true, count: 3 })
    expect(await verify(records.slice(3), { ...head, hash: genesisHash })).toEqual({
      ok: false,
      brokenAt: 4,
      reason: "broken-link"
    })
  })

  it("reports the first break when several records are damaged", async () => {
    const records = await chain(5)
    const damaged = records.map((r) => (r.seq === 2 || r.seq === 4 ? { ...r, outcome: "ineligible" } : r))
    expect(await verify(damaged)).toEqual({ ok: false, brokenAt: 2, reason: "hash-mismatch" })
  })

  it("reports a record whose seq was changed as sequence-gap", async () => {
    const records = await chain(3)
    const renumbered = records.map((r) => (r.seq === 3 ? { ...r, seq: 4 } : r))
    expect(await verify(renumbered)).toEqual({ ok: false, brokenAt: 3, reason: "sequence-gap" })
  })

  it("reports data that no longer hashes, even when it is not json, as hash-mismatch", async () => {
    const records = await chain(2)
    const broken = records.map((r) => (r.seq === 2 ? { ...r, data: { bad: Number.NaN } } : r))
    expect(await verify(broken)).toEqual({ ok: false, brokenAt: 2, reason: "hash-mismatch" })
  })

  it("cannot see a truncated tail on its own", async () => {
    const records = await chain(3)
    expect(await verify(records.slice(0, 2))).toEqual({ ok: true, count: 2 })
  })
})
