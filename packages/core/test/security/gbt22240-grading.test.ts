import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { d } from "./fixtures.ts"

const request: Security.GradingRequest = {
  system: "pd-oa",
  secrecy: "non-classified",
  businessInformation: [{ object: "citizens-and-organisations", degree: "serious" }],
  systemService: [{ object: "social-order-and-public-interest", degree: "serious" }],
  declaredLevel: 3
}
const decide = (patch: Partial<Security.GradingRequest>, asOf = "2026-03-02") =>
  Validator.decide(Security.grading, { ...request, ...patch }, d(asOf))

describe("security/grading — GB/T 22240-2020, the grading table", () => {
  it.each([
    ["citizens-and-organisations", "general", 1],
    ["citizens-and-organisations", "serious", 2],
    ["citizens-and-organisations", "especially-serious", 2],
    ["social-order-and-public-interest", "general", 2],
    ["social-order-and-public-interest", "serious", 3],
    ["social-order-and-public-interest", "especially-serious", 4],
    ["national-security", "general", 3],
    ["national-security", "serious", 4],
    ["national-security", "especially-serious", 5]
  ] as const)("harm to %s of degree %s gives level %i", (object, degree, level) => {
    expect(Security.levelOf({ object, degree })).toBe(level)
  })

  it("business information and system service are graded separately and the higher wins", () => {
    expect(Security.grade(request)).toMatchObject({
      businessInformation: 2,
      systemService: 3,
      level: 3,
      citations: ["gbt-22240-2020/1", "gbt-22240-2020/2"]
    })
    expect(
      Security.grade({
        businessInformation: [{ object: "national-security", degree: "general" }],
        systemService: [{ object: "citizens-and-organisations", degree: "general" }]
      }).level
    ).toBe(3)
  })

  it("where one aspect harms several objects, the highest of their levels counts", () => {
    expect(
      Security.grade({
        businessInformation: [
          { object: "citizens-and-organisations", degree: "especially-serious" },
          { object: "national-security", degree: "serious" }
        ],
        systemService: [{ object: "citizens-and-organisations", degree: "general" }]
      }).level
    ).toBe(4)
  })

  it("a 2026 system declared level 3 that the table grades level 3 is allowed, with both aspects' levels as facts", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.rule)).toEqual(["security/declared-level-meets-grading"])
    expect(x.reasons[0]?.facts).toMatchObject({ businessInformationLevel: 2, systemServiceLevel: 3, graded: 3 })
    expect(x.reasons[0]?.citations).toEqual(["gbt-22240-2020/1", "gbt-22240-2020/2"])
  })

  it("a 2026 system declared level 2 that the table grades level 3 is refused, citing the grading table", () => {
    const x = decide({ declaredLevel: 2 })
    expect(x.outcome).toBe("refused")
    expect(x.reasons[0]?.message.en).toBe(
      "“pd-oa” is declared level 2, below level 3 that the grading table gives (business information 2, system service 3)"
    )
  })

  it("a 2026 system declared above its grading is allowed: the reference does not forbid protecting more", () => {
    expect(decide({ declaredLevel: 4 }).outcome).toBe("allowed")
  })

  it("a 2026 classified system is not applicable under arts 32 and 34: it comes under classified protection, not this grading", () => {
    const x = decide({ secrecy: "classified", declaredLevel: 1 })
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons[0]).toMatchObject({
      rule: "security/graded-protection-scope",
      citations: ["sh-egov-2012/32", "sh-egov-2012/34"]
    })
  })

  it("on 2020-10-31 the grading is not applicable (GB/T 22240-2020 took effect on 2020-11-01, when it is refused)", () => {
    expect(decide({ declaredLevel: 1 }, "2020-10-31").outcome).toBe("not-applicable")
    expect(decide({ declaredLevel: 1 }, "2020-11-01").outcome).toBe("refused")
  })
})
