import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import type { Harm } from "../../src/security/model.ts"
import { localDate } from "../../src/testing/arbitraries/seals.ts"
import * as Arb from "../../src/testing/arbitraries/security.ts"
import { d, level3 } from "./fixtures.ts"

const asOf = d("2026-03-02")
const rank = (h: Harm) => [Arb.harmedObjects.indexOf(h.object), Arb.degrees.indexOf(h.degree)] as const
const noWorse = (a: Harm, b: Harm) => rank(a)[0] <= rank(b)[0] && rank(a)[1] <= rank(b)[1]

/** The five level definitions of GB/T 22240-2020 (gbt-22240-2020/2), encoded apart from the table. */
const byDefinition = (h: Harm): number => {
  const { object: o, degree: g } = h
  if (o === "national-security" && g === "especially-serious") return 5
  if (
    (o === "social-order-and-public-interest" && g === "especially-serious") ||
    (o === "national-security" && g === "serious")
  )
    return 4
  if ((o === "social-order-and-public-interest" && g === "serious") || (o === "national-security" && g === "general"))
    return 3
  if (o === "citizens-and-organisations" && g === "general") return 1
  return 2
}

const allHarms: ReadonlyArray<Harm> = Arb.harmedObjects.flatMap((object) =>
  Arb.degrees.map((degree) => ({ object, degree }))
)

describe("grading invariants (GB/T 22240-2020)", () => {
  it("the grading table agrees with the five level definitions, cell by cell", () => {
    for (const h of allHarms) expect(Security.levelOf(h), `${h.object} × ${h.degree}`).toBe(byDefinition(h))
  })

  it("grading is monotone: a worse harm (object and degree no lower) never yields a lower level", () => {
    let strictlyWorse = 0
    for (const a of allHarms)
      for (const b of allHarms)
        if (noWorse(a, b)) {
          expect(Security.levelOf(a)).toBeLessThanOrEqual(Security.levelOf(b))
          if (a !== b) strictlyWorse++
        }
    expect(strictlyWorse).toBe(27)
  })

  it("a system's level never falls when a harm is added or made worse, and it is the higher of the two aspects", () => {
    fc.assert(
      fc.property(Arb.harms, Arb.harms, Arb.harm, fc.nat(), (bi, ss, extra, i) => {
        const g = Security.grade({ businessInformation: bi, systemService: ss })
        expect(g.level).toBe(Math.max(g.businessInformation, g.systemService))
        expect(Security.grade({ businessInformation: [...bi, extra], systemService: ss }).level).toBeGreaterThanOrEqual(
          g.level
        )
        const k = i % bi.length
        const old = bi[k] as Harm
        const worse = {
          object: rank(extra)[0] > rank(old)[0] ? extra.object : old.object,
          degree: rank(extra)[1] > rank(old)[1] ? extra.degree : old.degree
        }
        const replaced = bi.map((h, j) => (j === k ? worse : h))
        expect(Security.grade({ businessInformation: replaced, systemService: ss }).level).toBeGreaterThanOrEqual(
          g.level
        )
      }),
      { numRuns: 2000 }
    )
  })

  it("a declared level is refused exactly when it is below the graded one (non-classified systems, in force)", () => {
    let refused = 0
    fc.assert(
      fc.property(Arb.gradingRequest, (r) => {
        const x = Validator.decide(Security.grading, r, asOf)
        if (r.secrecy === "classified") {
          expect(x.outcome).toBe("not-applicable")
          return
        }
        const below = r.declaredLevel < Security.grade(r).level
        if (below) refused++
        expect(x.outcome).toBe(below ? "refused" : "allowed")
      }),
      { numRuns: 2000 }
    )
    expect(refused).toBeGreaterThan(100)
  })

  it("arbitrary garbage never throws and never yields a grading decision", () => {
    fc.assert(
      fc.property(fc.anything(), (garbage) => {
        expect(Result.isFailure(Validator.decideUnknown(Security.grading, garbage, asOf))).toBe(true)
      }),
      { numRuns: 1000 }
    )
  })
})

describe("responsibility invariants (sh-egov-2012 art 32)", () => {
  it("every duty of art 32 has at least one responsible party, citing art 32, for any well-formed system", () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(Arb.parties, Arb.secrecy, (p, secrecy) => {
        const table = Security.responsibilities(p, secrecy)
        expect(table.map((a) => a.duty)).toEqual(Security.duties(secrecy))
        for (const a of table) {
          expect(a.parties.length).toBeGreaterThan(0)
          expect(a.citations).toContain("sh-egov-2012/32")
          seen.add(a.duty)
        }
        // every regime art 32 names that applies to the system is among the duties
        for (const r of Security.requiredRegimes(secrecy)) expect(table.some((a) => a.duty === r)).toBe(true)
      }),
      { numRuns: 2000 }
    )
    // both protection regimes and the three common ones all occurred
    expect(seen.size).toBe(6)
  })

  it("every named party answers for something, each user for its own use", () => {
    fc.assert(
      fc.property(Arb.parties, Arb.secrecy, (p, secrecy) => {
        for (const agency of [p.competentAuthority, p.operator, ...p.users])
          expect(Security.answersFor(p, secrecy, agency).duties.length).toBeGreaterThan(0)
        for (const u of p.users) expect(Security.answersFor(p, secrecy, u).duties).toContain("secure-use")
      }),
      { numRuns: 1000 }
    )
  })

  it("a system the responsibility rule accepts is well-formed, so every duty has a party", () => {
    let accepted = 0
    fc.assert(
      fc.property(Arb.systemSecurity, (s) => {
        const f = Validator.decide(Security.system, s, asOf).findings.find(
          (x) => x.rule === "security/responsibility-assigned"
        )
        if (f?.status !== "satisfied") return
        accepted++
        if (s.competentAuthority === null || s.operator === null) throw new Error("accepted without parties")
        const parties = {
          competentAuthority: s.competentAuthority,
          operator: s.operator,
          users: s.users
        } as Security.Parties
        for (const a of Security.responsibilities(parties, s.secrecy)) expect(a.parties.length).toBeGreaterThan(0)
      }),
      { numRuns: 1000 }
    )
    expect(accepted).toBeGreaterThan(100)
  })

  it("a system is allowed exactly when it has its protection regime, the three common regimes and all three parties", () => {
    fc.assert(
      fc.property(
        Arb.systemSecurity,
        localDate.filter((x) => x >= "2012-05-28"),
        (s, day) => {
          const ok =
            Security.requiredRegimes(s.secrecy).every((r) => s.regimes.includes(r)) &&
            s.competentAuthority !== null &&
            s.operator !== null &&
            s.users.length > 0
          expect(Validator.decide(Security.system, s, day).outcome).toBe(ok ? "allowed" : "refused")
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe("account and password invariants", () => {
  it("a role change is refused for separation exactly when the role holds both duties of an incompatible pair", () => {
    fc.assert(
      fc.property(Arb.roleChange, (c) => {
        const f = Validator.decide(Security.roleChange, c, asOf).findings.find(
          (x) => x.rule === "security/role-separates-incompatible-duties"
        )
        const clash = c.incompatibleDuties.some(
          ([a, b]) => a !== b && c.role.duties.includes(a) && c.role.duties.includes(b)
        )
        expect(f?.status).toBe(clash ? "violated" : "satisfied")
      }),
      { numRuns: 2000 }
    )
  })

  it("practice thresholds never refuse: the password policy never changes whether a request is refused", () => {
    fc.assert(
      fc.property(Arb.identificationRequest, (r) => {
        const withDefaults = { ...r, passwords: level3.passwords }
        const refused = (x: typeof r) => Validator.decide(Security.identification, x, asOf).outcome === "refused"
        expect(refused(r)).toBe(refused(withDefaults))
        const f = Validator.decide(Security.identification, r, asOf).findings.find(
          (x) => x.rule === "security/password-thresholds"
        )
        expect(f?.severity).toBe("warning")
        for (const c of f?.citations ?? []) expect(c.startsWith("sh-")).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })
})
