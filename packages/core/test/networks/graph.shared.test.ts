import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Rule from "../../src/decision/Rule.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Topology } from "../../src/networks/model.ts"
import * as Arb from "../../src/testing/arbitraries/networks.ts"

const asOf = LocalDate.make("2026-03-02")
const copy = (t: Topology): Topology => structuredClone(t)

/** Makes `target` hold `source`'s content, in place (as a form editing a topology would). */
const overwrite = (target: Topology, source: Topology) => {
  const t = target as { -readonly [K in keyof Topology]: Topology[K] }
  t.networks = copy(source).networks
  t.systems = copy(source).systems
  ;(t.links as Array<Topology["links"][number]>).length = 0
  for (const l of copy(source).links) (t.links as Array<Topology["links"][number]>).push(l)
}

describe("the rules of one decision share a topology's graph, never two decisions (sh-egov-2012 arts 13-17)", () => {
  it("a topology changed in place between two 2026 decisions is decided as it is now, like a fresh copy", () => {
    fc.assert(
      fc.property(Arb.topology, Arb.topology, (before, after) => {
        const t = copy(before)
        expect(Validator.decide(Networks.topology, t, asOf)).toEqual(
          Validator.decide(Networks.topology, copy(before), asOf)
        )
        overwrite(t, after)
        expect(Validator.decide(Networks.topology, t, asOf)).toEqual(
          Validator.decide(Networks.topology, copy(after), asOf)
        )
      }),
      { numRuns: 300 }
    )
  })

  it("outside a decision a rule alone reads the topology afresh: a breach added after one evaluation is found by the next", () => {
    const t: Topology = {
      networks: [
        { id: "int", kind: "internal" },
        { id: "net", kind: "internet" }
      ],
      systems: [],
      links: []
    } as unknown as Topology
    const first = Validator.decide(Networks.topology, t, asOf)
    expect(first.findings.find((f) => f.rule === "networks/internal-network-physically-isolated")?.status).toBe(
      "satisfied"
    )
    ;(t.links as Array<unknown>).push({ a: "int", b: "net", isolation: "logical" })
    expect(Networks.Graph.pathToKind(t, "int", "internet", Networks.Graph.connecting)).toEqual(["int", "net"])
    const second = Validator.decide(Networks.topology, t, asOf)
    expect(second.findings.find((f) => f.rule === "networks/internal-network-physically-isolated")?.status).toBe(
      "violated"
    )
  })

  it("within a decision the analysis is built once and shared; a decision inside a rule's check leaves the outer one correct", () => {
    let built = 0
    const shared = Rule.sharedInDecision((t: Topology) => {
      built++
      return t.links.length
    })
    const t = copy({ networks: [], systems: [], links: [] } as unknown as Topology)
    expect([shared(t), shared(t)]).toEqual([0, 0])
    expect(built).toBe(2)
    built = 0
    const was = Rule.enterDecision()
    try {
      expect([shared(t), shared(t)]).toEqual([0, 0])
      expect(built).toBe(1)
      Validator.decide(Networks.topology, copy(t), asOf)
      ;(t.links as Array<unknown>).push({ a: "x", b: "y", isolation: "none" })
      expect(shared(t)).toBe(1)
    } finally {
      Rule.leaveDecision(was)
    }
  })
})
