import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Terms from "../../src/approvals/terms.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, decideSubmission, findingOf, municipal, privateNetwork, reasonRules } from "./fixtures.ts"

type App = Approvals.ProjectApplication
const withNetwork = (classified: boolean): App => ({
  ...municipal,
  newBusinessNetwork: { classified, stateProvision: null }
})
const decide = (app: App, asOf: string) => Validator.decide(Approvals.submission, app, d(asOf))

describe("approvals/submission — sh-egov-2012 art 15's 原则上 admits the exception it names", () => {
  it("a 2015 project building a new business network without a state provision is allowed with an art 15 warning", () => {
    const x = decide(withNetwork(false), "2015-06-01")
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === "networks/no-new-business-network")).toMatchObject({
      status: "violated",
      severity: "warning",
      facts: { exception: { provision: "sh-egov-2012/15" } }
    })
  })

  it("a 2021 project building a new non-classified business network is refused under sh-extranet-2020 art 5 only", () => {
    expect(reasonRules(decide(withNetwork(false), "2021-03-01"))).toEqual([
      "networks/no-new-non-classified-business-network"
    ])
  })

  it("a 2021 project building a new classified business network is allowed with the art 15 warning", () => {
    expect(decide(withNetwork(true), "2021-03-01").outcome).toBe("allowed")
  })
})

describe("approvals/submission — networks: sh-egov-2012 arts 15, 17 and sh-extranet-2020 art 5", () => {
  const decide = decideSubmission
  const finding = findingOf

  it("a 2026 public-facing system on the extranet, served over the internet, is allowed, citing art 17", () => {
    const x = decide(municipal)
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/public-facing-system-on-extranet")).toMatchObject({
      status: "satisfied",
      citations: ["sh-egov-2012/17"]
    })
  })

  it.each(["internal-network", "business-private-network", "other"] as const)(
    "a 2026 public-facing system built on `%s` is refused under art 17 only",
    (builtOn) => {
      const x = decide({ ...municipal, system: { ...municipal.system, builtOn } })
      expect(x.outcome).toBe("refused")
      expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
      expect(x.reasons[0]?.message.en).toContain(`“${Terms.network[builtOn].zh}”`)
    }
  )

  it("a 2026 public-facing system on the extranet that does not serve over the internet is refused under art 17", () => {
    const x = decide({ ...municipal, system: { ...municipal.system, servedOverInternet: false } })
    expect(reasonRules(x)).toEqual(["networks/public-facing-system-on-extranet"])
  })

  it("a 2026 internal system on the internal network is not applicable under art 17", () => {
    const x = decide({
      ...municipal,
      system: { ...municipal.system, publicFacing: false, builtOn: "internal-network" }
    })
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/public-facing-system-on-extranet")?.status).toBe("not-applicable")
  })

  it("a 2015 proposal for a private network is allowed with the sh-egov-2012 art 15 warning only (原则上, except where the state provides otherwise)", () => {
    const x = decide(privateNetwork(), "2015-06-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/no-new-business-network")).toMatchObject({ status: "violated", severity: "warning" })
    expect(finding(x, "networks/no-new-non-classified-business-network")).toMatchObject({
      status: "not-applicable",
      facts: { notInForce: [{ document: "sh-extranet-2020", inForceFrom: "2020-06-15" }] }
    })
  })

  it("a 2021 proposal for a private network is refused under sh-extranet-2020 art 5 (不得), with the art 15 warning beside it", () => {
    const x = decide(privateNetwork(), "2021-03-01")
    expect(reasonRules(x)).toEqual(["networks/no-new-non-classified-business-network"])
    expect(Decision.citations(x)).toEqual(["sh-extranet-2020/5"])
    expect(finding(x, "networks/no-new-business-network")?.status).toBe("violated")
  })

  it("on 2020-06-14 a private network draws the art 15 warning only, and on 2020-06-15 sh-extranet-2020 art 5 refuses it", () => {
    expect(decide(privateNetwork(), "2020-06-14").outcome).toBe("allowed")
    expect(reasonRules(decide(privateNetwork(), "2020-06-15"))).toEqual([
      "networks/no-new-non-classified-business-network"
    ])
  })

  it("a 2021 classified private network draws the art 15 warning only: sh-extranet-2020 art 5 speaks of non-classified ones", () => {
    const x = decide(privateNetwork({ classified: true }), "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/no-new-business-network")?.status).toBe("violated")
    expect(finding(x, "networks/no-new-non-classified-business-network")?.status).toBe("not-applicable")
  })

  it("a 2021 private network resting on a state provision is allowed under both articles, naming the provision", () => {
    const x = decide(privateNetwork({ stateProvision: "国家专网规定" }), "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "networks/no-new-business-network")?.status).toBe("satisfied")
    expect(finding(x, "networks/no-new-non-classified-business-network")?.message.en).toContain("“国家专网规定”")
  })

  it("a 2026 project that builds no business network leaves both network rules not applicable", () => {
    const x = decide(municipal)
    expect(finding(x, "networks/no-new-business-network")?.status).toBe("not-applicable")
    expect(finding(x, "networks/no-new-non-classified-business-network")?.status).toBe("not-applicable")
  })
})
