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

describe("security/role-change — egov-cloud-password art 9", () => {
  const change: Security.RoleChange = {
    change: "create-role",
    role: { id: "finance-clerk", duties: ["enter-payments"] },
    incompatibleDuties: [["enter-payments", "approve-payments"]],
    signOff: { by: "王主任", capacity: "business-department-head" }
  }

  const decide = (patch: Partial<Security.RoleChange>) =>
    Validator.decide(Security.roleChange, { ...change, ...patch }, d("2026-03-02"))

  it("a new role with compatible duties signed off by the business department head is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.every((f) => f.citations[0] === "egov-cloud-password/9")).toBe(true)
  })

  it("a 2026 role combining entering and approving payments, signed off, is allowed with the art 9 warning naming the pair (应考虑)", () => {
    const x = decide({ role: { id: "finance-clerk", duties: ["enter-payments", "approve-payments"] } })
    expect(x.outcome).toBe("allowed")
    const f = x.findings.find((r) => r.rule === "security/role-separates-incompatible-duties")
    expect(f).toMatchObject({ status: "violated", severity: "warning" })
    expect(f?.facts).toMatchObject({ conflicts: [["enter-payments", "approve-payments"]] })
  })

  it.each(["modify-role", "modify-group"] as const)(
    "a `%s` change to a role's rights without sign-off is refused under art 9",
    (kind) => {
      const x = decide({ change: kind, signOff: null })
      expect(x.reasons.map((f) => f.rule)).toEqual(["security/role-rights-signed-off"])
    }
  )

  it("a sign-off by a person the head authorised is enough", () => {
    expect(decide({ signOff: { by: "李科长", capacity: "authorised-person" } }).outcome).toBe("allowed")
  })

  it("the template has no known start date: its rules apply whatever the day", () => {
    const x = Validator.decide(Security.roleChange, { ...change, signOff: null }, d("2001-01-01"))
    expect(x.outcome).toBe("refused")
  })
})
