import { describe, expect, it } from "vitest"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import { d, proposal } from "./fixtures.ts"

const decide = (patch: Partial<Networks.BusinessNetwork>, asOf: string) =>
  Validator.decide(Networks.businessNetwork, { ...proposal, ...patch }, d(asOf))
const finding = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)

describe("sh-egov-2012 art 15: 除国家另有明确规定外,原则上不再单独新建业务专网 admits exceptions", () => {
  it("a 2015 proposal for a new business private network without a state provision is allowed with an art 15 warning naming the exception", () => {
    const x = decide({}, "2015-06-01")
    expect(x.outcome).toBe("allowed")
    const f = finding(x, "networks/no-new-business-network")
    expect(f).toMatchObject({ status: "violated", severity: "warning", citations: ["sh-egov-2012/15"] })
    expect(f?.facts).toMatchObject({ exception: { provision: "sh-egov-2012/15", zh: "除国家另有明确规定外" } })
    expect(f?.message.zh).toContain("原则上不再单独新建业务专网")
    expect(f?.message.zh).toContain("国家另有明确规定")
  })

  it("a 2015 proposal relying on a state provision satisfies art 15, the provision recorded", () => {
    const x = decide({ stateExemption: { reference: "国家政务外网建设规定" } }, "2015-06-01")
    expect(finding(x, "networks/no-new-business-network")).toMatchObject({
      status: "satisfied",
      facts: { stateExemption: "国家政务外网建设规定" }
    })
  })

  it("a 2021 proposal for a non-classified business private network is still refused, under sh-extranet-2020 art 5 (不得) alone", () => {
    const x = decide({}, "2021-03-01")
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["networks/no-new-non-classified-business-network"])
    expect(finding(x, "networks/no-new-business-network")?.severity).toBe("warning")
  })

  it("a 2021 proposal for a classified business private network is allowed with the art 15 warning: sh-extranet-2020 art 5 speaks of non-classified ones", () => {
    const x = decide({ secrecy: "classified" }, "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/no-new-business-network")?.status).toBe("violated")
  })
})

describe("networks/business-network — sh-egov-2012 art 15, sh-extranet-2020 art 5", () => {
  const decide = (patch: Partial<Networks.BusinessNetwork>, asOf: string) =>
    Validator.decide(Networks.businessNetwork, { ...proposal, ...patch }, d(asOf))

  const status = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)

  it("a 2015 proposal for a private network is allowed with the sh-egov-2012 art 15 warning only", () => {
    const x = decide({}, "2015-06-01")
    expect(x.outcome).toBe("allowed")
    expect(status(x, "networks/no-new-business-network")).toMatchObject({ status: "violated", severity: "warning" })
    expect(status(x, "networks/no-new-non-classified-business-network")?.facts).toMatchObject({
      notInForce: [{ document: "sh-extranet-2020", inForceFrom: "2020-06-15" }]
    })
  })

  it("a proposal on 2012-05-27 is not applicable: sh-egov-2012 took effect on 2012-05-28, when it draws the art 15 warning", () => {
    expect(decide({}, "2012-05-27").outcome).toBe("not-applicable")
    expect(status(decide({}, "2012-05-28"), "networks/no-new-business-network")?.status).toBe("violated")
  })

  it.each(["2015-06-01", "2021-03-01"])(
    "a proposal on %s relying on a state provision is allowed, the provision recorded as the fact used",
    (asOf) => {
      const x = decide({ stateExemption: { reference: "国家另有规定" } }, asOf)
      expect(x.outcome).toBe("allowed")
      expect(x.reasons.every((f) => f.status === "satisfied")).toBe(true)
      expect(x.reasons[0]?.facts).toMatchObject({ stateExemption: "国家另有规定" })
      expect(x.reasons.map((f) => f.rule)).toEqual(
        asOf < "2020-06-15"
          ? ["networks/no-new-business-network"]
          : ["networks/no-new-business-network", "networks/no-new-non-classified-business-network"]
      )
    }
  )

  it("a 2015 existing network with no merger target yet is allowed with an art 15 warning (merging is gradual, with no deadline)", () => {
    const x = decide({ status: "existing" }, "2015-06-01")
    expect(x.outcome).toBe("allowed")
    expect(status(x, "networks/existing-business-network-merged")).toMatchObject({
      status: "violated",
      severity: "warning",
      citations: ["sh-egov-2012/15"]
    })
    expect(status(x, "networks/no-new-business-network")?.status).toBe("not-applicable")
  })
})
