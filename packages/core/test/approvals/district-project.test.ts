import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, agency, as, d, minhang, reasonRules, refused, started } from "./fixtures.ts"

type S = Snapshot<Approvals.DistrictState, Approvals.DistrictContext>
type App = Approvals.ProjectApplication
const m = Approvals.districtProject
const unit = as("mh-office", "project-unit")
const body = as("mh-big-data-centre", "competent-body")
const fire = (s: S, event: Approvals.DistrictEvent, actor: Actor, day = "2026-03-02") =>
  Transition.transition(m, s, event, actor, d(day))
const start = (app: App = minhang, day = "2026-03-02"): S =>
  started(m, Approvals.newDistrictContext(app, agency("mh-big-data-centre")), d(day))
const submit: Approvals.DistrictEvent = { type: "submit", payload: {} }

describe("approvals/district-project — minhang-it-2023 (stages from its table of contents, arts 2-3)", () => {
  it("a 2026 minhang construction project goes application → review → implementation → acceptance → operation and evaluation", () => {
    const s1 = accepted(fire(start(), submit, unit))
    const s2 = accepted(fire(s1, { type: "pass-review", payload: { note: "同意立项" } }, body))
    const s3 = accepted(fire(s2, { type: "submit-for-acceptance", payload: {} }, unit))
    const s4 = accepted(fire(s3, { type: "pass-acceptance", payload: { reference: "验收-9" } }, body))
    const s5 = accepted(fire(s4, { type: "record-evaluation", payload: { period: "2027", summary: "绩效良好" } }, body))
    expect([s1, s2, s3, s4, s5].map((s) => s.state)).toEqual([
      "review",
      "implementation",
      "acceptance",
      "operation-and-evaluation",
      "operation-and-evaluation"
    ])
    expect(s5.context).toMatchObject({
      reviewOutcome: "同意立项",
      acceptance: "验收-9",
      evaluations: [{ period: "2027", summary: "绩效良好" }]
    })
  })

  it("a 2026 yangpu project cannot be submitted under minhang's measures: refused under art 2", () => {
    const yp = {
      ...minhang,
      district: { ...(minhang.district as NonNullable<App["district"]>), district: "yangpu" as const }
    }
    const x = refused(fire(start(yp), submit, unit))
    expect(reasonRules(x)).toEqual(["approvals/minhang-project-in-scope"])
    expect(x.reasons[0]?.citations).toEqual(["minhang-it-2023/2"])
  })

  it("a 2026 minhang project funded from neither district nor town money is refused under art 2; town money is in scope", () => {
    expect(reasonRules(refused(fire(start({ ...minhang, funding: "other" }), submit, unit)))).toEqual([
      "approvals/minhang-project-in-scope"
    ])
    expect(accepted(fire(start({ ...minhang, funding: "town-level" }), submit, unit)).state).toBe("review")
  })

  it("a municipal project (no district facts) is refused under art 2", () => {
    expect(reasonRules(refused(fire(start({ ...minhang, district: null }), submit, unit)))).toEqual([
      "approvals/minhang-project-in-scope"
    ])
  })

  it("a 2026 minhang o&m project for a new build is refused at submission under art 3", () => {
    const om = {
      ...minhang,
      district: { ...(minhang.district as NonNullable<App["district"]>), kind: "operation-maintenance" as const }
    }
    const x = refused(fire(start(om), submit, unit))
    expect(reasonRules(x)).toEqual(["approvals/minhang-project-kind"])
    expect(x.reasons[0]?.citations).toEqual(["minhang-it-2023/3"])
  })

  it("a 2026 minhang project that is public-facing but off the extranet is refused under sh-egov-2012 art 17", () => {
    const off = { ...minhang, system: { ...minhang.system, builtOn: "other" as const } }
    expect(reasonRules(refused(fire(start(off), submit, unit)))).toEqual(["networks/public-facing-system-on-extranet"])
  })

  it("a 2026 minhang closed single-department system is submitted with an art 28 warning", () => {
    const closed = { ...minhang, system: { ...minhang.system, isolatedSingleDepartment: true } }
    const r = fire(start(closed), submit, unit)
    expect(r._tag).toBe("Accepted")
    expect(r.decision.findings.filter((f) => f.status === "violated")).toMatchObject([
      { rule: "approvals/no-isolated-single-department-system", severity: "warning" }
    ])
  })

  it("an application can be amended before submission and then submitted", () => {
    const s0 = start({ ...minhang, funding: "other" })
    const s1 = accepted(fire(s0, { type: "amend", payload: { application: minhang } }, unit))
    expect(accepted(fire(s1, submit, unit)).state).toBe("review")
  })

  it("a failed review ends the case; only the competent body recorded on the case reviews", () => {
    const s1 = accepted(fire(start(), submit, unit))
    expect(fire(s1, { type: "pass-review", payload: { note: "x" } }, as("mh-finance", "competent-body"))._tag).toBe(
      "Refused"
    )
    expect(fire(s1, { type: "pass-review", payload: { note: "x" } }, as("mh-office", "competent-body"))._tag).toBe(
      "Refused"
    )
    const failed = accepted(fire(s1, { type: "fail-review", payload: { note: "重复建设" } }, body))
    expect(failed.state).toBe("not-approved")
    expect(refused(fire(failed, submit, unit)).reasons[0]?.rule).toBe("approvals/district-project/event-possible")
  })

  it("a district case cannot be started on 2023-09-07: minhang-it-2023 took effect on 2023-09-08", () => {
    expect(() => start(minhang, "2023-09-07")).toThrow("start refused")
    expect(start(minhang, "2023-09-08").state).toBe("application")
  })

  it("the source leaves the reviewer, criteria, thresholds and deadlines unstated: the procedure lists them as not formalised", () => {
    expect(Approvals.notFormalised.length).toBeGreaterThanOrEqual(5)
    expect(Approvals.notFormalised.map((x) => x.topic).join(" ")).toContain("who reviews")
  })
})
