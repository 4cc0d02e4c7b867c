import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "../seals/fixtures.ts"

/**
 * Model-based: walk the definition breadth-first from the initial state, firing
 * every transition with an actor from its own actor table and a payload that
 * passes its guards, and check that every state is reached by the real
 * transition function along a shortest path.
 */
const payloads: Record<string, unknown> = {
  submit: {},
  approve: {},
  reject: { reason: "needs a new date" },
  withdraw: {},
  "apply-seal": { certificate: notice.certificate }
}

const shortestPaths = (m: AnyMachine, start: Snapshot<string, unknown>) => {
  const reached = new Map<string, Array<string>>([[start.state, []]])
  const queue: Array<Snapshot<string, unknown>> = [start]
  while (queue.length > 0) {
    const s = queue.shift() as Snapshot<string, unknown>
    for (const t of m.transitions.filter((x) => x.from === s.state)) {
      const rule = t.actors[0]
      if (rule === undefined) continue
      const actor: Actor = { agency: "xh-office" as AgencyId, role: rule.role }
      const r = Transition.transition(m, s, { type: t.event, payload: payloads[t.event] }, actor, d("2026-03-02"))
      if (r._tag !== "Accepted" || reached.has(r.snapshot.state)) continue
      reached.set(r.snapshot.state, [...(reached.get(s.state) ?? []), t.event])
      queue.push(r.snapshot)
    }
  }
  return reached
}

describe("seals/signing reachability", () => {
  it("every state of the signing machine is reachable through the transition function", () => {
    const s = Transition.start(Seals.signing, Seals.initialContext(notice), d("2026-03-02"))
    if (Result.isFailure(s)) throw new Error("start refused")
    const paths = shortestPaths(Seals.signing, s.success)
    expect([...paths.keys()].sort()).toEqual(Object.keys(Seals.signing.states).sort())
    expect(paths.get("sealed")).toEqual(["submit", "approve", "apply-seal"])
  })

  it("every final state has no outgoing transition and every other state has one", () => {
    for (const [id, node] of Object.entries(Seals.signing.states)) {
      const out = Seals.signing.transitions.filter((t) => t.from === id).length
      expect(node.final === true ? out : out > 0).toBe(node.final === true ? 0 : true)
    }
  })

  it("every guard a transition names is defined, and every defined guard is used", () => {
    const named = new Set(Seals.signing.transitions.flatMap((t) => t.guards))
    expect([...named].sort()).toEqual(Object.keys(Seals.signing.guards).sort())
  })
})
