import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Networks from "../../src/networks/index.ts"
import { agency, d } from "./fixtures.ts"

const request: Networks.MunicipalAccessRequest = {
  applicant: { id: agency("pd-court"), body: "court" },
  level: "municipal",
  carries: "non-classified"
}

const bdc: Actor = { agency: Networks.bigDataCenter.id, role: Networks.extranetManagerRole }
const m = Networks.extranetAccess
const connect = (req: Networks.MunicipalAccessRequest, actor: Actor = bdc, asOf = "2021-03-01") => {
  const s = Transition.start(m, Networks.initialContext(req), d(asOf))
  if (Result.isFailure(s)) return { _tag: "NotStarted" as const, decision: s.failure }
  return Transition.transition(m, s.success, { type: "connect", payload: {} }, actor, d(asOf))
}

describe("networks/extranet-access — sh-extranet-2020 arts 3, 7", () => {
  it("in 2021 the big data center connects a district court to the municipal extranet under art 7", () => {
    const r = connect(request)
    if (r._tag !== "Accepted") throw new Error("expected the connection to be accepted")
    expect(r.to).toBe("connected")
    expect(r.decision.reasons.map((f) => [f.rule, f.status])).toEqual([
      ["networks/connects-to-municipal-extranet", "satisfied"],
      ["networks/extranet-carries-nothing-classified", "satisfied"],
      ["networks/extranet-serves-applicant", "satisfied"]
    ])
  })

  it("in 2021 a unit cannot connect itself: art 7 gives the act to the big data center", () => {
    const r = connect(request, { agency: agency("pd-court"), role: Networks.extranetManagerRole })
    expect(r._tag).toBe("Refused")
    expect(r.decision.reasons[0]).toMatchObject({
      rule: "networks/extranet-access/actor-permitted",
      citations: ["sh-extranet-2020/7"]
    })
  })

  it("in 2021 a connection that would carry classified information is refused under art 3", () => {
    const r = connect({ ...request, carries: "classified" })
    expect(r._tag).toBe("Refused")
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["networks/extranet-carries-nothing-classified"])
    expect(r.decision.reasons[0]?.citations).toEqual(["sh-extranet-2020/3"])
  })

  it("in 2021 a body outside art 3's open list is connected with a warning, not refused", () => {
    const r = connect({ ...request, applicant: { id: agency("sh-metro"), body: "other" } })
    expect(r._tag).toBe("Accepted")
    expect(r.decision.findings.find((f) => f.rule === "networks/extranet-serves-applicant")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
  })

  it("on 2020-06-14 the procedure is not in force; on 2020-06-15 the connection is made", () => {
    const before = connect(request, bdc, "2020-06-14")
    expect(before._tag).toBe("NotStarted")
    expect(before.decision.reasons[0]?.facts).toMatchObject({
      notInForce: [{ document: "sh-extranet-2020", inForceFrom: "2020-06-15" }]
    })
    expect(connect(request, bdc, "2020-06-15")._tag).toBe("Accepted")
  })

  it("the access-request validator applies the machine's guards as one check", () => {
    expect(Validator.decide(Networks.extranetAccessRequest, request, d("2021-03-01")).outcome).toBe("allowed")
    expect(
      Validator.decide(Networks.extranetAccessRequest, { ...request, carries: "classified" }, d("2021-03-01")).outcome
    ).toBe("refused")
  })
})

describe("networks/extranet-access reachability", () => {
  it("every state is reachable through the transition function, and every guard is defined and used", () => {
    const r = connect(request)
    const reached = new Set([m.initial, ...(r._tag === "Accepted" ? [r.to] : [])])
    expect([...reached].sort()).toEqual(Object.keys(m.states).sort())
    expect([...new Set(m.transitions.flatMap((t) => t.guards))].sort()).toEqual(Object.keys(m.guards).sort())
  })

  it("every final state has no outgoing transition and every other state has one", () => {
    for (const [state, node] of Object.entries(m.states)) {
      const out = m.transitions.filter((t) => t.from === state).length
      if (node.final === true) expect(out).toBe(0)
      else expect(out).toBeGreaterThan(0)
    }
  })
})
