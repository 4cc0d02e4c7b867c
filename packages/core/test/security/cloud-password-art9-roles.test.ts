import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { d } from "./fixtures.ts"

const change: Security.RoleChange = {
  change: "create-role",
  role: { id: "finance-clerk", duties: ["enter-payments", "approve-payments"] },
  incompatibleDuties: [["enter-payments", "approve-payments"]],
  signOff: { by: "王主任", capacity: "business-department-head" }
}
const decide = (patch: Partial<Security.RoleChange>) =>
  Validator.decide(Security.roleChange, { ...change, ...patch }, d("2026-03-02"))

describe("egov-cloud-password art 9: 应考虑不相容职责分工原则 asks that separation be considered", () => {
  it("a 2026 role combining entering and approving payments, signed off by the department head, is allowed with an art 9 warning naming the sign-off", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    const f = x.findings.find((r) => r.rule === "security/role-separates-incompatible-duties")
    expect(f).toMatchObject({
      status: "violated",
      severity: "warning",
      facts: { conflicts: [["enter-payments", "approve-payments"]] }
    })
    expect(f?.facts).toMatchObject({ exception: { provision: "egov-cloud-password/9" } })
    expect(f?.message.zh).toContain("应考虑不相容职责分工原则")
    expect(f?.message.zh).toContain("签字确认")
  })

  it("a 2026 role combining them without sign-off is refused, for the missing sign-off alone", () => {
    const x = decide({ signOff: null })
    expect(x.outcome).toBe("refused")
    expect(x.reasons.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "security/role-rights-signed-off"
    ])
  })
})
