import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, as, budget, d, municipal, reasonRules, refused, started } from "./fixtures.ts"

type S = Snapshot<Approvals.ProjectState, Approvals.ProjectContext>
const asOf = d("2026-03-02")
const unit = as("sh-health-commission", "project-unit")
const underReview = (m: typeof Approvals.constructionProject, app: Approvals.ProjectApplication): S => {
  const fire = (s: S, type: "submit" | "review-by-eitc" | "review-by-gov-office", actor: Actor) =>
    accepted(Transition.transition(m, s, { type, payload: {} }, actor, asOf))
  const s0 = started<Approvals.ProjectState, Approvals.ProjectContext>(m, Approvals.newProjectContext(app), asOf)
  return fire(
    fire(fire(s0, "submit", unit), "review-by-eitc", as("sh-eitc", "reviewer")),
    "review-by-gov-office",
    as("sh-gov-office", "reviewer")
  )
}
const approve = (copied: ReadonlyArray<"approval-document" | "budget-arrangement">): Approvals.ProjectEvent => ({
  type: "approve",
  payload: { reference: "沪发改批〔2026〕1号", copiedTo: ["sh-gov-office" as never], copied }
})

describe("sh-egov-2012 art 12: 其批复文件、预算安排情况抄送市政府办公厅 — what is copied, as a fact", () => {
  it("a 2026 construction approval copying the approval document and the budget arrangement to the general office is accepted, and the case records what was copied", () => {
    const m = Approvals.constructionProject
    const s = accepted(
      Transition.transition(
        m,
        underReview(m, municipal),
        approve(["approval-document", "budget-arrangement"]),
        as("sh-ndrc", "approver"),
        asOf
      )
    )
    expect(s.context.approval).toMatchObject({
      copiedTo: ["sh-gov-office"],
      copied: ["approval-document", "budget-arrangement"]
    })
  })

  it("a 2026 construction approval copying only the approval document is refused under art 12, naming the budget arrangement", () => {
    const m = Approvals.constructionProject
    const x = refused(
      Transition.transition(
        m,
        underReview(m, municipal),
        approve(["approval-document"]),
        as("sh-ndrc", "approver"),
        asOf
      )
    )
    expect(reasonRules(x)).toEqual(["approvals/approval-copied-to-general-office"])
    expect(x.reasons[0]?.facts).toMatchObject({ notCopied: ["budget-arrangement"] })
    expect(x.reasons[0]?.message.zh).toContain("预算安排情况")
  })

  it("a 2026 budget approval that says nothing of what was copied is refused under art 12", () => {
    const m = Approvals.budgetProject
    const x = refused(
      Transition.transition(
        m,
        underReview(m, budget),
        { type: "approve", payload: { reference: "沪财预〔2026〕1号", copiedTo: ["sh-gov-office" as never] } },
        as("sh-finance", "approver"),
        asOf
      )
    )
    expect(x.reasons[0]?.facts).toMatchObject({ notCopied: ["approval-document", "budget-arrangement"] })
  })
})
