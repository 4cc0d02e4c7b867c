import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, yangpu } from "./fixtures.ts"

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
