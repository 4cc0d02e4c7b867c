import { describe, expect, it } from "vitest"
import * as Catalogue from "../src/catalogue/Catalogue.ts"
import * as Coverage from "../src/coverage.ts"

describe("coverage of the catalogue", () => {
  it("no catalogued article is still planned: each is encoded, not formalised or not a rule, with why", () => {
    const planned = Coverage.coverage().filter((c) => c.coverage.status === "planned")
    expect(planned.map((c) => c.article)).toEqual([])
    for (const { article, coverage } of Coverage.coverage()) {
      if (coverage.status === "not-formalised" || coverage.status === "not-a-rule")
        expect(coverage.reason.length, article).toBeGreaterThan(15)
    }
    expect(Coverage.coverage()).toHaveLength(Catalogue.articles.length)
  })

  it("sh-egov-2012 arts 6, 18 and 19 are encoded", () => {
    for (const a of ["sh-egov-2012/6", "sh-egov-2012/18", "sh-egov-2012/19"])
      expect(Coverage.coverageOf(a).status, a).toBe("encoded")
  })
})
