import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { d, oa } from "./fixtures.ts"

const decide = (patch: Partial<Security.SystemSecurity>, asOf = "2026-03-02") =>
  Validator.decide(Security.system, { ...oa, ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("security/system — sh-egov-2012 arts 32, 34", () => {
  it("a 2026 non-classified system with graded protection, testing, emergency management, inspections and its three parties named is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-egov-2012/32", "sh-egov-2012/34"])
  })

  it("a 2026 non-classified system without graded protection is refused under art 32", () => {
    const x = decide({ regimes: ["security-testing", "emergency-management", "security-inspection"] })
    expect(reasonRules(x)).toEqual(["security/protection-regime-established"])
    expect(x.reasons[0]?.facts).toMatchObject({ required: "graded-protection" })
    expect(x.reasons[0]?.message.zh).toBe("非涉密系统「pd-oa」应建立等级保护制度")
  })

  it("a 2026 classified system with graded protection only is refused under arts 32 and 34: it needs classified protection under the secrecy rules", () => {
    const x = decide({ secrecy: "classified" })
    expect(reasonRules(x)).toEqual(["security/protection-regime-established"])
    expect(x.reasons[0]?.facts).toMatchObject({ required: "classified-protection" })
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/32", "sh-egov-2012/34"])
    const ok = decide({
      secrecy: "classified",
      regimes: ["classified-protection", "security-testing", "emergency-management", "security-inspection"]
    })
    expect(ok.outcome).toBe("allowed")
  })

  it("a 2026 system without emergency management and inspections is refused under art 32, naming both", () => {
    const x = decide({ regimes: ["graded-protection", "security-testing"] })
    expect(reasonRules(x)).toEqual(["security/testing-emergency-inspection-established"])
    expect(x.reasons[0]?.facts).toMatchObject({ missing: ["emergency-management", "security-inspection"] })
    expect(x.reasons[0]?.message.zh).toBe("「pd-oa」未建立应急管理、安全检查制度")
  })

  it("on 2012-05-27 nothing is decided; on 2012-05-28 a system without regimes is refused", () => {
    expect(decide({ regimes: [] }, "2012-05-27").outcome).toBe("not-applicable")
    expect(decide({ regimes: [] }, "2012-05-28").outcome).toBe("refused")
  })
})
