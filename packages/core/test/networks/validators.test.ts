import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Topology } from "../../src/networks/model.ts"
import { city, d } from "./fixtures.ts"

const decide = (t: Topology, asOf = "2026-03-02") => Validator.decide(Networks.topology, t, d(asOf))

describe("networks/topology — sh-egov-2012 arts 13, 16, 17", () => {
  it("a 2026 city topology with the internal network physically isolated and one extranet egress is allowed", () => {
    const x = decide(city)
    expect(x.outcome).toBe("allowed")
    expect(x.findings.every((f) => f.status === "satisfied")).toBe(true)
    expect(Decision.citations(x)).toEqual(["sh-egov-2012/16", "sh-egov-2012/13", "sh-egov-2012/34", "sh-egov-2012/17"])
  })

  describe("decoding topologies", () => {
    it("a link to a node the topology does not have is a decode error naming the link's end", () => {
      const r = Validator.decideUnknown(
        Networks.topology,
        { ...city, links: [...city.links, { a: "internal", b: "nowhere", isolation: "none" }] },
        d("2026-03-02")
      )
      if (!Result.isFailure(r)) throw new Error("expected a decode error")
      expect(r.failure.problems.map((p) => p.path)).toEqual([["links", 3, "b"]])
      expect(r.failure.problems[0]?.message).toContain("“nowhere” is not a node of the topology")
    })

    it("duplicate ids and a system on an unknown network are reported with their paths", () => {
      const r = Validator.decideUnknown(
        Networks.topology,
        {
          networks: [
            { id: "n", kind: "internet" },
            { id: "n", kind: "internal" }
          ],
          systems: [{ id: "s", network: "x", secrecy: "classified", purpose: "government-work" }],
          links: []
        },
        d("2026-03-02")
      )
      if (!Result.isFailure(r)) throw new Error("expected a decode error")
      expect(r.failure.problems.map((p) => p.path)).toEqual([
        ["networks", 1, "id"],
        ["systems", 0, "network"]
      ])
    })

    it("an extranet without its level is a decode error", () => {
      const r = Validator.decideUnknown(
        Networks.topology,
        { networks: [{ id: "e", kind: "extranet" }], systems: [], links: [] },
        d("2026-03-02")
      )
      expect(Result.isFailure(r)).toBe(true)
    })

    it("a well-formed JSON topology decodes and is decided", () => {
      const r = Validator.decideUnknown(Networks.topology, JSON.parse(JSON.stringify(city)), d("2026-03-02"))
      expect(Result.isSuccess(r) && r.success.outcome).toBe("allowed")
    })
  })
})
