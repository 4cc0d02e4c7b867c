import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import type { Topology } from "../../src/networks/model.ts"
import { city, d, extend, id, proposal } from "./fixtures.ts"

const decide = (t: Networks.Topology) => Validator.decide(Networks.topology, t, d("2026-03-02"))
const finding = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)

describe("sh-egov-2012 art 13: the internal network 主要 (mainly) serves classified work; the extranet is a non-classified network", () => {
  it("a 2026 classified system kept on an existing classified business network is allowed with an art 13 warning that names art 34's secrecy rules", () => {
    const t = extend({
      networks: [{ id: id("bp-secret"), kind: "business-private" }],
      systems: [{ id: id("secret-stats"), network: id("bp-secret"), secrecy: "classified", purpose: "government-work" }]
    })
    const x = decide(t)
    expect(x.outcome).toBe("allowed")
    const f = finding(x, "networks/classified-system-on-internal-network")
    expect(f).toMatchObject({ status: "violated", severity: "warning" })
    expect(f?.facts).toMatchObject({ exception: { provision: "sh-egov-2012/34" } })
    expect(f?.message.zh).toContain("主要满足")
    expect(f?.message.zh).toContain("保密规定")
  })

  it("a 2026 classified system on the extranet is still refused: art 13 makes the extranet a non-classified network (政务外网为非涉密网)", () => {
    const t = extend({
      systems: [{ id: id("secret-hr"), network: id("ext-city"), secrecy: "classified", purpose: "government-work" }]
    })
    const x = decide(t)
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["networks/nothing-classified-on-extranet"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/13"])
    expect(x.reasons[0]?.facts).toMatchObject({ onExtranet: [{ id: "secret-hr", what: "system" }] })
  })

  it("a 2015 existing classified business network to go into the trunked radio network is allowed with an art 13 warning: the text does not call that network non-classified", () => {
    const x = Validator.decide(
      Networks.businessNetwork,
      { ...proposal, status: "existing", secrecy: "classified", mergeInto: "trunked-radio" },
      d("2015-06-01")
    )
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/merge-keeps-classified-on-internal")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
  })

  it("a 2015 existing classified business network to go into the extranet is refused under art 13: the extranet is non-classified", () => {
    const x = Validator.decide(
      Networks.businessNetwork,
      { ...proposal, status: "existing", secrecy: "classified", mergeInto: "extranet" },
      d("2015-06-01")
    )
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["networks/nothing-classified-on-extranet"])
  })
})

describe("networks/business-network — sh-egov-2012 art 15, sh-extranet-2020 art 5", () => {
  const decide = (patch: Partial<Networks.BusinessNetwork>, asOf: string) =>
    Validator.decide(Networks.businessNetwork, { ...proposal, ...patch }, d(asOf))

  const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)
  const status = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)

  it("a 2015 existing classified network to go into the extranet is refused under art 13 (the extranet is non-classified), with the arts 13 and 15 warning; into the internal network it is allowed", () => {
    const x = decide({ status: "existing", secrecy: "classified", mergeInto: "extranet" }, "2015-06-01")
    expect(x.outcome).toBe("refused")
    expect(reasonRules(x)).toEqual(["networks/nothing-classified-on-extranet"])
    expect(Decision.citations(x)).toEqual(["sh-egov-2012/13"])
    expect(status(x, "networks/merge-keeps-classified-on-internal")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
    expect(decide({ status: "existing", secrecy: "classified", mergeInto: "internal" }, "2015-06-01").outcome).toBe(
      "allowed"
    )
  })
})

describe("networks/topology — sh-egov-2012 arts 13, 16, 17", () => {
  const decide = (t: Topology, asOf = "2026-03-02") => Validator.decide(Networks.topology, t, d(asOf))
  const finding = (t: Topology, rule: string, asOf = "2026-03-02") =>
    decide(t, asOf).findings.find((f) => f.rule === rule)

  const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

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
})
