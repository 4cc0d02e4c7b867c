import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import { d } from "./fixtures.ts"

const asOf = d("2026-05-01")

describe("seals/legal-effect — xuhui-eseal-2015 arts 5-6", () => {
  it("a sealed 2026 original has the legal effect of a physically sealed paper document under arts 5-6", () => {
    const x = Validator.decide(Seals.legalEffect, { sealed: true, form: "original" }, asOf)
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.rule)).toEqual([
      "seals/sealed-document-has-legal-effect",
      "seals/copies-have-no-legal-effect"
    ])
  })

  it.each(["photocopy", "format-converted"] as const)(
    "a `%s` of a sealed 2026 document has no legal effect under art 6",
    (form) => {
      const x = Validator.decide(Seals.legalEffect, { sealed: true, form }, asOf)
      expect(x.outcome).toBe("refused")
      expect(x.reasons.map((f) => f.rule)).toEqual(["seals/copies-have-no-legal-effect"])
      expect(x.reasons[0]?.citations).toEqual(["xuhui-eseal-2015/6"])
    }
  )

  it("an unsealed document is not applicable: arts 5-6 speak only of sealed ones", () => {
    expect(Validator.decide(Seals.legalEffect, { sealed: false, form: "original" }, asOf).outcome).toBe(
      "not-applicable"
    )
  })
})
