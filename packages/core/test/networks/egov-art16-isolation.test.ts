import { describe, expect, it } from "vitest"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Topology } from "../../src/networks/model.ts"
import { city, d, extend, id } from "./fixtures.ts"

const decide = (t: Topology, asOf = "2026-03-02") => Validator.decide(Networks.topology, t, d(asOf))
const finding = (t: Topology, rule: string, asOf = "2026-03-02") =>
  decide(t, asOf).findings.find((f) => f.rule === rule)

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("networks/topology — sh-egov-2012 arts 13, 16, 17", () => {
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
        "the internal network reaches the internet: “internal” → “ext-pudong” → “ext-city” → “internet”"
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

  it("on 2012-05-27 a topology joining the internal network to the internet is not applicable; on 2012-05-28 it is refused", () => {
    const t = extend({ links: [{ a: id("internal"), b: id("internet"), isolation: "none" }] })
    expect(decide(t, "2012-05-27").outcome).toBe("not-applicable")
    expect(decide(t, "2012-05-27").reasons[0]?.facts).toMatchObject({
      notInForce: [{ document: "sh-egov-2012", inForceFrom: "2012-05-28" }]
    })
    expect(decide(t, "2012-05-28").outcome).toBe("refused")
  })
})
