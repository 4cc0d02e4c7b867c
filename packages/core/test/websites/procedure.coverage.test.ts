import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Coverage from "../../src/coverage.ts"

describe("sh-gov-website coverage", () => {
  it("every catalogued article is encoded or deliberately left out; none is planned", () => {
    expect(
      Object.fromEntries(
        Catalogue.articlesOf("sh-gov-website").map((a) => [
          a.id.slice(a.id.indexOf("/") + 1),
          Coverage.coverageOf(a.id).status
        ])
      )
    ).toEqual({
      "1": "not-a-rule",
      "2": "not-a-rule",
      "3": "encoded",
      "4": "not-formalised",
      "5": "not-formalised",
      "6": "encoded"
    })
  })
})
