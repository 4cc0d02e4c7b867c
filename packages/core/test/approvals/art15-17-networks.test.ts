import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, municipal, reasonRules } from "./fixtures.ts"

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
    expect(x.findings.find((f) => f.rule === "approvals/no-new-business-network")).toMatchObject({
      status: "violated",
      severity: "warning",
      facts: { exception: { provision: "sh-egov-2012/15" } }
    })
  })

  it("a 2021 project building a new non-classified business network is refused under sh-extranet-2020 art 5 only", () => {
    expect(reasonRules(decide(withNetwork(false), "2021-03-01"))).toEqual([
      "approvals/no-new-non-classified-business-network"
    ])
  })

  it("a 2021 project building a new classified business network is allowed with the art 15 warning", () => {
    expect(decide(withNetwork(true), "2021-03-01").outcome).toBe("allowed")
  })
})
