import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import { d, proposal } from "./fixtures.ts"

const decide = (patch: Partial<Networks.BusinessNetwork>, asOf: string) =>
  Validator.decide(Networks.businessNetwork, { ...proposal, ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)
const status = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)

describe("networks/business-network — sh-egov-2012 art 15, sh-extranet-2020 art 5", () => {
  it("a 2021 proposal for a non-classified private network is refused under sh-extranet-2020 art 5, with the art 15 warning beside it", () => {
    const x = decide({}, "2021-03-01")
    expect(x.outcome).toBe("refused")
    expect(reasonRules(x)).toEqual(["networks/no-new-non-classified-business-network"])
    expect(Decision.citations(x)).toEqual(["sh-extranet-2020/5"])
    expect(x.reasons[0]?.message.zh).toBe("行政机关不得新建非涉密业务专网：「bp-tax」")
    expect(status(x, "networks/no-new-business-network")?.status).toBe("violated")
  })

  it("a proposal on 2020-06-14 draws the art 15 warning only; on 2020-06-15 sh-extranet-2020 art 5 refuses it", () => {
    expect(decide({}, "2020-06-14").outcome).toBe("allowed")
    expect(reasonRules(decide({}, "2020-06-15"))).toEqual(["networks/no-new-non-classified-business-network"])
  })

  it("a 2021 proposal for a classified private network draws the art 15 warning only: sh-extranet-2020 art 5 speaks of non-classified ones", () => {
    const x = decide({ secrecy: "classified" }, "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(status(x, "networks/no-new-business-network")?.status).toBe("violated")
    expect(status(x, "networks/no-new-non-classified-business-network")?.status).toBe("not-applicable")
  })

  it("a 2021 existing non-classified network to go into the extranet satisfies both articles", () => {
    const x = decide({ status: "existing", mergeInto: "extranet" }, "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => [f.rule, f.status])).toEqual([
      ["networks/existing-business-network-merged", "satisfied"],
      ["networks/existing-non-classified-network-into-extranet", "satisfied"]
    ])
  })

  it("a 2021 existing non-classified network to go into the trunked radio network meets art 15 but draws an art 5 warning (in principle, the extranet)", () => {
    const x = decide({ status: "existing", mergeInto: "trunked-radio" }, "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(status(x, "networks/existing-business-network-merged")?.status).toBe("satisfied")
    expect(status(x, "networks/existing-non-classified-network-into-extranet")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
    // in 2015 only sh-egov-2012 applies, which allows any of the three
    expect(
      decide({ status: "existing", mergeInto: "trunked-radio" }, "2015-06-01").findings.filter(
        (f) => f.status === "violated"
      )
    ).toEqual([])
  })

  it("a 2021 state provision covers merging under art 5, whose exemption opens the sentence, but not under art 15, whose exemption is for new networks only", () => {
    const x = decide({ status: "existing", stateExemption: { reference: "国家另有规定" } }, "2021-03-01")
    expect(status(x, "networks/existing-non-classified-network-into-extranet")?.status).toBe("satisfied")
    expect(status(x, "networks/existing-business-network-merged")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
  })
})
