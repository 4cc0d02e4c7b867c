import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Coverage from "../../src/coverage.ts"
import * as Registry from "../../src/registry.ts"

describe("sh-archive-2005 coverage", () => {
  it("every catalogued article of sh-archive-2005 is encoded or deliberately left out; none is still planned", () => {
    const byStatus = (status: string) =>
      Catalogue.articlesOf("sh-archive-2005")
        .map((a) => a.id)
        .filter((a) => Coverage.coverageOf(a).status === status)
        .map((a) => a.slice(a.indexOf("/") + 1))
    expect(byStatus("planned")).toEqual([])
    expect(byStatus("encoded")).toEqual(["2", "3", "4", "5", "6"])
    expect(byStatus("not-a-rule")).toEqual(["1"])
  })

  it("from sh-archive-2005/4 a reader finds the integrity and seal rules", () => {
    expect(Registry.citing("sh-archive-2005/4").map((r) => r.id)).toEqual([
      "archives/content-unaltered",
      "archives/metadata-unaltered",
      "archives/seal-state-recorded"
    ])
  })
})
