import { describe, expect, it } from "vitest"
import { caveatRule } from "../../src/catalogue/caveats.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { d, level3 } from "./fixtures.ts"

const decide = (patch: Partial<Security.IdentificationRequest>, v = Security.identification) =>
  Validator.decide(v, { ...level3, ...patch }, d("2026-03-02"))
const finding = (patch: Partial<Security.IdentificationRequest>, rule: string) =>
  decide(patch).findings.find((f) => f.rule === rule)
const without = (...cs: Security.Control[]) => level3.controls.filter((c) => !cs.includes(c))

describe("security/identification — GB/T 22239-2019 identification and access control, practice thresholds", () => {
  it("a 2026 level 3 system with every control and a policy at the practice thresholds is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.citations)).toEqual([
      ["gbt-22239-2019/1"],
      ["gbt-22239-2019/2"],
      ["gbt-22239-2019/1"],
      ["gbt-22239-2019/1", "gbt-22239-2019/2"]
    ])
    expect(x.reasons[3]).toMatchObject({
      rule: caveatRule,
      facts: { document: "gbt-22239-2019", notBefore: "2019-01-01" }
    })
  })

  it("a level 3 system without multi-factor authentication is refused; a level 2 one is not", () => {
    const x = decide({ controls: without("multi-factor-with-cryptography") })
    expect(x.outcome).toBe("refused")
    expect(x.reasons[0]).toMatchObject({
      rule: "security/identification-and-authentication",
      facts: { missing: ["multi-factor-with-cryptography"] }
    })
    expect(decide({ level: 2, controls: without("multi-factor-with-cryptography") }).outcome).toBe("allowed")
  })

  it("a level 2 system without remote-management protection or admin separation is refused; a level 1 one is not", () => {
    const controls = without("remote-management-protection", "least-privilege-and-admin-separation")
    const x = decide({ level: 2, controls })
    expect(x.reasons.map((f) => f.rule)).toEqual([
      "security/identification-and-authentication",
      "security/account-and-access-control"
    ])
    expect(decide({ level: 1, controls }).outcome).toBe("allowed")
  })

  it("a level 1 system without login-failure handling or default-account handling is refused under both tables", () => {
    const x = decide({ level: 1, controls: without("login-failure-handling", "default-accounts-handled") })
    expect(x.reasons.map((f) => [f.rule, f.facts.missing])).toEqual([
      ["security/identification-and-authentication", ["login-failure-handling"]],
      ["security/account-and-access-control", ["default-accounts-handled"]]
    ])
    expect(x.findings.map((f) => f.rule)).toContain(caveatRule)
  })

  it("level 5 controls are not tabulated by the reference: those rules are not applicable", () => {
    expect(finding({ level: 5, controls: [] }, "security/identification-and-authentication")?.status).toBe(
      "not-applicable"
    )
  })

  it("a 6-character password that never expires is allowed with a practice warning citing GB/T 22239, never a Shanghai article", () => {
    const x = decide({ passwords: { minLength: 6, characterClasses: 3, maxAgeDays: null, maxFailedLogins: 5 } })
    expect(x.outcome).toBe("allowed")
    const f = x.findings.find((y) => y.rule === "security/password-thresholds")
    expect(f).toMatchObject({ status: "violated", severity: "warning", citations: ["gbt-22239-2019/1"] })
    expect(f?.facts).toMatchObject({
      shortfalls: [
        { threshold: "minLength", policy: 6, value: 8, basis: "practice" },
        { threshold: "maxAgeDays", policy: null, value: 90, basis: "practice" }
      ]
    })
    expect(f?.message.en).toBe(
      "“pd-oa”'s password policy falls short of minimum length 8 (testing practice, not a regulation), maximum age in days 90 (testing practice, not a regulation)"
    )
  })

  it("every default threshold is labelled practice, not regulation", () => {
    for (const t of Object.values(Security.defaultPasswordThresholds)) {
      expect(t.basis).toBe("practice")
      expect(t.source).toContain("not regulation")
    }
  })

  it("thresholds are configurable: with a 12-character minimum the same policy draws a warning", () => {
    const strict = Security.makeIdentification({
      ...Security.defaultPasswordThresholds,
      minLength: { value: 12, basis: "practice", source: "the unit's own policy" }
    })
    const x = decide({}, strict)
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === "security/password-thresholds")?.status).toBe("violated")
    expect(finding({}, "security/password-thresholds")?.status).toBe("satisfied")
  })
})
