import { describe, expect, it } from "vitest"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import { d, extend, id, proposal } from "./fixtures.ts"

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
