import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Serialise from "../../src/machine/serialise.ts"
import * as Registry from "../../src/registry.ts"

const machines = [
  Approvals.constructionProject,
  Approvals.budgetProject,
  Approvals.districtProject,
  Approvals.cityPlan,
  Approvals.planFiling,
  Approvals.websiteFiling
]

describe("approvals machines as JSON and Mermaid", () => {
  it.each(machines.map((m) => [m.id, m] as const))("%s serialises to plain JSON that round-trips unchanged", (_, m) => {
    const json = Serialise.toJson(m)
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(JSON.stringify(json)).not.toContain("=>")
  })

  it.each(machines.map((m) => [m.id, m] as const))(
    "%s: every guard, actor-table entry and the machine itself cite articles that exist",
    (_, m) => {
      const json = Serialise.toJson(m)
      const cited = [
        ...json.citations,
        ...json.guards.flatMap((g) => g.citations),
        ...json.transitions.flatMap((t) => t.actors.flatMap((a) => a.citations))
      ]
      expect(cited.length).toBeGreaterThan(0)
      expect(cited.filter((c) => !Catalogue.hasArticle(c))).toEqual([])
      for (const g of json.guards) expect(g.citations.length).toBeGreaterThan(0)
    }
  )

  it.each(machines.map((m) => [m.id, m] as const))("%s has one Mermaid edge per transition", (_, m) => {
    const mmd = Serialise.toMermaid(m)
    expect(mmd.startsWith("stateDiagram-v2\n")).toBe(true)
    expect(mmd.split("\n").filter((l) => / --> [a-z_]+: /u.test(l))).toHaveLength(m.transitions.length)
  })

  it("the construction chain's approve edge names its guards and the lead, and the review edges their agencies", () => {
    const mmd = Serialise.toMermaid(Approvals.constructionProject)
    expect(mmd).toContain(
      "under_review --> approved: approve [reviewsComplete, copiedToGeneralOffice] (sh-ndrc approver)"
    )
    expect(mmd).toContain("under_review --> under_review: review-by-eitc (sh-eitc reviewer)")
    expect(mmd).toContain("under_review --> under_review: review-by-gov-office (sh-gov-office reviewer)")
  })

  it("the approve guard appears by rule id with art 10 (construction) and art 11 (budget)", () => {
    const guard = (m: typeof Approvals.constructionProject) =>
      Serialise.toJson(m).guards.find((g) => g.name === "reviewsComplete")
    expect(guard(Approvals.constructionProject)).toMatchObject({
      rule: "approvals/construction-reviews-complete",
      citations: ["sh-egov-2012/10"]
    })
    expect(guard(Approvals.budgetProject)).toMatchObject({
      rule: "approvals/budget-reviews-complete",
      citations: ["sh-egov-2012/11"]
    })
  })

  it("the submission rules are listed once each in the registry, used by the validator and the machines' guards", () => {
    const r = Registry.getRule("networks/no-new-business-network")
    expect(r?.usedBy).toContain("approvals/submission")
    expect(r?.usedBy).toContain("approvals/municipal-construction-project#noNewBusinessNetwork")
    expect(r?.usedBy).toContain("approvals/district-project#noNewBusinessNetwork")
  })
})
