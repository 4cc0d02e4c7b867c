import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Coverage from "../../src/coverage.ts"
import * as Registry from "../../src/registry.ts"

const statusOf = (ids: ReadonlyArray<string>) => Object.fromEntries(ids.map((a) => [a, Coverage.coverageOf(a).status]))

describe("data-sharing coverage", () => {
  it("every catalogued article of sh-public-data-2018 and sh-data-2021 is encoded or deliberately left out; none is planned", () => {
    const ids = [...Catalogue.articlesOf("sh-public-data-2018"), ...Catalogue.articlesOf("sh-data-2021")].map(
      (a) => a.id
    )
    expect(statusOf(ids)).toEqual({
      "sh-public-data-2018/1": "not-a-rule",
      "sh-public-data-2018/2": "encoded",
      "sh-public-data-2018/3": "encoded",
      "sh-public-data-2018/4": "not-formalised",
      "sh-public-data-2018/5": "not-formalised",
      "sh-data-2021/1": "not-a-rule",
      "sh-data-2021/2": "encoded",
      "sh-data-2021/3": "not-a-rule",
      "sh-data-2021/4": "not-formalised"
    })
  })

  it("sh-egov-2012 arts 26-29 (resource sharing) are all decided", () => {
    expect(statusOf(["sh-egov-2012/26", "sh-egov-2012/27", "sh-egov-2012/28", "sh-egov-2012/29"])).toEqual({
      "sh-egov-2012/26": "not-formalised",
      "sh-egov-2012/27": "encoded",
      "sh-egov-2012/28": "encoded",
      "sh-egov-2012/29": "not-formalised"
    })
    expect(Registry.citing("sh-egov-2012/27").map((r) => r.id)).toEqual([
      "data-sharing/basic-database-shared",
      "data-sharing/deferral-of-shared-database",
      "data-sharing/held-by-administrative-organ"
    ])
  })
})
