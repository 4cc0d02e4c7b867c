import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, decideSubmission, findingOf, minhang, municipal, reasonRules, yangpu } from "./fixtures.ts"

type App = Approvals.ProjectApplication
type District = NonNullable<App["district"]>
const withSpecialNeeds = (specialNeeds: Approvals.SpecialNeeds | null): App => ({
  ...yangpu,
  district: { ...(yangpu.district as District), specialNeeds }
})
const rule = "approvals/yangpu-special-needs-reviewed-by-joint-meeting"
const decide = (app: App) => Validator.decide(Approvals.submission, app, d("2026-03-02"))
const finding = (app: App) => decide(app).findings.find((f) => f.rule === rule)

describe("yangpu-it-2018 1.1.3: a special need is reviewed case by case (一事一议) by the joint meeting (联席会议)", () => {
  it("a 2026 yangpu project with a special need the joint meeting has not reviewed is allowed with a warning naming that review", () => {
    const app = withSpecialNeeds({ needs: "超出配置标准的服务器集群", jointMeetingReview: null })
    expect(decide(app).outcome).toBe("allowed")
    const f = finding(app)
    expect(f).toMatchObject({
      status: "violated",
      severity: "warning",
      citations: ["yangpu-it-2018/1.1", "yangpu-it-2018/1.1.3"]
    })
    expect(f?.facts).toMatchObject({
      needs: "超出配置标准的服务器集群",
      exception: { provision: "yangpu-it-2018/1.1.3" }
    })
    expect(f?.message.zh).toContain("联席会议")
    expect(f?.message.zh).toContain("一事一议")
  })

  it("a 2026 yangpu project whose special need the joint meeting reviewed satisfies 1.1.3, the review recorded", () => {
    const app = withSpecialNeeds({
      needs: "超出配置标准的服务器集群",
      jointMeetingReview: { reference: "联席会议纪要〔2026〕3号" }
    })
    expect(finding(app)).toMatchObject({
      status: "satisfied",
      facts: { jointMeetingReview: "联席会议纪要〔2026〕3号" }
    })
  })

  it("a 2026 yangpu project without special needs leaves 1.1.3 not applicable", () => {
    expect(finding(withSpecialNeeds(null))?.status).toBe("not-applicable")
    expect(finding(yangpu)?.status).toBe("not-applicable")
  })
})

describe("approvals/submission — yangpu-it-2018 1.1: kinds, level-3 costs, the 300,000-yuan line", () => {
  type App = Approvals.ProjectApplication
  const decide = decideSubmission
  const finding = findingOf
  const yp = (patch: Partial<NonNullable<App["district"]>>, gradedLevel: 1 | 2 | 3 | 4 | 5 = 3): App => ({
    ...yangpu,
    protection: { gradedLevel, classifiedGrade: null },
    district: { ...(yangpu.district as NonNullable<App["district"]>), ...patch }
  })

  const level3 = "approvals/level-3-costs-outside-construction"

  it("a 2026 yangpu construction project of 500,000 yuan with level-3 costs in its construction cost is refused under 1.1.4, applying directly", () => {
    const x = decide(yp({ level3CostsInConstructionCost: true }))
    expect(reasonRules(x)).toEqual([level3])
    expect(x.reasons[0]).toMatchObject({
      citations: ["yangpu-it-2018/1.1", "yangpu-it-2018/1.1.4", "yangpu-it-2018/1.1.5"],
      facts: { investmentYuan: 500_000, thresholdYuan: 300_000, appliesBy: "directly" }
    })
  })

  it("a 2026 yangpu project of 250,000 yuan is not exempt: it follows the standard by reference and is refused the same way", () => {
    const x = decide(yp({ level3CostsInConstructionCost: true, investmentYuan: 250_000 }))
    expect(reasonRules(x)).toEqual([level3])
    expect(x.reasons[0]?.facts).toMatchObject({ appliesBy: "by-reference" })
    expect(x.reasons[0]?.message.zh).toContain("参照此标准执行")
  })

  it("300,000 yuan exactly follows by reference (以下 includes the number); 300,001 applies directly", () => {
    expect(finding(decide(yp({ investmentYuan: 300_000 })), level3)?.facts).toMatchObject({ appliesBy: "by-reference" })
    expect(finding(decide(yp({ investmentYuan: 300_001 })), level3)?.facts).toMatchObject({ appliesBy: "directly" })
  })

  it("a 2026 yangpu level-3 project keeping those costs out of its construction cost satisfies 1.1.4", () => {
    expect(finding(decide(yangpu), level3)?.status).toBe("satisfied")
  })

  it("a 2026 yangpu level-2 project or an o&m project leaves 1.1.4 not applicable", () => {
    expect(finding(decide(yp({ level3CostsInConstructionCost: true }, 2)), level3)?.status).toBe("not-applicable")
    const om = decide(yp({ kind: "operation-maintenance", work: "maintenance", level3CostsInConstructionCost: true }))
    expect(finding(om, level3)?.status).toBe("not-applicable")
    expect(om.outcome).toBe("allowed")
  })

  it("a minhang or municipal project leaves the yangpu rules not applicable, whatever its costs", () => {
    const mh = {
      ...minhang,
      district: { ...(minhang.district as NonNullable<App["district"]>), level3CostsInConstructionCost: true }
    }
    expect(finding(decide(mh), level3)?.status).toBe("not-applicable")
    expect(finding(decide(municipal), "approvals/yangpu-project-kind")?.status).toBe("not-applicable")
  })

  it("a 2026 yangpu o&m project for an upgrade is refused under 1.1.1-1.1.2: upgrades are construction projects", () => {
    const x = decide(yp({ kind: "operation-maintenance", work: "upgrade" }))
    expect(reasonRules(x)).toEqual(["approvals/yangpu-project-kind"])
  })

  it("a 2026 yangpu construction project that only maintains a system is refused under 1.1.1-1.1.2", () => {
    expect(reasonRules(decide(yp({ work: "maintenance" })))).toEqual(["approvals/yangpu-project-kind"])
  })

  it("a 2026 yangpu construction upgrade fits 1.1.1", () => {
    expect(finding(decide(yangpu), "approvals/yangpu-project-kind")?.status).toBe("satisfied")
  })

  it("yangpu-it-2018 gives no start date: its rules are not applicable on 2018-01-30, before its office issued it on 2018-01-31, and apply from then with the caveat", () => {
    expect(finding(decide(yp({ level3CostsInConstructionCost: true }), "2018-01-30"), level3)?.status).toBe(
      "not-applicable"
    )
    expect(reasonRules(decide(yp({ level3CostsInConstructionCost: true }), "2018-01-31"))).toEqual([level3])
  })
})
