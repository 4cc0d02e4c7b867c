import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "../seals/fixtures.ts"

const m = Seals.signing
const asOf = d("2026-03-02")
const as = (role: string, agency = "xh-office"): Actor => ({ agency: agency as AgencyId, role })
const drafter = as("drafter")
const approver = as("seal-approver")
const keeper = as("seal-keeper")
const started = (request = notice): Snapshot<Seals.SigningState, Seals.SigningContext> => {
  const r = Transition.start(m, Seals.initialContext(request), asOf)
  if (Result.isFailure(r)) throw new Error("start refused")
  return r.success
}

type Step = Parameters<typeof Transition.transition<Seals.SigningState, Seals.SigningContext, Seals.SigningEvents>>[2]
const fire = (s: Snapshot<Seals.SigningState, Seals.SigningContext>, event: Step, actor: Actor, day = asOf) =>
  Transition.transition(m, s, event, actor, day)

const accepted = (r: ReturnType<typeof fire>) => {
  if (r._tag !== "Accepted") throw new Error(`refused: ${JSON.stringify(r.decision.reasons)}`)
  return r.snapshot
}

const empty = {}

describe("seals/signing — xuhui-eseal-2015 art 7: the physical seal's flow", () => {
  it("a 2026 notice goes drafted → awaiting-approval → approved → sealed, and the certificate at sealing is kept", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    const s2 = accepted(fire(s1, { type: "approve", payload: empty }, approver))
    const s3 = accepted(fire(s2, { type: "apply-seal", payload: { certificate: notice.certificate } }, keeper))
    expect([s1.state, s2.state, s3.state]).toEqual(["awaiting-approval", "approved", "sealed"])
    expect(s3.version).toBe(3)
    expect(s3.context.certificateAtSealing).toEqual(notice.certificate)
  })

  it("a 2026 contract cannot even be submitted: refused under art 4, and the case is untouched", () => {
    const s0 = started({ ...notice, documentKind: "contract" })
    const before = structuredClone(s0)
    const r = fire(s0, { type: "submit", payload: empty }, drafter)
    expect(r._tag).toBe("Refused")
    expect(r.decision.outcome).toBe("refused")
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["seals/document-kind-permitted"])
    expect(r.decision.reasons[0]?.citations).toEqual(["xuhui-eseal-2015/4"])
    expect(s0).toEqual(before)
  })

  it("a joint issue sealed with a co-issuer's seal is refused at submission under art 7", () => {
    const s0 = started({ ...notice, issuers: { lead: "xh-finance" as AgencyId, coIssuers: ["xh-office" as AgencyId] } })
    const r = fire(s0, { type: "submit", payload: empty }, drafter)
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["seals/lead-unit-seal-on-joint-issue"])
  })

  it("a drafter may not approve their own request: refused under art 7, citing the actor table", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    const r = fire(s1, { type: "approve", payload: empty }, drafter)
    expect(r._tag).toBe("Refused")
    expect(r.decision.reasons[0]).toMatchObject({
      rule: "seals/signing/actor-permitted",
      citations: ["xuhui-eseal-2015/7"],
      facts: { permitted: ["case.sealOwner:seal-approver"] }
    })
  })

  it("another unit's seal approver may not approve: only the unit that owns the seal acts", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    expect(fire(s1, { type: "approve", payload: empty }, as("seal-approver", "xh-finance"))._tag).toBe("Refused")
  })

  it("a seal applied on 2028-01-01 with a certificate that expired on 2027-12-31 is refused under art 2", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    const s2 = accepted(fire(s1, { type: "approve", payload: empty }, approver))
    const r = fire(s2, { type: "apply-seal", payload: { certificate: notice.certificate } }, keeper, d("2028-01-01"))
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["seals/certificate-valid"])
    expect(r.decision.reasons[0]?.citations).toContain("xuhui-eseal-2015/2")
  })

  it("a revoked certificate at sealing time is refused even though the request's certificate was active", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    const s2 = accepted(fire(s1, { type: "approve", payload: empty }, approver))
    const revoked = { ...notice.certificate, status: "revoked" as const }
    expect(fire(s2, { type: "apply-seal", payload: { certificate: revoked } }, keeper)._tag).toBe("Refused")
  })

  it("a sealed case is final: nothing more may happen to it", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    const s2 = accepted(fire(s1, { type: "approve", payload: empty }, approver))
    const s3 = accepted(fire(s2, { type: "apply-seal", payload: { certificate: notice.certificate } }, keeper))
    const r = fire(s3, { type: "withdraw", payload: empty }, drafter)
    expect(r.decision.reasons[0]?.rule).toBe("seals/signing/event-possible")
  })

  it("a rejection records its reason; a withdrawal ends the case", () => {
    const s1 = accepted(fire(started(), { type: "submit", payload: empty }, drafter))
    const rej = accepted(fire(s1, { type: "reject", payload: { reason: "wrong template" } }, approver))
    expect(rej).toMatchObject({ state: "rejected", context: { rejection: "wrong template" } })
    expect(accepted(fire(s1, { type: "withdraw", payload: empty }, drafter)).state).toBe("withdrawn")
  })

  it("a signing case cannot be started on 2014-12-31: the measures took effect on 2015-01-28", () => {
    const r = Transition.start(m, Seals.initialContext(notice), d("2014-12-31"))
    if (!Result.isFailure(r)) throw new Error("expected a refusal")
    expect(r.failure.reasons[0]).toMatchObject({ rule: "seals/signing/in-force", citations: ["xuhui-eseal-2015/7"] })
  })

  it("an event is decoded from JSON, naming the path of a bad payload", () => {
    const ok = Transition.decodeEvent(m, { type: "reject", payload: { reason: "late" } })
    expect(Result.isSuccess(ok)).toBe(true)
    const bad = Transition.decodeEvent(m, { type: "reject", payload: { reason: "" } })
    if (!Result.isFailure(bad)) throw new Error("expected a decode error")
    expect(bad.failure.problems[0]?.path).toEqual(["payload", "reason"])
    const unknown = Transition.decodeEvent(m, { type: "stamp", payload: {} })
    if (!Result.isFailure(unknown)) throw new Error("expected a decode error")
    expect(unknown.failure.problems[0]?.path).toEqual(["type"])
    expect(unknown.failure.problems[0]?.message).toContain('"apply-seal"')
  })

  it("replaying the accepted events from the initial snapshot gives the same snapshot", () => {
    const events: Array<[Step, Actor]> = [
      [{ type: "submit", payload: empty }, drafter],
      [{ type: "approve", payload: empty }, approver],
      [{ type: "apply-seal", payload: { certificate: notice.certificate } }, keeper]
    ]
    let live = started()
    const log: Array<[Step, Seals.SigningState]> = []
    for (const [e, a] of events) {
      const r = fire(live, e, a)
      if (r._tag !== "Accepted") throw new Error("refused")
      live = r.snapshot
      log.push([e, r.to])
    }
    const replayed = log.reduce((s, [e, to]) => Transition.replay(m, s, e, to), started())
    expect(replayed).toEqual(live)
  })
})
