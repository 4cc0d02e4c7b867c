import { describe, expect, it } from "vitest"
import { decideSubmission, findingOf, municipal } from "./fixtures.ts"

const decide = decideSubmission
const finding = findingOf

describe("approvals/submission — integration: sh-egov-2012 art 28 (a warning)", () => {
  it("a 2026 closed single-department system is allowed with an art 28 warning", () => {
    const x = decide({ ...municipal, system: { ...municipal.system, isolatedSingleDepartment: true } })
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/no-isolated-single-department-system")).toMatchObject({
      status: "violated",
      severity: "warning",
      citations: ["sh-egov-2012/28"]
    })
  })

  it("a 2026 integrated system satisfies art 28", () => {
    expect(finding(decide(municipal), "approvals/no-isolated-single-department-system")?.status).toBe("satisfied")
  })
})
