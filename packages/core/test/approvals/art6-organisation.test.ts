import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Registry from "../../src/registry.ts"
import { agency, d } from "./fixtures.ts"

interface Organisation {
  readonly body: string
  readonly level: "district" | "department"
  readonly responsibleLeader: { readonly name: string; readonly principalLeader: boolean } | null
  readonly responsibleDepartment: string | null
}
const organisation = () => Registry.getValidator("approvals/organisation") as Validator.Validator<Organisation>
const pudong: Organisation = {
  body: agency("pd-gov"),
  level: "district",
  responsibleLeader: { name: "区长", principalLeader: true },
  responsibleDepartment: "区大数据中心"
}
const decide = (patch: Partial<Organisation>, asOf = "2026-03-02") =>
  Validator.decide(organisation(), { ...pudong, ...patch }, d(asOf))

describe("sh-egov-2012 art 6: 实行主要领导负责制,明确责任部门", () => {
  it("a 2026 district whose principal leader answers for its e-government work and which names a responsible department is allowed under art 6", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => [f.rule, f.citations])).toEqual([
      ["approvals/principal-leader-responsible", ["sh-egov-2012/6"]],
      ["approvals/responsible-department-named", ["sh-egov-2012/6"]]
    ])
  })

  it("a 2026 department whose e-government work answers to a deputy, not its principal leader, is refused under art 6", () => {
    const x = decide({ level: "department", responsibleLeader: { name: "副局长", principalLeader: false } })
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["approvals/principal-leader-responsible"])
    expect(x.reasons[0]?.message.zh).toContain("主要领导负责制")
  })

  it("a 2026 district naming no responsible department is refused under art 6", () => {
    expect(decide({ responsibleDepartment: null }).reasons.map((f) => f.rule)).toEqual([
      "approvals/responsible-department-named"
    ])
  })

  it("on 2012-05-27 art 6 is not applicable; on 2012-05-28 it applies", () => {
    expect(decide({ responsibleDepartment: null }, "2012-05-27").outcome).toBe("not-applicable")
    expect(decide({ responsibleDepartment: null }, "2012-05-28").outcome).toBe("refused")
  })
})
