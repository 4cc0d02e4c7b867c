import { describe, expect, it } from "vitest"
import type * as Approvals from "../../src/approvals/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Registry from "../../src/registry.ts"
import { accepted, d, plans } from "./fixtures.ts"

const { filer, fire, workPlan, start, onFile } = plans
/** A district plan that names no city plan it is drawn up under. */
const districtPlan: Approvals.PlanFiling = { ...plans.districtPlan, cityPlan: null }
const report: Approvals.PlanFilingEvent = {
  type: "report-progress",
  payload: { period: "2026上半年", summary: "按期完成" }
}

describe("sh-egov-2012 art 8: districts 可根据 (may, under) the city plan draw up plans; the text does not refuse one", () => {
  it("a 2026 district plan that names no city plan is filed with an art 8 warning, not refused", () => {
    const r = fire(start(districtPlan), { type: "file", payload: {} }, filer)
    expect(r._tag).toBe("Accepted")
    expect(r.decision.findings.find((f) => f.rule === "approvals/plan-under-city-plan")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
  })

  it("a 2026 progress report on an art 8 plan is not asked for by art 9: the finding is not applicable and the report is recorded", () => {
    const r = fire(onFile({ ...districtPlan, cityPlan: "上海市电子政务发展规划" }), report, filer)
    expect(r._tag).toBe("Accepted")
    expect(r.decision.findings.find((f) => f.rule === "approvals/progress-reported-for-work-plan")?.status).toBe(
      "not-applicable"
    )
  })
})

describe("sh-egov-2012 art 9: 及时将年度工作计划、节点目标的实施情况报送市政府办公厅 — whether it was reported, as a fact", () => {
  const record = Registry.getValidator("approvals/plan-record") as Validator.Validator<Approvals.PlanFilingContext>

  it("a 2026 annual work plan on file with no implementation report draws an art 9 warning: 及时 sets no deadline", () => {
    const x = Validator.decide(record, onFile(workPlan).context, d("2026-03-02"))
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === "approvals/work-plan-implementation-reported")).toMatchObject({
      status: "violated",
      severity: "warning",
      citations: ["sh-egov-2012/9"]
    })
  })

  it("a 2026 annual work plan whose implementation was reported satisfies art 9, the reports recorded as facts", () => {
    const s = accepted(fire(onFile(workPlan), report, filer))
    const x = Validator.decide(record, s.context, d("2026-03-02"))
    expect(x.findings.find((f) => f.rule === "approvals/work-plan-implementation-reported")).toMatchObject({
      status: "satisfied",
      facts: { reports: [{ period: "2026上半年" }] }
    })
  })

  it("a 2026 annual work plan not yet on file is refused under art 9: it is filed with the general office", () => {
    const x = Validator.decide(record, start(workPlan).context, d("2026-03-02"))
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["approvals/plan-on-file"])
  })

  it("an art 8 plan leaves the implementation report not applicable", () => {
    const x = Validator.decide(record, onFile(districtPlan).context, d("2026-03-02"))
    expect(x.findings.find((f) => f.rule === "approvals/work-plan-implementation-reported")?.status).toBe(
      "not-applicable"
    )
  })
})
