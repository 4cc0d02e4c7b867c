import { describe, expect, it } from "vitest"
import type * as Approvals from "../../src/approvals/index.ts"
import { accepted, as, plans, reasonRules, refused } from "./fixtures.ts"

describe("approvals/plan-filing — sh-egov-2012 arts 8-9", () => {
  const { filer, registrar, fire, districtPlan, workPlan, start, file, register } = plans

  it("a 2026 district plan drawn up under the city plan is filed with the general office, which registers it", () => {
    const s1 = accepted(fire(start(districtPlan), file, filer))
    const s2 = accepted(fire(s1, register, registrar))
    expect(s2).toMatchObject({ state: "on-file", context: { registration: "备-2026-1" } })
  })

  it("a 2026 annual work plan without milestones is refused under art 9; with milestones it is filed", () => {
    const x = refused(fire(start({ ...workPlan, milestones: [] }), file, filer))
    expect(reasonRules(x)).toEqual(["approvals/work-plan-has-milestones"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/9"])
    expect(accepted(fire(start(workPlan), file, filer)).state).toBe("lodged")
  })

  it("a plan refused for want of milestones can be revised and then filed", () => {
    const s0 = start({ ...workPlan, milestones: [] })
    const s1 = accepted(
      fire(s0, { type: "revise", payload: { title: workPlan.title, cityPlan: null, milestones: ["Q2"] } }, filer)
    )
    expect(accepted(fire(s1, file, filer)).state).toBe("lodged")
  })

  it("only the general office registers a filing, and only the filer files", () => {
    const s1 = accepted(fire(start(workPlan), file, filer))
    expect(refused(fire(s1, register, as("sh-ndrc", "registrar"))).reasons[0]).toMatchObject({
      rule: "approvals/plan-filing/actor-permitted",
      citations: ["sh-egov-2012/8", "sh-egov-2012/9"]
    })
    expect(fire(start(workPlan), file, as("pd-gov", "filer"))._tag).toBe("Refused")
  })

  it("progress on a 2026 annual work plan on file is reported under art 9; on a district plan the report is recorded, art 9 not applying", () => {
    const report: Approvals.PlanFilingEvent = {
      type: "report-progress",
      payload: { period: "2026上半年", summary: "节点目标按期完成" }
    }
    const onFile = accepted(fire(accepted(fire(start(workPlan), file, filer)), register, registrar))
    const s = accepted(fire(onFile, report, filer))
    expect(s.context.progressReports).toEqual([{ period: "2026上半年", summary: "节点目标按期完成" }])
    const planOnFile = accepted(fire(accepted(fire(start(districtPlan), file, filer)), register, registrar))
    const r = fire(planOnFile, report, filer)
    expect(r._tag).toBe("Accepted")
    expect(r.decision.findings.map((f) => [f.rule, f.status])).toEqual([
      ["approvals/progress-reported-for-work-plan", "not-applicable"]
    ])
  })

  it("progress cannot be reported before the general office has the plan on file", () => {
    const lodged = accepted(fire(start(workPlan), file, filer))
    const report: Approvals.PlanFilingEvent = { type: "report-progress", payload: { period: "Q1", summary: "s" } }
    expect(refused(fire(lodged, report, filer)).reasons[0]?.rule).toBe("approvals/plan-filing/event-possible")
  })
})
