import { describe, expect, it } from "vitest"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { agency, d, oa } from "./fixtures.ts"

const decide = (patch: Partial<Security.SystemSecurity>, asOf = "2026-03-02") =>
  Validator.decide(Security.system, { ...oa, ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("security/system — sh-egov-2012 arts 32, 34", () => {
  it("a 2026 system whose operator and users are not named is refused under art 32: responsibility is not clear", () => {
    const x = decide({ operator: null, users: [] })
    expect(reasonRules(x)).toEqual(["security/responsibility-assigned"])
    expect(x.reasons[0]?.facts).toMatchObject({ missing: ["operator", "users"] })
    expect(x.reasons[0]?.message.zh).toBe("「pd-oa」未明确运行、使用单位，信息安全责任不明确")
  })
})

describe("who answers for what — sh-egov-2012 art 32 para 2", () => {
  const parties: Security.Parties = {
    competentAuthority: agency("pd-office"),
    operator: agency("pd-it-center"),
    users: [agency("pd-education"), agency("pd-health")]
  }

  it("for a non-classified system: the competent authority and the operator answer for graded protection and testing, the authority for inspections, the operator for emergencies, each user for its use", () => {
    const table = Security.responsibilities(parties, "non-classified").map((a) => [
      a.duty,
      a.parties.map((p) => `${p.agency}:${p.capacity}`),
      a.citations
    ])
    expect(table).toEqual([
      ["graded-protection", ["pd-office:governs", "pd-it-center:operates"], ["sh-egov-2012/32"]],
      ["security-testing", ["pd-office:governs", "pd-it-center:operates"], ["sh-egov-2012/32"]],
      ["emergency-management", ["pd-it-center:operates"], ["sh-egov-2012/32"]],
      ["security-inspection", ["pd-office:governs"], ["sh-egov-2012/32"]],
      ["secure-use", ["pd-education:uses", "pd-health:uses"], ["sh-egov-2012/32"]]
    ])
  })

  it("for a classified system classified protection takes graded protection's place, citing art 34 too", () => {
    const first = Security.responsibilities(parties, "classified")[0]
    expect(first).toMatchObject({ duty: "classified-protection", citations: ["sh-egov-2012/32", "sh-egov-2012/34"] })
  })

  it("an agency that governs and runs its own system answers for everything but other users' use", () => {
    const self: Security.Parties = {
      competentAuthority: agency("pd-office"),
      operator: agency("pd-office"),
      users: [agency("pd-office")]
    }
    const mine = Security.answersFor(self, "non-classified", agency("pd-office"))
    expect(mine.capacities).toEqual(["governs", "operates", "uses"])
    expect(mine.duties).toEqual(Security.duties("non-classified"))
    expect(Security.answersFor(parties, "non-classified", agency("pd-health"))).toEqual({
      capacities: ["uses"],
      duties: ["secure-use"]
    })
    expect(Security.answersFor(parties, "non-classified", agency("sh-gov-office")).duties).toEqual([])
  })
})
