import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Coverage from "../../src/coverage.ts"

describe("sh-e-license coverage", () => {
  it("section 二 is encoded and the five principles are left out with why; none is planned", () => {
    expect(
      Object.fromEntries(Catalogue.articlesOf("sh-e-license").map((a) => [a.id, Coverage.coverageOf(a.id).status]))
    ).toEqual({
      "sh-e-license/1.1": "not-formalised",
      "sh-e-license/1.2": "not-formalised",
      "sh-e-license/1.3": "not-formalised",
      "sh-e-license/1.4": "not-formalised",
      "sh-e-license/1.5": "not-formalised",
      "sh-e-license/2": "encoded"
    })
  })
})
