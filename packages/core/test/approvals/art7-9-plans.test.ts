import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Registry from "../../src/registry.ts"
import { accepted, agency, as, d, started } from "./fixtures.ts"

type S = Snapshot<Approvals.PlanFilingState, Approvals.PlanFilingContext>
const m = Approvals.planFiling
const filer = as("mh-gov", "filer")
const registrar = as("sh-gov-office", "registrar")
const fire = (s: S, e: Approvals.PlanFilingEvent, a: Actor) => Transition.transition(m, s, e, a, d("2026-03-02"))
const districtPlan: Approvals.PlanFiling = {
  kind: "district-or-department-plan",
  title: "闵行区电子政务发展规划",
  filer: agency("mh-gov"),
  cityPlan: null,
  milestones: []
}
const workPlan: Approvals.PlanFiling = {
  kind: "annual-work-plan",
  title: "闵行区2026年电子政务工作计划",
  filer: agency("mh-gov"),
  cityPlan: null,
  milestones: ["6月上线", "12月验收"]
}
const start = (plan: Approvals.PlanFiling): S => started(m, Approvals.newPlanFilingContext(plan))
const onFile = (plan: Approvals.PlanFiling): S =>
  accepted(
    fire(
      accepted(fire(start(plan), { type: "file", payload: {} }, filer)),
      { type: "register", payload: { reference: "备-2026-1" } },
      registrar
    )
  )
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
