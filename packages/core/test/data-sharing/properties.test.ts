import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Arb from "../../src/testing/arbitraries/data-sharing.ts"
import { as, d } from "./fixtures.ts"

describe("data-sharing invariants", () => {
  it("a body is a public management and service body exactly as the definition governing the day says (a reference model)", () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(Arb.body, Arb.aroundBoundaries, (b, asOf) => {
        const expected =
          asOf < "2018-11-01"
            ? "not-applicable"
            : asOf < "2022-01-01"
              ? b.kind === "administrative-organ" || (b.kind === "public-institution" && b.performsPublicFunctions)
                ? "allowed"
                : "refused"
              : b.kind === "other"
                ? "refused"
                : "allowed"
        seen.add(`${asOf < "2018-11-01" ? "none" : asOf < "2022-01-01" ? "2018" : "2021"} ${expected}`)
        expect(Validator.decide(DataSharing.publicBody, b, asOf).outcome).toBe(expected)
      }),
      { numRuns: 2000 }
    )
    expect([...seen].sort()).toEqual([
      "2018 allowed",
      "2018 refused",
      "2021 allowed",
      "2021 refused",
      "none not-applicable"
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

  it("from 2022-01-01 the decision never rests on the 2018 definition", () => {
    fc.assert(
      fc.property(
        Arb.body,
        Arb.localDate.filter((x) => x >= "2022-01-01"),
        (b, asOf) => {
          const x = Validator.decide(DataSharing.publicBody, b, asOf)
          expect(x.reasons.map((f) => f.rule)).toEqual(["data-sharing/public-body-2021"])
        }
      )
    )
  })

  it("a basic or public database of an administrative organ is never allowed unshared without a provision or an approved deferral", () => {
    const outcomes = new Set<string>()
    fc.assert(
      fc.property(Arb.databaseSharing, Arb.localDate, (s, asOf) => {
        const x = Validator.decide(DataSharing.sharing, s, asOf)
        outcomes.add(x.outcome)
        if (
          asOf >= "2012-05-28" &&
          s.holder.administrativeOrgan &&
          DataSharing.sharedKinds.includes(s.database.kind) &&
          !s.shared &&
          s.exception === null &&
          s.deferral === null
        )
          expect(x.outcome).toBe("refused")
        if (x.outcome === "refused") expect(x.reasons.map((f) => f.citations[0])).toEqual(["sh-egov-2012/27"])
      }),
      { numRuns: 2000 }
    )
    expect([...outcomes].sort()).toEqual(["allowed", "not-applicable", "refused"])
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
