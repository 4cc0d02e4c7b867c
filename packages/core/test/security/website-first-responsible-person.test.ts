import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { d } from "./fixtures.ts"

const site: Security.WebsiteResponsibility = {
  website: "www.pudong.gov.cn",
  leaderInCharge: "王副区长",
  firstResponsiblePerson: "王副区长",
  responsibleDepartment: "区府办信息中心",
  responsiblePerson: "李科长"
}
const decide = (patch: Partial<Security.WebsiteResponsibility>, asOf = "2026-03-02") =>
  Validator.decide(Security.website, { ...site, ...patch }, d(asOf))

describe("security/website — sh-website-security-2012 management mechanism 1", () => {
  it("a 2026 website whose leader in charge is its first responsible person, with a department and a person, is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.citations)).toEqual([
      ["sh-website-security-2012/1.1.1"],
      ["sh-website-security-2012/1.1.1"]
    ])
  })

  it("a 2026 website whose first responsible person is not its leader in charge is refused", () => {
    const x = decide({ firstResponsiblePerson: "李科长" })
    expect(x.reasons.map((f) => f.rule)).toEqual(["security/website-first-responsible-person"])
    expect(x.reasons[0]?.message.zh).toBe(
      "「www.pudong.gov.cn」安全保障工作的第一责任人应为网站分管领导「王副区长」，而非「李科长」"
    )
  })

  it.each([
    ["leaderInCharge", "names no leader in charge"],
    ["firstResponsiblePerson", "names no first responsible person"]
  ] as const)("a 2026 website with no `%s` is refused", (field, text) => {
    const x = decide({ [field]: null })
    expect(x.reasons[0]?.rule).toBe("security/website-first-responsible-person")
    expect(x.reasons[0]?.message.en).toContain(text)
  })

  it("a 2026 website with no responsible department or person is refused, naming both", () => {
    const x = decide({ responsibleDepartment: null, responsiblePerson: null })
    expect(x.reasons.map((f) => f.rule)).toEqual(["security/website-responsible-department-and-person"])
    expect(x.reasons[0]?.message.zh).toBe("「www.pudong.gov.cn」未确定责任部门和责任人")
  })

  it("on 2012-03-01 the guide is not in force; on 2012-03-02 a website without a first responsible person is refused", () => {
    expect(decide({ firstResponsiblePerson: null }, "2012-03-01").outcome).toBe("not-applicable")
    expect(decide({ firstResponsiblePerson: null }, "2012-03-02").outcome).toBe("refused")
  })
})
