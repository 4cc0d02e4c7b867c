import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, agency, as, d, reasonRules, refused, started } from "./fixtures.ts"

describe("approvals/city-plan — sh-egov-2012 art 7", () => {
  type S = Snapshot<Approvals.CityPlanState, Approvals.CityPlanContext>
  const m = Approvals.cityPlan
  const drafter = as("sh-gov-office", "drafter")
  const fire = (s: S, e: Approvals.CityPlanEvent, a: Actor) => Transition.transition(m, s, e, a, d("2026-03-02"))
  const start = (): S => started(m, Approvals.newCityPlanContext("上海市电子政务发展规划"))
  const submit = (coDrafters: string[], opinionsSought = true): Approvals.CityPlanEvent => ({
    type: "submit-for-approval",
    payload: { coDrafters: coDrafters.map(agency), opinionsSought }
  })

  it("a 2026 plan drafted by the general office with both commissions, after consultation, is approved by 市政府 and published", () => {
    const s1 = accepted(fire(start(), submit(["sh-ndrc", "sh-eitc", "sh-finance"]), drafter))
    const s2 = accepted(fire(s1, { type: "approve", payload: {} }, as("sh-gov", "approver")))
    const s3 = accepted(fire(s2, { type: "publish", payload: {} }, as("sh-gov-office", "publisher")))
    expect([s1.state, s2.state, s3.state]).toEqual(["awaiting-approval", "approved", "published"])
    expect(s3.context.coDrafters).toEqual(["sh-ndrc", "sh-eitc", "sh-finance"])
  })

  it("a 2026 plan drafted without 市经济信息化委 is refused under art 7", () => {
    const x = refused(fire(start(), submit(["sh-ndrc"]), drafter))
    expect(reasonRules(x)).toEqual(["approvals/city-plan-co-drafted"])
    expect(x.reasons[0]).toMatchObject({ citations: ["sh-egov-2012/7"], facts: { missing: ["sh-eitc"] } })
  })

  it("a 2026 plan submitted without wide consultation is refused under art 7 para 2", () => {
    const x = refused(fire(start(), submit(["sh-ndrc", "sh-eitc"], false), drafter))
    expect(reasonRules(x)).toEqual(["approvals/city-plan-opinions-sought"])
  })

  it("only 市政府 approves the plan; the general office may not approve its own draft", () => {
    const s1 = accepted(fire(start(), submit(["sh-ndrc", "sh-eitc"]), drafter))
    expect(
      refused(fire(s1, { type: "approve", payload: {} }, as("sh-gov-office", "approver"))).reasons[0]
    ).toMatchObject({
      rule: "approvals/city-plan/actor-permitted",
      citations: ["sh-egov-2012/7"]
    })
  })

  it("a plan cannot be published before 市政府 approves it; a returned draft goes back to drafting", () => {
    const s1 = accepted(fire(start(), submit(["sh-ndrc", "sh-eitc"]), drafter))
    expect(fire(s1, { type: "publish", payload: {} }, as("sh-gov-office", "publisher"))._tag).toBe("Refused")
    const back = accepted(fire(s1, { type: "return", payload: { reason: "补充顶层设计" } }, as("sh-gov", "approver")))
    expect(back).toMatchObject({ state: "drafting", context: { returns: ["补充顶层设计"] } })
  })
})
