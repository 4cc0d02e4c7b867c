import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import type { LocalDate } from "../../src/date/LocalDate.ts"
import * as Amendment from "../../src/impact/Amendment.ts"
import * as Registry from "../../src/registry.ts"
import * as seals from "../../src/testing/arbitraries/seals.ts"

const title = { zh: "测试修订", en: "a test amendment" }
const jsDay = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10)

describe("Amendment", () => {
  it("counts days as the calendar does, across months, leap days and years", () => {
    fc.assert(
      fc.property(seals.localDate, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(Amendment.addDays(d, n)).toBe(jsDay(d, n))
        expect(Amendment.dayBefore(d)).toBe(jsDay(d, -1))
      })
    )
  })

  it("a repeal of sh-egov-2012 from 2030-01-01 leaves it in force through 2029-12-31 in the amended view, and as shipped in the catalogue", () => {
    const applied = Amendment.apply(
      { title, changes: [{ kind: "repeal-document", document: "sh-egov-2012", from: "2030-01-01" as LocalDate }] },
      Registry
    )
    if (Result.isFailure(applied)) throw new Error(applied.failure.message)
    const amended = applied.success.view.document("sh-egov-2012")
    expect(amended?.inForceUntil).toBe("2029-12-31")
    expect(amended && Catalogue.inForceOn(amended, "2029-12-31" as LocalDate)).toBe("yes")
    expect(amended && Catalogue.inForceOn(amended, "2030-01-01" as LocalDate)).toBe("no")
    expect(Catalogue.getDocument("sh-egov-2012")?.inForceUntil).toBeNull()
    expect(applied.success.validators.every((v, i) => v === Registry.validators[i])).toBe(true)
  })

  it("a tightened rule never allows what the rule refused: seals/certificate-valid tightened to 90 days ahead", () => {
    const rule = Registry.getValidator("seals/use")?.rules.find((r) => r.id === "seals/certificate-valid")
    if (rule === undefined) throw new Error("no seals/certificate-valid")
    const tighter = Amendment.tighten(rule, {
      kind: "tighten-rule",
      rule: rule.id,
      require: [{ fact: "validUntil", daysAfterAsOfAtLeast: 90 }],
      message: { zh: "剩余有效期不足90日", en: "fewer than 90 days of validity left" }
    })
    fc.assert(
      fc.property(seals.sealUseRequest, seals.localDate, (req, asOf) => {
        const was = rule.check(req, asOf).status
        const now = tighter.check(req, asOf).status
        if (was !== "satisfied") expect(now).toBe(was)
        else expect(now).toBe(jsDay(asOf, 90) <= req.certificate.validUntil ? "satisfied" : "violated")
      }),
      { numRuns: 500 }
    )
  })

  it("an amendment naming an article the catalogue does not hold is refused, change by change", () => {
    const r = Amendment.apply(
      {
        title,
        changes: [
          { kind: "repeal-article", article: "xuhui-eseal-2015/4", from: "2024-01-01" as LocalDate },
          { kind: "repeal-article", article: "xuhui-eseal-2015/99", from: "2024-01-01" as LocalDate }
        ]
      },
      Registry
    )
    expect(Result.isFailure(r) && { reason: r.failure.reason, change: r.failure.change }).toEqual({
      reason: "unknown-article",
      change: 1
    })
  })
})
