import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Topology } from "../../src/networks/model.ts"
import { city, d, extend, id } from "./fixtures.ts"

const decide = (t: Topology, asOf = "2026-03-02") => Validator.decide(Networks.topology, t, d(asOf))
const finding = (t: Topology, rule: string, asOf = "2026-03-02") =>
  decide(t, asOf).findings.find((f) => f.rule === rule)
const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("networks/topology — sh-egov-2012 arts 13, 16, 17", () => {
  it("a 2026 city topology with the internal network physically isolated and one extranet egress is allowed", () => {
    const x = decide(city)
    expect(x.outcome).toBe("allowed")
    expect(x.findings.every((f) => f.status === "satisfied")).toBe(true)
    expect(Decision.citations(x)).toEqual(["sh-egov-2012/16", "sh-egov-2012/13", "sh-egov-2012/34", "sh-egov-2012/17"])
  })

  describe("the internal network is physically isolated from the internet (art 16)", () => {
    it.each(["none", "logical"] as const)(
      "a 2026 internal network linked to the internet with `%s` isolation is refused under art 16",
      (isolation) => {
        const x = decide(extend({ links: [{ a: id("internal"), b: id("internet"), isolation }] }))
        expect(x.outcome).toBe("refused")
        expect(reasonRules(x)).toEqual(["networks/internal-network-physically-isolated"])
        expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/16"])
        expect(x.reasons[0]?.facts).toMatchObject({
          breaches: [{ internal: "internal", path: ["internal", "internet"] }]
        })
      }
    )

    it("a 2026 internal network logically linked to the extranet reaches the internet through it and is refused under art 16", () => {
      const x = decide(extend({ links: [{ a: id("internal"), b: id("ext-pudong"), isolation: "logical" }] }))
      expect(reasonRules(x)).toEqual(["networks/internal-network-physically-isolated"])
      expect(x.reasons[0]?.facts).toMatchObject({
        breaches: [{ path: ["internal", "ext-pudong", "ext-city", "internet"] }]
      })
      expect(x.reasons[0]?.message.en).toBe(
        "the internal network reaches the internet: `internal` → `ext-pudong` → `ext-city` → `internet`"
      )
    })

    it("a classified system dual-homed on the extranet joins the internal network to the internet and is refused", () => {
      const x = decide(extend({ links: [{ a: id("secret-docs"), b: id("ext-city"), isolation: "none" }] }))
      expect(reasonRules(x)).toEqual(["networks/internal-network-physically-isolated"])
      expect(x.reasons[0]?.facts).toMatchObject({
        breaches: [{ path: ["internal", "secret-docs", "ext-city", "internet"] }]
      })
    })

    it("a physically isolated link from the internal network to the internet is allowed", () => {
      const f = finding(
        extend({ links: [{ a: id("internal"), b: id("internet"), isolation: "physical" }] }),
        "networks/internal-network-physically-isolated"
      )
      expect(f?.status).toBe("satisfied")
    })

    it("a topology without an internal network leaves the rule not applicable", () => {
      const t = {
        ...city,
        networks: city.networks.slice(1),
        systems: city.systems.slice(1),
        links: city.links.slice(0, 2)
      }
      expect(finding(t, "networks/internal-network-physically-isolated")?.status).toBe("not-applicable")
    })
  })

  describe("the extranet is logically isolated from the internet (art 16)", () => {
    it("a 2026 extranet joined to the internet without isolation is refused under art 16", () => {
      const x = decide(extend({ links: [{ a: id("ext-pudong"), b: id("internet"), isolation: "none" }] }))
      expect(reasonRules(x)).toEqual(["networks/extranet-logically-isolated"])
      expect(x.reasons[0]?.facts).toMatchObject({
        breaches: [
          { extranet: "ext-city", path: ["ext-city", "ext-pudong", "internet"] },
          { extranet: "ext-pudong", path: ["ext-pudong", "internet"] }
        ]
      })
    })

    it("a 2026 extranet reaching the internet through an unisolated business network is refused under art 16", () => {
      const x = decide(
        extend({
          networks: [{ id: id("bp-tax"), kind: "business-private" }],
          links: [
            { a: id("ext-city"), b: id("bp-tax"), isolation: "none" },
            { a: id("bp-tax"), b: id("internet"), isolation: "none" }
          ]
        })
      )
      expect(reasonRules(x)).toEqual(["networks/extranet-logically-isolated"])
      expect(x.reasons[0]?.facts).toMatchObject({
        breaches: [
          { extranet: "ext-city", path: ["ext-city", "bp-tax", "internet"] },
          { extranet: "ext-pudong", path: ["ext-pudong", "ext-city", "bp-tax", "internet"] }
        ]
      })
    })

    it("the city extranet's logically isolated egress satisfies the rule", () => {
      expect(finding(city, "networks/extranet-logically-isolated")?.status).toBe("satisfied")
    })
  })

  describe("internet egress is concentrated through the extranet (art 16, a warning)", () => {
    it("a 2026 business network with its own internet egress is allowed with a warning under art 16", () => {
      const x = decide(
        extend({
          networks: [{ id: id("bp-tax"), kind: "business-private" }],
          links: [{ a: id("bp-tax"), b: id("internet"), isolation: "logical" }]
        })
      )
      expect(x.outcome).toBe("allowed")
      const f = x.findings.find((y) => y.rule === "networks/internet-egress-through-extranet")
      expect(f).toMatchObject({ status: "violated", severity: "warning", citations: ["sh-egov-2012/16"] })
      expect(f?.facts).toMatchObject({ outside: [{ internet: "internet", from: "bp-tax", kind: "business-private" }] })
    })

    it("a system hosted straight on the internet is an egress outside the extranet", () => {
      const t = extend({
        systems: [
          { id: id("bare-site"), network: id("internet"), secrecy: "non-classified", purpose: "government-work" }
        ]
      })
      expect(finding(t, "networks/internet-egress-through-extranet")?.facts).toMatchObject({
        outside: [{ from: "bare-site", kind: "system" }]
      })
    })

    it("a physically isolated link is no egress; the city's one extranet egress satisfies the rule", () => {
      expect(finding(city, "networks/internet-egress-through-extranet")?.status).toBe("satisfied")
      const none = { ...city, links: city.links.slice(1) }
      expect(finding(none, "networks/internet-egress-through-extranet")?.status).toBe("not-applicable")
    })
  })

  describe("systems on the network for what they handle and do (arts 13, 34)", () => {
    it("a 2026 classified system on the extranet is refused under art 13 (政务外网为非涉密网), and warned under arts 13 and 34", () => {
      const t = extend({
        systems: [{ id: id("secret-hr"), network: id("ext-city"), secrecy: "classified", purpose: "government-work" }]
      })
      const x = decide(t)
      expect(reasonRules(x)).toEqual(["networks/nothing-classified-on-extranet"])
      const warning = finding(t, "networks/classified-system-on-internal-network")
      expect(warning).toMatchObject({ status: "violated", severity: "warning" })
      expect(warning?.citations).toEqual(["sh-egov-2012/13", "sh-egov-2012/34"])
      expect(warning?.facts).toMatchObject({ misplaced: [{ system: "secret-hr", kind: "extranet" }] })
    })

    it("a topology without classified systems leaves the art 34 rule not applicable", () => {
      const t = { ...city, systems: city.systems.slice(1) }
      expect(finding(t, "networks/classified-system-on-internal-network")?.status).toBe("not-applicable")
    })

    it("a 2026 emergency dispatch system on the extranet is allowed with an art 13 warning: the trunked radio network is for it", () => {
      const t = extend({
        systems: [
          {
            id: id("dispatch-2"),
            network: id("ext-city"),
            secrecy: "non-classified",
            purpose: "emergency-command-and-dispatch"
          }
        ]
      })
      const x = decide(t)
      expect(x.outcome).toBe("allowed")
      expect(x.findings.find((f) => f.rule === "networks/system-on-network-for-its-purpose")).toMatchObject({
        status: "violated",
        severity: "warning",
        facts: { misplaced: [{ system: "dispatch-2", expected: "trunked-radio", actual: "extranet" }] }
      })
    })

    it("a 2026 office system on a business private network draws the same art 13 warning; on the extranet it does not", () => {
      const t = extend({
        networks: [{ id: id("bp-tax"), kind: "business-private" }],
        systems: [{ id: id("tax-oa"), network: id("bp-tax"), secrecy: "non-classified", purpose: "government-work" }]
      })
      expect(finding(t, "networks/system-on-network-for-its-purpose")?.status).toBe("violated")
      expect(finding(city, "networks/system-on-network-for-its-purpose")?.status).toBe("satisfied")
    })

    it("classify: classified → internal network, physically isolated; emergency dispatch → trunked radio; otherwise the extranet, logically isolated", () => {
      expect(Networks.classify({ secrecy: "classified", purpose: "emergency-command-and-dispatch" })).toMatchObject({
        network: "internal",
        isolationFromInternet: "physical",
        citations: ["sh-egov-2012/13", "sh-egov-2012/16", "sh-egov-2012/34"]
      })
      expect(Networks.classify({ secrecy: "non-classified", purpose: "emergency-command-and-dispatch" })).toMatchObject(
        {
          network: "trunked-radio",
          isolationFromInternet: "not-stated"
        }
      )
      expect(Networks.classify({ secrecy: "non-classified", purpose: "public-facing" })).toMatchObject({
        network: "extranet",
        isolationFromInternet: "logical",
        citations: ["sh-egov-2012/13", "sh-egov-2012/16", "sh-egov-2012/17"]
      })
      expect(Networks.classify({ secrecy: "non-classified", purpose: "government-work" }).network).toBe("extranet")
    })
  })

  describe("public-facing systems are built on the extranet and served over the internet (art 17)", () => {
    it("a 2026 public-facing system on a business private network is refused under art 17", () => {
      const t = extend({
        networks: [{ id: id("bp-tax"), kind: "business-private" }],
        systems: [{ id: id("tax-portal"), network: id("bp-tax"), secrecy: "non-classified", purpose: "public-facing" }]
      })
      const x = decide(t)
      expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
      expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/17"])
      expect(x.reasons[0]?.facts).toMatchObject({ offExtranet: [{ system: "tax-portal", kind: "business-private" }] })
    })

    it("a 2026 public-facing system on an extranet with no way to the internet is refused under art 17", () => {
      const t: Topology = {
        networks: [{ id: id("ext-jd"), kind: "extranet", level: "district" }],
        systems: [{ id: id("jd-portal"), network: id("ext-jd"), secrecy: "non-classified", purpose: "public-facing" }],
        links: []
      }
      const x = decide(t)
      expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
      expect(x.reasons[0]?.facts).toMatchObject({ offInternet: ["jd-portal"] })
    })

    it("a public-facing system on the city extranet with its logically isolated egress is allowed", () => {
      expect(finding(city, "networks/public-facing-system-on-extranet")?.status).toBe("satisfied")
    })
  })

  it("on 2012-05-27 a topology joining the internal network to the internet is not applicable; on 2012-05-28 it is refused", () => {
    const t = extend({ links: [{ a: id("internal"), b: id("internet"), isolation: "none" }] })
    expect(decide(t, "2012-05-27").outcome).toBe("not-applicable")
    expect(decide(t, "2012-05-27").reasons[0]?.facts).toMatchObject({
      notInForce: [{ document: "sh-egov-2012", inForceFrom: "2012-05-28" }]
    })
    expect(decide(t, "2012-05-28").outcome).toBe("refused")
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
      expect(r.failure.problems[0]?.message).toContain("`nowhere` is not a node of the topology")
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
