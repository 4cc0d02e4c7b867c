import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Coverage from "../../src/coverage.ts"
import * as Registry from "../../src/registry.ts"

describe("sh-digital-cert coverage", () => {
  it("every article of sh-digital-cert is encoded or deliberately left out, with why; none is still planned", () => {
    const articles = Catalogue.articlesOf("sh-digital-cert").map((a) => a.id)
    expect(articles).toHaveLength(15)
    const byStatus = (status: string) =>
      articles.filter((a) => Coverage.coverageOf(a).status === status).map((a) => a.slice(a.indexOf("/") + 1))
    expect(byStatus("planned")).toEqual([])
    expect(byStatus("encoded")).toEqual(["5", "6", "7", "8", "9", "10", "11", "12", "13"])
    expect(byStatus("not-a-rule")).toEqual(["1", "2", "3"])
    expect(byStatus("not-formalised")).toEqual(["4", "14", "15"])
  })

  it("from sh-digital-cert/12 a reader finds the five custody rules, and from sh-digital-cert/10 the seal rule too", () => {
    expect(Registry.citing("sh-digital-cert/12").map((r) => r.id)).toEqual([
      "certificates/carrier-compliant",
      "certificates/custodian-named",
      "certificates/handover-from-custodian",
      "certificates/internal-rules-complete",
      "certificates/use-authorised"
    ])
    expect(Registry.citing("sh-digital-cert/10").map((r) => r.id)).toContain("seals/certificate-valid")
  })

  it("a certificate rule reused by a validator and a machine guard is listed once, with every user", () => {
    expect(Registry.getRule("certificates/carrier-compliant")?.usedBy).toEqual([
      "certificates/issuance",
      "certificates/use",
      "certificates/lifecycle#carrierCompliant"
    ])
    expect(Registry.getMachine("certificates/lifecycle")).toBeDefined()
  })
})
