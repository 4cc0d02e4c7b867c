import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import { accepted, as, construction, d, municipal, reasonRules, refused } from "./fixtures.ts"

const { unit, eitc, office, ndrc, fire, start, submitted, reviewed, approve } = construction

describe("approvals/municipal-construction-project — sh-egov-2012 arts 10, 12", () => {
  it("a 2026 project is submitted, reviewed by 市经济信息化委 and 市政府办公厅, approved by 市发展改革委 with a copy to the general office, then procured, supervised, accepted and rolled out", () => {
    const s1 = reviewed(submitted())
    expect(s1.context.reviews).toEqual([
      { agency: "sh-eitc", revision: 0 },
      { agency: "sh-gov-office", revision: 0 }
    ])
    const s2 = accepted(fire(s1, approve(), ndrc))
    expect(s2.state).toBe("approved")
    expect(s2.context.approval).toEqual({
      by: "sh-ndrc",
      reference: "沪发改批〔2026〕1号",
      copiedTo: ["sh-gov-office"],
      copied: ["approval-document", "budget-arrangement"],
      revision: 0
    })
    const s3 = accepted(fire(s2, { type: "record-procurement", payload: { reference: "招标-7" } }, unit))
    const s4 = accepted(fire(s3, { type: "record-supervision", payload: { supervisor: "某监理公司" } }, unit))
    const s5 = accepted(fire(s4, { type: "record-completion-acceptance", payload: { reference: "验收-3" } }, unit))
    const s6 = accepted(fire(s5, { type: "record-roll-out", payload: {} }, unit))
    expect([s3.state, s4.state, s5.state, s6.state]).toEqual([
      "procured",
      "under-supervision",
      "completed",
      "rolled-out"
    ])
    expect(s6.context.implementation).toEqual({
      procurement: "招标-7",
      supervisor: "某监理公司",
      completionAcceptance: "验收-3",
      rolledOut: true
    })
    expect(s6.version).toBe(8)
  })

  it("a 2026 approval with no review is refused under art 10, naming both missing reviewers", () => {
    const x = refused(fire(submitted(), approve(), ndrc))
    expect(reasonRules(x)).toEqual(["approvals/construction-reviews-complete"])
    expect(x.reasons[0]).toMatchObject({
      citations: ["sh-egov-2012/10"],
      facts: { missing: ["sh-eitc", "sh-gov-office"] }
    })
  })

  it("a 2026 approval after only 市经济信息化委's review is refused under art 10: 市政府办公厅 has not reviewed", () => {
    const s = accepted(fire(submitted(), { type: "review-by-eitc", payload: {} }, eitc))
    expect(refused(fire(s, approve(), ndrc)).reasons[0]?.facts).toMatchObject({ missing: ["sh-gov-office"] })
  })

  it("a 2026 review by 市财政局 does not count: it is refused by the actor table under art 10", () => {
    const x = refused(fire(submitted(), { type: "review-by-eitc", payload: {} }, as("sh-finance", "reviewer")))
    expect(x.reasons[0]).toMatchObject({
      rule: "approvals/municipal-construction-project/actor-permitted",
      citations: ["sh-egov-2012/10"],
      facts: { permitted: ["sh-eitc:reviewer"] }
    })
  })

  it("市发展改革委 cannot review in place of 市政府办公厅, and 市经济信息化委 cannot give 市政府办公厅's review", () => {
    expect(
      refused(fire(submitted(), { type: "review-by-gov-office", payload: {} }, as("sh-ndrc", "reviewer"))).reasons[0]
        ?.rule
    ).toBe("approvals/municipal-construction-project/actor-permitted")
    expect(fire(submitted(), { type: "review-by-gov-office", payload: {} }, eitc)._tag).toBe("Refused")
  })

  it("only 市发展改革委 approves: a reviewer's or 市财政局's approval is refused under art 10", () => {
    const s = reviewed(submitted())
    for (const who of [eitc, office, as("sh-finance", "approver"), as("sh-health-commission", "approver")]) {
      const x = refused(fire(s, approve(), who))
      expect(x.reasons[0]).toMatchObject({ rule: "approvals/municipal-construction-project/actor-permitted" })
      expect(x.reasons[0]?.facts).toMatchObject({ permitted: ["sh-ndrc:approver"] })
    }
  })

  it("a 2026 approval not copied to the general office is refused under art 12; copied, it is accepted", () => {
    const s = reviewed(submitted())
    const x = refused(fire(s, approve(["sh-eitc"]), ndrc))
    expect(reasonRules(x)).toEqual(["approvals/approval-copied-to-general-office"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/12"])
    expect(accepted(fire(s, approve(["sh-eitc", "sh-gov-office"]), ndrc)).state).toBe("approved")
  })

  it("an amendment after both reviews voids them: the 2026 approval is refused until both review the new revision", () => {
    const s = reviewed(submitted())
    const amended = accepted(
      fire(s, { type: "amend", payload: { application: { ...municipal, name: "健康云二期" } } }, unit)
    )
    expect(amended).toMatchObject({ state: "under-review", context: { revision: 1 } })
    const x = refused(fire(amended, approve(), ndrc))
    expect(x.reasons[0]?.facts).toMatchObject({
      revision: 1,
      voidedByAmendment: ["sh-eitc", "sh-gov-office"],
      missing: ["sh-eitc", "sh-gov-office"]
    })
    const onlyOne = accepted(fire(amended, { type: "review-by-gov-office", payload: {} }, office))
    expect(refused(fire(onlyOne, approve(), ndrc)).reasons[0]?.facts).toMatchObject({ missing: ["sh-eitc"] })
    expect(accepted(fire(reviewed(amended), approve(), ndrc)).context.approval?.revision).toBe(1)
  })

  it("a reviewer asks for changes: the unit amends and the case returns to review, where the old reviews no longer count", () => {
    const s = accepted(fire(submitted(), { type: "review-by-eitc", payload: {} }, eitc))
    const asked = accepted(fire(s, { type: "request-changes", payload: { changes: "补充安全方案" } }, office))
    expect(asked.state).toBe("changes-requested")
    expect(fire(asked, approve(), ndrc)._tag).toBe("Refused")
    const back = accepted(fire(asked, { type: "amend", payload: { application: municipal } }, unit))
    expect(back.state).toBe("under-review")
    expect(Approvals.missingReviews(back.context)).toEqual(["sh-eitc", "sh-gov-office"])
  })

  it("a refusal by a reviewer is final: nothing more may happen to the case", () => {
    const r = accepted(fire(submitted(), { type: "refuse", payload: { reason: "重复建设" } }, eitc))
    expect(r).toMatchObject({ state: "refused", context: { refusal: "重复建设" } })
    const x = refused(fire(r, { type: "amend", payload: { application: municipal } }, unit))
    expect(x.reasons[0]?.rule).toBe("approvals/municipal-construction-project/event-possible")
  })

  it("the lead may refuse or ask for changes too; the project unit may not refuse its own project", () => {
    expect(accepted(fire(submitted(), { type: "refuse", payload: { reason: "no" } }, ndrc)).state).toBe("refused")
    expect(accepted(fire(submitted(), { type: "request-changes", payload: { changes: "x" } }, ndrc)).state).toBe(
      "changes-requested"
    )
    expect(fire(submitted(), { type: "refuse", payload: { reason: "no" } }, unit)._tag).toBe("Refused")
  })

  it("a 2026 submission of an annual budget project is refused under art 10: it is not a government-investment project", () => {
    const s = start({ ...municipal, funding: "municipal-annual-it-budget" })
    const x = refused(fire(s, { type: "submit", payload: {} }, unit))
    expect(reasonRules(x)).toEqual(["approvals/municipal-government-investment"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/10"])
  })

  it("a 2015 submission proposing a private network is accepted with the sh-egov-2012 art 15 warning (原则上); in 2021 sh-extranet-2020 art 5 refuses it (不得)", () => {
    const app = { ...municipal, newBusinessNetwork: { classified: false, stateProvision: null } }
    const early = fire(start(app, d("2015-06-01")), { type: "submit", payload: {} }, unit, d("2015-06-01"))
    expect(early._tag).toBe("Accepted")
    expect(early.decision.findings.find((f) => f.rule === "networks/no-new-business-network")?.severity).toBe("warning")
    const late = refused(fire(start(app, d("2021-03-01")), { type: "submit", payload: {} }, unit, d("2021-03-01")))
    expect(reasonRules(late)).toEqual(["networks/no-new-non-classified-business-network"])
  })

  it("a 2026 amendment that moves the system off the extranet is refused under art 17, and the case is untouched", () => {
    const s = reviewed(submitted())
    const before = structuredClone(s)
    const bad = { ...municipal, system: { ...municipal.system, builtOn: "other" as const } }
    const x = refused(fire(s, { type: "amend", payload: { application: bad } }, unit))
    expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
    expect(s).toEqual(before)
  })

  it("another unit may not submit or amend the health commission's project", () => {
    const other = as("sh-transport-commission", "project-unit")
    expect(fire(start(), { type: "submit", payload: {} }, other)._tag).toBe("Refused")
    expect(fire(submitted(), { type: "withdraw", payload: {} }, other)._tag).toBe("Refused")
  })

  it("a case cannot be started on 2012-05-27: sh-egov-2012 took effect on 2012-05-28", () => {
    expect(() => start(municipal, d("2012-05-27"))).toThrow("start refused")
    expect(start(municipal, d("2012-05-28")).state).toBe("drafting")
  })
})
