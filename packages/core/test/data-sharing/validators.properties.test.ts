import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Arb from "../../src/testing/arbitraries/data-sharing.ts"
import { as, d } from "./fixtures.ts"

describe("data-sharing invariants", () => {
  it("a body is a public management and service body exactly as the instrument asked about defines it, once that instrument is in force (a reference model)", () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(Arb.publicBodyQuestion, Arb.aroundBoundaries, (q, asOf) => {
        const from = q.under === "sh-public-data-2018" ? "2018-11-01" : "2022-01-01"
        const expected =
          asOf < from ? "not-applicable" : DataSharing.isPublicBodyUnder(q, q.under) ? "allowed" : "refused"
        seen.add(`${q.under} ${expected}`)
        expect(Validator.decide(DataSharing.publicBody, q, asOf).outcome).toBe(expected)
      }),
      { numRuns: 2000 }
    )
    expect([...seen].sort()).toEqual([
      "sh-data-2021 allowed",
      "sh-data-2021 not-applicable",
      "sh-data-2021 refused",
      "sh-public-data-2018 allowed",
      "sh-public-data-2018 not-applicable",
      "sh-public-data-2018 refused"
    ])
  })

  it("the statute only widens the definition: a body that was one under the 2018 measures is one under the statute", () => {
    let was = 0
    fc.assert(
      fc.property(Arb.body, (b) => {
        if (DataSharing.publicBodyUnder2018(b)) {
          was++
          expect(DataSharing.publicBodyUnder2021(b)).toBe(true)
        }
      }),
      { numRuns: 1000 }
    )
    expect(was).toBeGreaterThan(100)
  })

  it("from 2022-01-01, with both instruments in force, a decision rests on the definition of the instrument asked about and on no other", () => {
    fc.assert(
      fc.property(
        Arb.publicBodyQuestion,
        Arb.localDate.filter((x) => x >= "2022-01-01"),
        (q, asOf) => {
          const x = Validator.decide(DataSharing.publicBody, q, asOf)
          expect(x.reasons.map((f) => f.rule)).toEqual([
            q.under === "sh-data-2021" ? "data-sharing/public-body-2021" : "data-sharing/public-body-2018"
          ])
        }
      )
    )
  })

  it("a basic or public database of an administrative organ left unshared without a provision or an approved deferral always draws the art 27 warning, and never a refusal (原则上)", () => {
    const outcomes = new Set<string>()
    let warned = 0
    fc.assert(
      fc.property(Arb.databaseSharing, Arb.localDate, (s, asOf) => {
        const x = Validator.decide(DataSharing.sharing, s, asOf)
        outcomes.add(x.outcome)
        const f = x.findings.find((r) => r.rule === "data-sharing/basic-database-shared")
        if (
          asOf >= "2012-05-28" &&
          s.holder.administrativeOrgan &&
          DataSharing.sharedKinds.includes(s.database.kind) &&
          !s.shared &&
          s.exception === null &&
          s.deferral === null
        ) {
          warned++
          expect(x.outcome).toBe("allowed")
          expect(f).toMatchObject({ status: "violated", severity: "warning" })
        } else expect(f?.status).not.toBe("violated")
      }),
      { numRuns: 2000 }
    )
    expect(warned).toBeGreaterThan(20)
    expect([...outcomes].sort()).toEqual(["allowed", "not-applicable"])
  })

  it("state-secret public data is never within the 2018 measures", () => {
    fc.assert(
      fc.property(Arb.publicDataMatter, Arb.localDate, (m, asOf) => {
        const x = Validator.decide(DataSharing.measuresScope, { ...m, involvesStateSecrets: true }, asOf)
        expect(x.outcome).not.toBe("allowed")
      }),
      { numRuns: 500 }
    )
  })

  it("only the approver the case records can decide a deferral, and an approval happens only for a database within sharing", () => {
    let approved = 0
    fc.assert(
      fc.property(Arb.deferralRequest, Arb.agencyId, Arb.agencyId, (request, approver, actor) => {
        const start = Transition.start(
          DataSharing.deferral,
          DataSharing.newDeferralContext(request, approver),
          d("2026-03-02")
        )
        if (start._tag !== "Success") throw new Error("start refused")
        const r = Transition.transition(
          DataSharing.deferral,
          start.success,
          { type: "approve", payload: { reference: "暂缓" } },
          as(actor, "approver"),
          d("2026-03-02")
        )
        const expected = actor === approver && DataSharing.sharedKinds.includes(request.database.kind)
        if (expected) approved++
        expect(r._tag).toBe(expected ? "Accepted" : "Refused")
      }),
      { numRuns: 1000 }
    )
    expect(approved).toBeGreaterThan(50)
  })
})
