import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { localDate } from "../../src/testing/arbitraries/seals.ts"
import * as Arb from "../../src/testing/arbitraries/websites.ts"
import * as Websites from "../../src/websites/index.ts"

describe("websites/naming invariants", () => {
  it("a name is allowed exactly when it is 中国上海 for the portal, or 上海 + a non-empty trimmed short name for a department site (a reference model of art 6)", () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(Arb.proposedSiteName, localDate, (p, asOf) => {
        const short = p.departmentShortName
        const expected =
          p.kind === "other" || p.kind === "district-county-government"
            ? "not-applicable"
            : p.kind === "portal"
              ? p.name === "中国上海"
                ? "allowed"
                : "refused"
              : short !== null && short.length > 0 && short.trim() === short && p.name === `上海${short}`
                ? "allowed"
                : "refused"
        seen.add(`${p.kind} ${expected}`)
        expect(Validator.decide(Websites.naming, p, asOf).outcome).toBe(expected)
      }),
      { numRuns: 3000 }
    )
    for (const k of [
      "portal allowed",
      "portal refused",
      "municipal-department allowed",
      "municipal-department refused"
    ])
      expect(seen).toContain(k)
  })

  it("no department site is ever allowed under a name that does not start with 上海", () => {
    fc.assert(
      fc.property(Arb.proposedSiteName, (p) => {
        if (p.kind === "municipal-department" && !p.name.startsWith("上海"))
          expect(Validator.decide(Websites.naming, p, LocalDate.make("2026-03-02")).outcome).toBe("refused")
      }),
      { numRuns: 1000 }
    )
  })
})
