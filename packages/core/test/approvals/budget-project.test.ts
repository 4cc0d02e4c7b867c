import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, as, budget, d, reasonRules, refused, started } from "./fixtures.ts"

type S = Snapshot<Approvals.ProjectState, Approvals.ProjectContext>
const m = Approvals.budgetProject
const unit = as("sh-health-commission", "project-unit")
const fire = (s: S, event: Approvals.ProjectEvent, actor: Actor) =>
  Transition.transition(m, s, event, actor, d("2026-03-02"))
const submitted = (app = budget) =>
  accepted(fire(started(m, Approvals.newProjectContext(app)), { type: "submit", payload: {} }, unit))
const reviewed = (s: S) =>
  accepted(
    fire(
      accepted(fire(s, { type: "review-by-eitc", payload: {} }, as("sh-eitc", "reviewer"))),
      { type: "review-by-gov-office", payload: {} },
      as("sh-gov-office", "reviewer")
    )
  )
const approve: Approvals.ProjectEvent = {
  type: "approve",
  payload: {
    reference: "沪财预〔2026〕5号",
    copiedTo: ["sh-gov-office" as never],
    copied: ["approval-document", "budget-arrangement"]
  }
}

describe("approvals/municipal-budget-project — sh-egov-2012 arts 11, 12", () => {
  it("a 2026 annual budget project reviewed by both is approved by 市财政局 and copied to the general office", () => {
    const s = accepted(fire(reviewed(submitted()), approve, as("sh-finance", "approver")))
    expect(s.state).toBe("approved")
    expect(s.context.approval).toMatchObject({ by: "sh-finance", copiedTo: ["sh-gov-office"] })
  })

  it("市发展改革委 cannot approve an annual budget project: refused by the actor table under art 11", () => {
    const x = refused(fire(reviewed(submitted()), approve, as("sh-ndrc", "approver")))
    expect(x.reasons[0]).toMatchObject({
      rule: "approvals/municipal-budget-project/actor-permitted",
      citations: ["sh-egov-2012/11"],
      facts: { permitted: ["sh-finance:approver"] }
    })
  })

  it("a 2026 budget approval without both reviews is refused under art 11", () => {
    const x = refused(fire(submitted(), approve, as("sh-finance", "approver")))
    expect(reasonRules(x)).toEqual(["approvals/budget-reviews-complete"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/11"])
  })

  it("a 2026 budget approval not copied to the general office is refused under art 12", () => {
    const noCopy: Approvals.ProjectEvent = { type: "approve", payload: { reference: "r", copiedTo: [] } }
    expect(reasonRules(refused(fire(reviewed(submitted()), noCopy, as("sh-finance", "approver"))))).toEqual([
      "approvals/approval-copied-to-general-office"
    ])
  })

  it("a 2026 government-investment project submitted as a budget project is refused under art 11", () => {
    const s = started<Approvals.ProjectState, Approvals.ProjectContext>(
      m,
      Approvals.newProjectContext({ ...budget, funding: "municipal-government-investment" })
    )
    const x = refused(fire(s, { type: "submit", payload: {} }, unit))
    expect(reasonRules(x)).toEqual(["approvals/municipal-annual-budget"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/11"])
  })
})
