import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Arb from "../../src/testing/arbitraries/data-sharing.ts"
import { localDateBetween } from "../../src/testing/arbitraries/dates.ts"
import { body, d } from "./fixtures.ts"

type Under = DataSharing.PublicBodyQuestion["under"]
const ask = (b: DataSharing.Body, under: Under, asOf: string) =>
  Validator.decide(DataSharing.publicBody, { ...b, under }, d(asOf))
const statuses = (x: ReturnType<typeof ask>) => Object.fromEntries(x.findings.map((f) => [f.rule, f.status]))

describe("each definition of 公共管理和服务机构 answers the questions of its own instrument (本办法所称 / 本条例中)", () => {
  it("a 2026 public institution without public functions is not a public management and service body within the 2018 measures, though the 2021 statute counts it: both definitions stay in force", () => {
    const institution = body("public-institution")
    const x = ask(institution, "sh-public-data-2018", "2026-03-02")
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["data-sharing/public-body-2018"])
    expect(x.reasons[0]?.citations).toEqual(["sh-public-data-2018/3"])
    expect(ask(institution, "sh-data-2021", "2026-03-02").outcome).toBe("allowed")
  })

  it("a 2026 water company is a public management and service body within the 2021 statute and not within the 2018 measures", () => {
    const water = body("public-service-provider", { sector: "water" })
    const statute = ask(water, "sh-data-2021", "2026-03-02")
    expect(statute.outcome).toBe("allowed")
    expect(statute.reasons.map((f) => f.rule)).toEqual(["data-sharing/public-body-2021"])
    expect(ask(water, "sh-public-data-2018", "2026-03-02").outcome).toBe("refused")
  })

  it("a 2026 question under one instrument leaves the other's definition not applicable, and no finding names a prevailing instrument", () => {
    const x = ask(body("administrative-organ"), "sh-public-data-2018", "2026-03-02")
    expect(statuses(x)).toEqual({
      "data-sharing/public-body-2018": "satisfied",
      "data-sharing/public-body-2021": "not-applicable"
    })
    for (const f of x.findings) expect(f.facts).not.toHaveProperty("prevailing")
    expect(x.findings[1]?.facts).toMatchObject({ under: "sh-public-data-2018" })
  })

  it.each(["other-state-organ", "authorised-organisation", "public-service-provider"] as const)(
    "a 2026 `%s` is not one within the 2018 measures and is one within the 2021 statute",
    (kind) => {
      expect(ask(body(kind), "sh-public-data-2018", "2026-03-02").outcome).toBe("refused")
      expect(ask(body(kind), "sh-data-2021", "2026-03-02").outcome).toBe("allowed")
    }
  )

  it("any other body is one within neither instrument, on any day either is in force", () => {
    expect(ask(body("other"), "sh-public-data-2018", "2020-06-01").outcome).toBe("refused")
    expect(ask(body("other"), "sh-public-data-2018", "2026-03-02").outcome).toBe("refused")
    expect(ask(body("other"), "sh-data-2021", "2026-03-02").outcome).toBe("refused")
  })

  it("on 2021-12-31 a question under the 2021 statute is not applicable: the statute takes effect on 2022-01-01", () => {
    expect(ask(body("administrative-organ"), "sh-data-2021", "2021-12-31").outcome).toBe("not-applicable")
    expect(ask(body("administrative-organ"), "sh-data-2021", "2022-01-01").outcome).toBe("allowed")
  })

  it("on 2018-10-31 a question under the 2018 measures is not applicable; on 2018-11-01 it is answered", () => {
    expect(ask(body("administrative-organ"), "sh-public-data-2018", "2018-10-31").outcome).toBe("not-applicable")
    expect(ask(body("administrative-organ"), "sh-public-data-2018", "2018-11-01").outcome).toBe("allowed")
  })

  it("on any day the 2018 measures are in force, a question under them is answered by their own definition alone (2018-2035)", () => {
    fc.assert(
      fc.property(Arb.body, localDateBetween(2018, 2035), (b, asOf) => {
        fc.pre(asOf >= "2018-11-01")
        const x = Validator.decide(DataSharing.publicBody, { ...b, under: "sh-public-data-2018" }, asOf)
        expect(x.outcome).toBe(DataSharing.publicBodyUnder2018(b) ? "allowed" : "refused")
      })
    )
  })

  it("an input without the instrument asked about is a decode error naming `under`", () => {
    const r = Validator.decideUnknown(DataSharing.publicBody, body("administrative-organ"), d("2026-03-02"))
    expect(r._tag).toBe("Failure")
    if (r._tag === "Failure") expect(r.failure.problems[0]?.path).toEqual(["under"])
  })
})
