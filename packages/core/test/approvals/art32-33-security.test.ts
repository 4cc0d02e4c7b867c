import { describe, expect, it } from "vitest"
import { decideSubmission, findingOf, municipal, reasonRules } from "./fixtures.ts"

const decide = decideSubmission
const finding = findingOf

describe("approvals/submission — security: sh-egov-2012 arts 32-33", () => {
  it("a 2026 project using unlicensed software is refused under art 33, naming the software", () => {
    const x = decide({
      ...municipal,
      software: [
        { name: "数据库", licensed: true },
        { name: "盗版办公软件", licensed: false }
      ]
    })
    expect(reasonRules(x)).toEqual(["security/licensed-software"])
    expect(x.reasons[0]).toMatchObject({ citations: ["sh-egov-2012/33"], facts: { unlicensed: ["盗版办公软件"] } })
    expect(x.reasons[0]?.message.en).toBe("“健康云” uses unlicensed software: “盗版办公软件”")
  })

  it("a 2026 project with licensed software satisfies art 33; one listing none leaves it not applicable", () => {
    expect(finding(decide(municipal), "security/licensed-software")?.status).toBe("satisfied")
    expect(finding(decide({ ...municipal, software: [] }), "security/licensed-software")?.status).toBe("not-applicable")
  })

  it("a 2026 project using an uncertified security product is refused under art 33", () => {
    const x = decide({ ...municipal, securityProducts: [{ name: "杂牌防火墙", certified: false }] })
    expect(reasonRules(x)).toEqual(["security/certified-security-products"])
    expect(x.reasons[0]?.facts).toMatchObject({ uncertified: ["杂牌防火墙"] })
  })

  it("a 2026 project with certified security products satisfies art 33; one listing none leaves it not applicable", () => {
    expect(finding(decide(municipal), "security/certified-security-products")?.status).toBe("satisfied")
    const none = decide({ ...municipal, securityProducts: [] })
    expect(finding(none, "security/certified-security-products")?.status).toBe("not-applicable")
  })

  it("a 2026 non-classified system with no graded protection level is refused under art 32", () => {
    const x = decide({ ...municipal, protection: { gradedLevel: null, classifiedGrade: null } })
    expect(reasonRules(x)).toEqual(["approvals/protection-level-determined"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/32"])
  })

  it("a 2026 classified system with a graded level but no classified protection grade is refused under art 32", () => {
    const classified = {
      ...municipal.system,
      classified: true,
      publicFacing: false,
      builtOn: "internal-network" as const
    }
    const x = decide({ ...municipal, system: classified, protection: { gradedLevel: 3, classifiedGrade: null } })
    expect(reasonRules(x)).toEqual(["approvals/protection-level-determined"])
    const ok = decide({
      ...municipal,
      system: classified,
      protection: { gradedLevel: null, classifiedGrade: "secret" }
    })
    expect(ok.outcome).toBe("allowed")
  })
})
