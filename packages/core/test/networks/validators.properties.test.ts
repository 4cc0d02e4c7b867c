import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Isolation, Topology } from "../../src/networks/model.ts"
import * as Arb from "../../src/testing/arbitraries/networks.ts"
import { localDate } from "../../src/testing/arbitraries/seals.ts"
import { d } from "./fixtures.ts"

/** Reference implementation, independent of the BFS: union-find over the links that carry traffic. */
const components = (t: Topology, through: ReadonlyArray<Isolation>) => {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    const p = parent.get(x) ?? x
    if (p === x) return x
    const root = find(p)
    parent.set(x, root)
    return root
  }
  const union = (a: string, b: string) => parent.set(find(a), find(b))
  for (const n of [...t.networks, ...t.systems]) parent.set(n.id, n.id)
  if (through.includes("none")) for (const s of t.systems) union(s.id, s.network)
  for (const l of t.links) if (through.includes(l.isolation)) union(l.a, l.b)
  return find
}

const connected = (t: Topology, from: string, to: string, through: ReadonlyArray<Isolation>) => {
  const find = components(t, through)
  return find(from) === find(to)
}

const ofKind = (t: Topology, kind: string) => t.networks.filter((n) => n.kind === kind).map((n) => n.id)

/** Whether any internal network and any internet share a component through links that carry traffic. */
const internalReachesInternet = (t: Topology) =>
  ofKind(t, "internal").some((i) => ofKind(t, "internet").some((x) => connected(t, i, x, ["none", "logical"])))

const asOf = d("2026-03-02")

describe("networks/topology invariants", () => {
  it("reachability by breadth-first search agrees with union-find on random graphs, through any set of isolations", () => {
    fc.assert(
      fc.property(Arb.topology, fc.subarray(["none", "logical", "physical"] as const), (t, through) => {
        const ids = [...t.networks, ...t.systems].map((n) => n.id)
        for (const a of ids) {
          const reached = Networks.Graph.reachable(t, a, through)
          for (const b of ids) expect(reached.has(b)).toBe(connected(t, a, b, through))
        }
      }),
      { numRuns: 500 }
    )
  })

  it("a path found is a real chain of links: each step is a link (or a system's home) of an allowed isolation", () => {
    fc.assert(
      fc.property(Arb.topology, (t) => {
        for (const n of ofKind(t, "internal")) {
          const path = Networks.Graph.pathToKind(t, n, "internet", Networks.Graph.connecting)
          if (path === null) continue
          for (let i = 1; i < path.length; i++) {
            const [a, b] = [path[i - 1], path[i]]
            const step =
              t.links.some(
                (l) => l.isolation !== "physical" && ((l.a === a && l.b === b) || (l.a === b && l.b === a))
              ) || t.systems.some((s) => (s.id === a && s.network === b) || (s.id === b && s.network === a))
            expect(step).toBe(true)
          }
        }
      }),
      { numRuns: 1000 }
    )
  })

  it("no valid topology ever connects the internal network to the internet, directly or through any chain of links", () => {
    let validWithBoth = 0
    let refusedThroughChain = 0
    fc.assert(
      fc.property(Arb.topology, (t) => {
        const x = Validator.decide(Networks.topology, t, asOf)
        const reaches = internalReachesInternet(t)
        if (x.outcome !== "refused") {
          expect(reaches).toBe(false)
          if (ofKind(t, "internal").length > 0 && ofKind(t, "internet").length > 0 && t.links.length > 0)
            validWithBoth++
        }
        // the rule alone decides it exactly, both ways
        const f = x.findings.find((y) => y.rule === "networks/internal-network-physically-isolated")
        if (ofKind(t, "internal").length === 0) expect(f?.status).toBe("not-applicable")
        else expect(f?.status).toBe(reaches ? "violated" : "satisfied")
        if (reaches) {
          const breaches = (f?.facts as { breaches: Array<{ path: string[] }> } | undefined)?.breaches ?? []
          if (breaches.length > 0 && breaches.every((b) => b.path.length > 2)) refusedThroughChain++
        }
      }),
      { numRuns: 4000 }
    )
    // not vacuous: valid topologies holding both networks, and breaches only through chains, do occur
    expect(validWithBoth).toBeGreaterThan(20)
    expect(refusedThroughChain).toBeGreaterThan(20)
  })

  it("the extranet rule is violated exactly when an extranet and the internet share a component of unisolated links", () => {
    fc.assert(
      fc.property(Arb.topology, (t) => {
        const f = Validator.decide(Networks.topology, t, asOf).findings.find(
          (y) => y.rule === "networks/extranet-logically-isolated"
        )
        const breach = ofKind(t, "extranet").some((e) =>
          ofKind(t, "internet").some((x) => connected(t, e, x, ["none"]))
        )
        if (ofKind(t, "extranet").length === 0) expect(f?.status).toBe("not-applicable")
        else expect(f?.status).toBe(breach ? "violated" : "satisfied")
      }),
      { numRuns: 2000 }
    )
  })

  it("every reason of every decision cites an article that exists, and decisions are plain, deterministic JSON", () => {
    fc.assert(
      fc.property(Arb.topology, localDate, (t, day) => {
        const x = Validator.decide(Networks.topology, t, day)
        expect(x.reasons.length).toBeGreaterThan(0)
        for (const f of x.reasons) for (const c of f.citations) expect(Catalogue.hasArticle(c)).toBe(true)
        expect(JSON.parse(JSON.stringify(x))).toEqual(Validator.decide(Networks.topology, structuredClone(t), day))
      }),
      { numRuns: 500 }
    )
  })

  it("arbitrary garbage never throws and never yields a decision", () => {
    fc.assert(
      fc.property(fc.anything(), (garbage) => {
        expect(Result.isFailure(Validator.decideUnknown(Networks.topology, garbage, asOf))).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

describe("networks/business-network invariants", () => {
  it("a proposal is refused exactly when sh-extranet-2020 is in force, the network is non-classified and no state provision is named; otherwise, from 2012-05-28, art 15 only warns (a reference model of art 15 and art 5)", () => {
    fc.assert(
      fc.property(Arb.businessNetwork, localDate, (n, day) => {
        const x = Validator.decide(Networks.businessNetwork, n, day)
        if (n.status !== "proposed") return
        const egov = day >= "2012-05-28"
        const extranet = day >= "2020-06-15"
        const refused = extranet && n.secrecy === "non-classified" && n.stateExemption === null
        const expected = !egov ? "not-applicable" : refused ? "refused" : "allowed"
        expect(x.outcome).toBe(expected)
        if (expected === "refused")
          expect(x.reasons.map((f) => f.rule)).toEqual(["networks/no-new-non-classified-business-network"])
        if (egov)
          expect(x.findings.find((f) => f.rule === "networks/no-new-business-network")?.status).toBe(
            n.stateExemption === null ? "violated" : "satisfied"
          )
      }),
      { numRuns: 3000 }
    )
  })

  it("an existing network is refused only for putting a classified network into the extranet, and warned for any other network but the internal one", () => {
    fc.assert(
      fc.property(
        Arb.businessNetwork,
        localDate.filter((x) => x >= "2012-05-28"),
        (n, day) => {
          if (n.status !== "existing") return
          const x = Validator.decide(Networks.businessNetwork, n, day)
          const classified = n.secrecy === "classified" && n.mergeInto !== null
          expect(x.outcome).toBe(classified && n.mergeInto === "extranet" ? "refused" : "allowed")
          expect(x.findings.find((f) => f.rule === "networks/merge-keeps-classified-on-internal")?.status).toBe(
            !classified ? "not-applicable" : n.mergeInto === "internal" ? "satisfied" : "violated"
          )
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe("networks/extranet-access invariants", () => {
  it("no case reaches `connected` unless the big data center connected a non-classified unit to the municipal extranet on or after 2020-06-15", () => {
    let connectedCases = 0
    const actor = fc.oneof(
      fc.constant({ agency: Networks.bigDataCenter.id, role: Networks.extranetManagerRole }),
      fc.record({ agency: Arb.agencyId, role: fc.constantFrom(Networks.extranetManagerRole, "applicant") })
    )
    fc.assert(
      // a district request cannot start a case (extranet-art3-users.test.ts): the machine takes municipal ones
      fc.property(Arb.accessRequest, actor, localDate, (any, who, day) => {
        const req = { ...any, level: "municipal" as const }
        const s = Transition.start(Networks.extranetAccess, Networks.initialContext(req), day)
        if (Result.isFailure(s)) {
          expect(day < "2020-06-15").toBe(true)
          return
        }
        const r = Transition.transition(Networks.extranetAccess, s.success, { type: "connect", payload: {} }, who, day)
        if (r._tag !== "Accepted") {
          expect(s.success.state).toBe("requested")
          return
        }
        connectedCases++
        expect(day >= "2020-06-15").toBe(true)
        expect(who).toEqual({ agency: "sh-big-data-center", role: "extranet-manager" })
        expect(req.carries).toBe("non-classified")
        expect(req.level).toBe("municipal")
      }),
      { numRuns: 3000 }
    )
    expect(connectedCases).toBeGreaterThan(20)
  })
})
