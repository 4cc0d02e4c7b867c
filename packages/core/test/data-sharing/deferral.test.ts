import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Transition from "../../src/machine/transition.ts"
import { as, d, legalPersons, request, type S, started } from "./fixtures.ts"

const approver = as("sh-gov-office", "approver")
const fire = (s: S, e: DataSharing.DeferralEvent, a = approver, asOf = "2026-03-02") =>
  Transition.transition(DataSharing.deferral, s, e, a, d(asOf))

describe("data-sharing/deferral — sh-egov-2012 art 27 para 2", () => {
  it("a 2026 deferral of the legal-person database approved by the approver the case names is approved, and then satisfies art 27", () => {
    const r = fire(started(), { type: "approve", payload: { reference: "暂缓-2026-1" } })
    expect(r._tag).toBe("Accepted")
    if (r._tag !== "Accepted") return
    expect(r.snapshot.state).toBe("approved")
    const deferral = DataSharing.approvedDeferral(r.snapshot)
    expect(deferral).toEqual({ reference: "暂缓-2026-1", approvedBy: "sh-gov-office" })
    const x = Validator.decide(DataSharing.sharing, { ...legalPersons, shared: false, deferral }, d("2026-03-02"))
    expect(x.outcome).toBe("allowed")
  })

  it("a 2026 deferral refused by the approver ends refused, with its reason, and gives no deferral", () => {
    const r = fire(started(), { type: "refuse", payload: { reason: "应按期共享" } })
    expect(r._tag === "Accepted" && r.snapshot).toMatchObject({ state: "refused", context: { refusal: "应按期共享" } })
    if (r._tag === "Accepted") expect(DataSharing.approvedDeferral(r.snapshot)).toBeNull()
  })

  it("the requesting organ cannot approve its own deferral when the case names another approver", () => {
    const r = fire(started(), { type: "approve", payload: { reference: "x" } }, as("sh-market-regulation", "approver"))
    expect(r._tag).toBe("Refused")
    if (r._tag === "Refused")
      expect(r.decision.reasons[0]).toMatchObject({
        rule: "data-sharing/deferral/actor-permitted",
        citations: ["sh-egov-2012/27"]
      })
  })

  it("a 2026 deferral of a database with no basic or public character is refused at approval under art 27", () => {
    const r = fire(started({ ...request, database: { name: "内部通讯录", kind: "other" } }), {
      type: "approve",
      payload: { reference: "x" }
    })
    expect(r._tag).toBe("Refused")
    if (r._tag === "Refused") expect(r.decision.reasons[0]?.rule).toBe("data-sharing/deferral-of-shared-database")
  })

  it("an approved or refused deferral is final: nothing more can be fired", () => {
    const approved = fire(started(), { type: "approve", payload: { reference: "暂缓-1" } })
    if (approved._tag !== "Accepted") throw new Error("approve refused")
    expect(fire(approved.snapshot, { type: "refuse", payload: { reason: "x" } })._tag).toBe("Refused")
    expect(DataSharing.deferral.states.approved.final).toBe(true)
    expect(DataSharing.deferral.states.refused.final).toBe(true)
  })

  it("on 2012-05-27, before sh-egov-2012 takes effect, a deferral case cannot start", () => {
    const r = Transition.start(
      DataSharing.deferral,
      DataSharing.newDeferralContext(request, as("sh-gov-office", "approver").agency),
      d("2012-05-27")
    )
    expect(r._tag).toBe("Failure")
  })

  it("the actor table names no agency: the approver is the one recorded on the case, by art 27", () => {
    for (const t of DataSharing.deferral.transitions)
      expect(t.actors).toEqual([
        { agency: { kind: "case", ref: "approver" }, role: "approver", citations: ["sh-egov-2012/27"] }
      ])
  })

  it("reaches every state from `requested` (reachability)", () => {
    const reached = new Set<string>(["requested"])
    for (const e of [
      { type: "approve", payload: { reference: "r" } },
      { type: "refuse", payload: { reason: "r" } }
    ] as const) {
      const r = fire(started(), e)
      if (r._tag === "Accepted") reached.add(r.snapshot.state)
    }
    expect([...reached].sort()).toEqual(Object.keys(DataSharing.deferral.states).sort())
  })
})
