import { describe, expect, it } from "vitest"
import { caveatRule } from "../../src/catalogue/caveats.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Websites from "../../src/websites/index.ts"

const d = LocalDate.make
const decide = (p: Websites.ProposedSiteName, asOf = "2026-03-02") => Validator.decide(Websites.naming, p, d(asOf))
const dept = (name: string, short: string | null): Websites.ProposedSiteName => ({
  kind: "municipal-department",
  name,
  departmentShortName: short
})

describe("websites/naming — sh-gov-website arts 3, 6", () => {
  it("a 2026 portal named 中国上海 is allowed under art 6", () => {
    const x = decide({ kind: "portal", name: "中国上海", departmentShortName: null })
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-gov-website/6"])
  })

  it("a 2026 portal named 上海政府网 is refused under art 6", () => {
    const x = decide({ kind: "portal", name: "上海政府网", departmentShortName: null })
    expect(x.reasons.map((f) => f.rule)).toEqual(["websites/portal-name"])
    expect(x.reasons[0]?.message.en).toBe("the portal is named “中国上海”, not “上海政府网”")
  })

  it("a 2026 education commission site named 上海教育 with the short name 教育 is allowed under art 6", () => {
    const x = decide(dept("上海教育", "教育"))
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.rule)).toEqual(["websites/department-site-name", caveatRule])
  })

  it("a 2026 department site whose name is not 上海 + its short name is refused under art 6", () => {
    const x = decide(dept("上海市教育委员会", "教育"))
    expect(x.outcome).toBe("refused")
    expect(x.reasons[0]).toMatchObject({
      rule: "websites/department-site-name",
      citations: ["sh-gov-website/6"],
      facts: { name: "上海市教育委员会", departmentShortName: "教育" }
    })
    expect(x.reasons[0]?.message.en).toContain("“上海教育”")
  })

  it.each([null, "", "  "])(
    "a 2026 department site with short name %j is refused: the short name is needed",
    (short) => {
      expect(decide(dept("上海", short)).outcome).toBe("refused")
    }
  )

  it("a 2026 department site with spaces around its short name is refused, even if the name matches", () => {
    expect(decide(dept("上海 教育", " 教育")).outcome).toBe("refused")
  })

  it("a 2026 district government site is not applicable: its naming is in the part of art 6 the source cuts off", () => {
    const x = decide({ kind: "district-county-government", name: "上海徐汇", departmentShortName: "徐汇" })
    expect(x.outcome).toBe("not-applicable")
    expect(x.findings.find((f) => f.rule === "websites/department-site-name")?.message.en).toContain("cuts off")
  })

  it("a 2026 site of an organisation outside art 3 para 1 is not applicable, whatever its name", () => {
    const x = decide({ kind: "other", name: "随便", departmentShortName: null })
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons[0]).toMatchObject({ rule: "websites/site-in-scope", citations: ["sh-gov-website/3"] })
  })

  it("in 2000 and 2040 alike the rules apply: the measures' text implies no date of effect, so they are never shown not in force, and every decision says so", () => {
    const early = decide({ kind: "portal", name: "上海", departmentShortName: null }, "2000-01-01")
    expect(early.outcome).toBe("refused")
    expect(early.findings.find((f) => f.rule === caveatRule)?.facts).toMatchObject({
      document: "sh-gov-website",
      notBefore: null
    })
    expect(decide(dept("上海教育", "教育"), "2040-01-01").outcome).toBe("allowed")
  })
})
