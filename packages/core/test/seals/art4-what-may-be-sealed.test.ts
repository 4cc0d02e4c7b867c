import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "./fixtures.ts"

const decide = (patch: Partial<Seals.SealUseRequest>, asOf = "2026-03-02") =>
  Validator.decide(Seals.use, { ...notice, ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("seals/use — xuhui-eseal-2015 arts 2, 4, 7", () => {
  it.each(["notice", "report", "letter", "other-formal-document"] as const)(
    "a 2026 `%s` may be sealed under art 4",
    (kind) => {
      expect(decide({ documentKind: kind }).outcome).toBe("allowed")
    }
  )

  it.each(["contract", "agreement", "power-of-attorney", "other-instrument-or-material"] as const)(
    "a 2026 `%s` is refused under art 4 only",
    (kind) => {
      const x = decide({ documentKind: kind })
      expect(x.outcome).toBe("refused")
      expect(reasonRules(x)).toEqual(["seals/document-kind-permitted"])
      expect(Decision.citations(x)).toEqual(["xuhui-eseal-2015/4"])
      expect(x.reasons[0]?.facts).toEqual({ documentKind: kind })
      expect(x.reasons[0]?.message.en).toContain(kind.replaceAll("-", " "))
    }
  )

  it("a 2026 classified notice is refused under art 4, with the secrecy as the fact used", () => {
    const x = decide({ secrecy: "classified" })
    expect(x.outcome).toBe("refused")
    expect(x.reasons).toHaveLength(1)
    expect(x.reasons[0]).toMatchObject({ rule: "seals/not-classified-or-sensitive", facts: { secrecy: "classified" } })
    expect(x.reasons[0]?.message.zh).toBe("电子印章不得在涉密文件中使用")
  })

  it("a 2026 sensitive notice is refused under art 4", () => {
    expect(reasonRules(decide({ secrecy: "sensitive" }))).toEqual(["seals/not-classified-or-sensitive"])
  })

  it("a 2026 notice sent outside the internal office platform is refused under art 4", () => {
    expect(reasonRules(decide({ channel: "other" }))).toEqual(["seals/on-internal-platform"])
  })

  it("a 2026 contract sent by email that is also classified is refused for all three art 4 reasons", () => {
    const x = decide({ documentKind: "contract", channel: "other", secrecy: "classified" })
    expect(reasonRules(x)).toEqual([
      "seals/document-kind-permitted",
      "seals/on-internal-platform",
      "seals/not-classified-or-sensitive"
    ])
  })

  it("a 2014 contract is not applicable: the measures took effect on 2015-01-28", () => {
    const x = decide({ documentKind: "contract" }, "2014-06-01")
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons[0]?.facts).toMatchObject({
      notInForce: [{ document: "xuhui-eseal-2015", inForceFrom: "2015-01-28" }]
    })
  })

  it("on 2015-01-27 a contract is not applicable and on 2015-01-28 it is refused", () => {
    expect(decide({ documentKind: "contract" }, "2015-01-27").outcome).toBe("not-applicable")
    expect(decide({ documentKind: "contract" }, "2015-01-28").outcome).toBe("refused")
  })
})
