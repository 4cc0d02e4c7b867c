import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Registry from "../../src/registry.ts"
import { agency, d } from "./fixtures.ts"

interface ApprovalSystem {
  readonly system: string
  readonly owner: string
  readonly level: "district" | "department"
  readonly connectedToMunicipalPlatform: boolean
  readonly electronicSupervision: {
    readonly organ: "municipal" | "district"
    readonly means: ReadonlyArray<"system-docking" | "data-exchange" | "other-means">
  } | null
}
const validator = () => Registry.getValidator("approvals/online-approval-system") as Validator.Validator<ApprovalSystem>
const permits: ApprovalSystem = {
  system: "浦东审批系统",
  owner: agency("pd-gov"),
  level: "district",
  connectedToMunicipalPlatform: true,
  electronicSupervision: { organ: "district", means: ["system-docking", "data-exchange"] }
}
const decide = (patch: Partial<ApprovalSystem>, asOf = "2026-03-02") =>
  Validator.decide(validator(), { ...permits, ...patch }, d(asOf))

describe("sh-egov-2012 arts 18-19: approval systems connect to the municipal platform and are supervised electronically", () => {
  it("a 2026 district approval system connected to the municipal online approval platform and docked with the district supervision organ's system is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => [f.rule, f.citations])).toEqual([
      ["approvals/approval-system-on-municipal-platform", ["sh-egov-2012/18"]],
      ["approvals/approval-system-under-electronic-supervision", ["sh-egov-2012/19"]]
    ])
  })

  it("a 2026 department approval system not connected to the municipal online approval platform is refused under art 18", () => {
    const x = decide({ level: "department", connectedToMunicipalPlatform: false })
    expect(x.reasons.map((f) => f.rule)).toEqual(["approvals/approval-system-on-municipal-platform"])
    expect(x.reasons[0]?.message.zh).toContain("市级网上行政审批服务管理平台")
  })

  it("a 2026 approval system outside the supervision organs' electronic supervision is refused under art 19", () => {
    const x = decide({ electronicSupervision: null })
    expect(x.reasons.map((f) => f.rule)).toEqual(["approvals/approval-system-under-electronic-supervision"])
    expect(x.reasons[0]?.message.zh).toContain("行政审批电子监察系统")
  })

  it("on 2012-05-27 arts 18-19 are not applicable", () => {
    expect(decide({ connectedToMunicipalPlatform: false }, "2012-05-27").outcome).toBe("not-applicable")
  })
})
