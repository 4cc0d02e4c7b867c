import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import { agency, d } from "./fixtures.ts"

const unit: Networks.ConnectedUnit = {
  unit: agency("pd-office"),
  network: "extranet",
  managementResponsibility: "区府办信息中心",
  dailyOperation: ["terminal-devices", "applications"]
}
const decide = (patch: Partial<Networks.ConnectedUnit>, asOf = "2026-03-02") =>
  Validator.decide(Networks.connectedUnit, { ...unit, ...patch }, d(asOf))

describe("networks/connected-unit — sh-egov-2012 art 15 para 2", () => {
  it("a 2026 connected unit that holds its management responsibility and runs its terminals and applications is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.citations)).toEqual([["sh-egov-2012/15"], ["sh-egov-2012/15"]])
  })

  it("a 2026 connected unit that names no one holding its management responsibility is refused under art 15", () => {
    const x = decide({ managementResponsibility: null })
    expect(x.reasons.map((f) => f.rule)).toEqual(["networks/connected-unit-management-responsibility"])
  })

  it("a 2026 connected unit that leaves its applications to others is refused under art 15, naming what is missing", () => {
    const x = decide({ dailyOperation: ["terminal-devices"] })
    expect(x.reasons.map((f) => f.rule)).toEqual(["networks/connected-unit-daily-operation"])
    expect(x.reasons[0]?.facts).toMatchObject({ missing: ["applications"] })
    expect(x.reasons[0]?.message.zh).toBe("「pd-office」未做好本单位各类应用的日常运维和保障工作")
  })

  it("in 2011 the duties are not applicable: sh-egov-2012 took effect on 2012-05-28", () => {
    expect(decide({ managementResponsibility: null }, "2011-12-31").outcome).toBe("not-applicable")
  })
})
