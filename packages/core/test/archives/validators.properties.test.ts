import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Arb from "../../src/testing/arbitraries/archives.ts"
import { run } from "./fixtures.ts"

const inForce = Arb.localDate.filter((x) => x >= "2006-04-01")

describe("archives invariants (sh-archive-2005 art 4)", () => {
  it("tampering with an archived document's content bytes or any metadata field is always detected, as that part only", async () => {
    const seen = { content: 0, bytes: 0, fields: new Set<string>() }
    await fc.assert(
      fc.asyncProperty(
        Arb.transferRequest.chain((r) => fc.tuple(fc.constant(r), Arb.tampered(r.document))),
        inForce,
        async ([request, t], asOf) => {
          const record = await run(Archives.recordTransfer(request))
          const x = await run(Archives.verify(record, t.document, asOf))
          expect(x.outcome).toBe("refused")
          const rules = x.reasons.map((f) => f.rule)
          for (const f of x.reasons) expect(f.citations).toEqual(["sh-archive-2005/4"])
          if (t.part === "content") {
            seen.content++
            if (t.document.content.kind === "bytes") seen.bytes++
            expect(rules).toEqual(["archives/content-unaltered"])
          } else {
            seen.fields.add(t.field)
            expect(rules).toEqual(["archives/metadata-unaltered"])
            expect(x.reasons[0]?.facts).toMatchObject({ changedFields: [t.field] })
          }
        }
      ),
      { numRuns: 600 }
    )
    // not vacuous: byte changes, and a change to every metadata field, did occur
    expect(seen.bytes).toBeGreaterThan(50)
    expect([...seen.fields].sort()).toEqual([...Arb.metadataFieldNames].sort())
  })

  it("an unchanged document always verifies, on any day the measures are in force", async () => {
    await fc.assert(
      fc.asyncProperty(Arb.transferRequest, inForce, async (request, asOf) => {
        const record = await run(Archives.recordTransfer(request))
        const x = await run(Archives.verify(record, structuredClone(request.document), asOf))
        expect(x.outcome).toBe("allowed")
        expect(x.findings.map((f) => f.status)).toEqual(["satisfied", "satisfied"])
      }),
      { numRuns: 300 }
    )
  })

  it("fingerprints are deterministic and tell documents apart: equal exactly when the canonical documents are equal", async () => {
    let distinct = 0
    await fc.assert(
      fc.asyncProperty(Arb.archivedDocument, Arb.archivedDocument, async (a, b) => {
        const [fa, fb, fa2] = await Promise.all([
          run(Archives.fingerprint(a)),
          run(Archives.fingerprint(b)),
          run(Archives.fingerprint(structuredClone(a)))
        ])
        expect(fa2).toBe(fa)
        const same = JSON.stringify(a) === JSON.stringify(b)
        if (!same) distinct++
        expect(fa === fb).toBe(same)
      }),
      { numRuns: 300 }
    )
    expect(distinct).toBeGreaterThan(250)
  })

  it("a transfer is allowed exactly when it goes to its own archives with a leader in charge, a designated person and a consistent seal record (a reference model of arts 2-6)", async () => {
    const outcomes = new Set<string>()
    await fc.assert(
      fc.asyncProperty(Arb.transferRequest, async (request) => {
        const record = await run(Archives.recordTransfer(request))
        const m = record.metadata
        const expected =
          record.transferredOn < "2006-04-01" || record.unit.kind !== "party-or-state-organ"
            ? "not-applicable"
            : record.archivesOf === record.unit.id &&
                record.leaderInCharge !== null &&
                record.responsiblePerson !== null &&
                m.sealed === (m.seal !== null)
              ? "allowed"
              : "refused"
        outcomes.add(expected)
        expect(Validator.decide(Archives.transfer, record, record.transferredOn).outcome).toBe(expected)
      }),
      { numRuns: 500 }
    )
    expect([...outcomes].sort()).toEqual(["allowed", "not-applicable", "refused"])
  })

  it("the record made at transfer keeps the metadata transferred, the seal and certificate at sealing included", async () => {
    await fc.assert(
      fc.asyncProperty(Arb.transferRequest, async (request) => {
        const record = await run(Archives.recordTransfer(request))
        expect(record.metadata).toEqual(request.document.metadata)
        expect(record.fingerprints).toEqual(await run(Archives.fingerprints(request.document)))
      }),
      { numRuns: 100 }
    )
  })
})
