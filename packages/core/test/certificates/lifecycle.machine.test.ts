import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import type { LocalDate } from "../../src/date/LocalDate.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Serialise from "../../src/machine/serialise.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Registry from "../../src/registry.ts"
import { d, officeApplication } from "./fixtures.ts"

const m = Certificates.lifecycle
const asOf = d("2026-03-02")

/** A payload for each event that passes its guards on 2026-03-02. */
const payloads: Record<string, unknown> = {
  review: {},
  refuse: { reason: "documents incomplete" },
  "sign-agreement": { reference: "AGR-1", terms: ["renewal", "loss-report", "revocation", "rights-and-duties"] },
  issue: {
    serial: "C001",
    validFrom: "2026-03-02",
    validUntil: "2027-12-31",
    carrier: { meetsNationalCryptographyRules: true },
    fee: null
  },
  renew: { serial: "C001", validFrom: "2026-03-02", validUntil: "2028-12-31" },
  "report-loss": {},
  "withdraw-loss-report": {},
  revoke: { reason: "key compromised" }
}

/**
 * Model-based: walk the definition breadth-first from the initial state,
 * firing every transition with an actor from its own actor table (the agency
 * resolved on the case) and a payload that passes its guards, and check that
 * every state is reached by the real transition function.
 */
const shortestPaths = (machine: AnyMachine, start: Snapshot<string, unknown>) =>
  shortestPathsIn(machine, payloads, start, asOf)

const shortestPathsWith = (p: Readonly<Record<string, unknown>>, start: Snapshot<string, unknown>, day: LocalDate) =>
  shortestPathsIn(m, p, start, day)

function shortestPathsIn(
  machine: AnyMachine,
  payloads: Readonly<Record<string, unknown>>,
  start: Snapshot<string, unknown>,
  day: LocalDate
) {
  const reached = new Map<string, Array<string>>([[start.state, []]])
  const queue: Array<Snapshot<string, unknown>> = [start]
  while (queue.length > 0) {
    const s = queue.shift() as Snapshot<string, unknown>
    for (const t of machine.transitions.filter((x) => x.from === s.state)) {
      for (const rule of t.actors) {
        const agency = rule.agency.kind === "case" ? machine.agencyRefs[rule.agency.ref]?.resolve(s.context) : "any"
        const actor = { agency, role: rule.role } as Actor
        const r = Transition.transition(machine, s, { type: t.event, payload: payloads[t.event] }, actor, day)
        expect(r._tag, `${t.from} --${t.event}--> by ${rule.role}`).toBe("Accepted")
        if (r._tag !== "Accepted" || reached.has(r.snapshot.state)) continue
        reached.set(r.snapshot.state, [...(reached.get(s.state) ?? []), t.event])
        queue.push(r.snapshot)
      }
    }
  }
  return reached
}

describe("certificates/lifecycle as a machine", () => {
  it("every state is reachable through the transition function, and every actor-table entry can fire its event", () => {
    const s = Transition.start(m, Certificates.initialContext(officeApplication), asOf)
    if (Result.isFailure(s)) throw new Error("start refused")
    const paths = shortestPaths(m, s.success)
    expect([...paths.keys()].sort()).toEqual(Object.keys(m.states).sort())
    expect(paths.get("active")).toEqual(["review", "sign-agreement", "issue"])
    expect(paths.get("revoked")).toEqual(["review", "sign-agreement", "issue", "revoke"])
  })

  it("every final state has no outgoing transition and every other state has one", () => {
    for (const [id, node] of Object.entries(m.states)) {
      const out = m.transitions.filter((t) => t.from === id).length
      if (node.final === true) expect(out).toBe(0)
      else expect(out).toBeGreaterThan(0)
    }
    expect(
      Object.entries(m.states)
        .filter(([, n]) => n.final === true)
        .map(([id]) => id)
    ).toEqual(["refused", "revoked"])
  })

  it("every guard a transition names is defined, and every defined guard is used", () => {
    const named = new Set(m.transitions.flatMap((t) => t.guards))
    expect([...named].sort()).toEqual(Object.keys(m.guards).sort())
  })

  it("every actor-table entry cites sh-digital-cert art 9, 10 or 12", () => {
    for (const t of m.transitions)
      for (const a of t.actors)
        for (const c of a.citations)
          expect(["sh-digital-cert/9", "sh-digital-cert/10", "sh-digital-cert/12"]).toContain(c)
  })

  it("serialises to plain JSON that round-trips, with guards by name, rule id and citations, and payloads as JSON Schema", () => {
    const json = Serialise.toJson(m)
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(json.id).toBe("certificates/lifecycle")
    expect(json.citations).toEqual(["sh-digital-cert/9", "sh-digital-cert/10"])
    expect(json.guards.find((g) => g.name === "validityNotEnded")).toMatchObject({
      rule: "certificates/validity-not-ended",
      citations: ["sh-digital-cert/10"]
    })
    expect(JSON.stringify(json.events.find((e) => e.type === "issue")?.payload)).toContain('"carrier"')
    expect(JSON.stringify(json)).not.toContain("=>")
  })

  it("the Mermaid diagram has one edge per transition, labelled with the event, guards and actors", () => {
    const mmd = Serialise.toMermaid(m)
    expect(mmd.startsWith("stateDiagram-v2\n")).toBe(true)
    expect(mmd.split("\n").filter((l) => / --> [a-z_]+: /u.test(l))).toHaveLength(m.transitions.length)
    expect(mmd).toContain("  [*] --> applied\n")
    expect(mmd).toContain("active --> reported_lost: report-loss (case.holder holder | case.applicant applicant)")
    expect(mmd).toContain("  revoked --> [*]\n")
  })
})

describe("certificates/lifecycle example (for the HTTP permission matrix and the docs)", () => {
  it("the example input decodes, and every event's payload decodes and passes its guards on the example's day", () => {
    const example = Registry.examples.find((e) => e.machine === "certificates/lifecycle")
    if (example === undefined) throw new Error("no example")
    const input = Schema.decodeUnknownSync(m.input)(example.input)
    const s = Transition.begin(m, input, d(example.asOf))
    if (Result.isFailure(s)) throw new Error("start refused")
    for (const t of m.transitions) {
      const event = Transition.decodeEvent(m, { type: t.event, payload: example.payloads[t.event] })
      expect(Result.isSuccess(event), t.event).toBe(true)
    }
    const paths = shortestPathsWith(example.payloads, s.success, d(example.asOf))
    expect([...paths.keys()].sort()).toEqual(Object.keys(m.states).sort())
  })
})
