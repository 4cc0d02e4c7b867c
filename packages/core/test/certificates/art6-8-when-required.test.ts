import { describe, expect, it } from "vitest"
import { caveatRule } from "../../src/catalogue/caveats.ts"
import * as Certificates from "../../src/certificates/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d } from "./fixtures.ts"

const decide = (q: Certificates.RequirementQuery, asOf = "2026-03-02") =>
  Validator.decide(Certificates.requirement, q, d(asOf))

const identity = ["identity-authentication"] as const

describe("certificates/requirement — sh-digital-cert arts 6-8", () => {
  it("a 2026 online approval needing identity authentication without a certificate is refused under art 6", () => {
    const x = decide({ activity: "online-approval", needs: [...identity], usesCertificate: false })
    expect(x.outcome).toBe("refused")
    expect(x.reasons.map((f) => f.rule)).toEqual(["certificates/required-in-e-government"])
    expect(x.reasons[0]?.citations).toEqual(["sh-digital-cert/6"])
    expect(x.reasons[0]?.facts).toMatchObject({ listedIn: "sh-digital-cert/6 item 3", domain: "e-government" })
  })

  it("a 2026 document flow with a certificate is allowed under art 6", () => {
    const x = decide({ activity: "official-document-flow", needs: ["accountability"], usesCertificate: true })
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.rule)).toEqual(["certificates/required-in-e-government", caveatRule])
  })

  it("a 2026 online banking service needing authorisation without a certificate is refused under art 7; with one it is allowed", () => {
    const without = decide({ activity: "online-banking", needs: ["authorisation-management"], usesCertificate: false })
    expect(without.reasons.map((f) => f.rule)).toEqual(["certificates/required-in-public-service"])
    expect(without.reasons[0]?.citations).toEqual(["sh-digital-cert/7"])
    expect(
      decide({ activity: "online-banking", needs: ["authorisation-management"], usesCertificate: true }).outcome
    ).toBe("allowed")
  })

  it("a 2026 electronic contract without a certificate is allowed with a warning under art 8: certificates are only encouraged", () => {
    const x = decide({ activity: "electronic-contract", needs: [...identity], usesCertificate: false })
    expect(x.outcome).toBe("allowed")
    expect(x.reasons[0]).toMatchObject({
      rule: "certificates/encouraged-in-e-commerce",
      status: "violated",
      severity: "warning",
      citations: ["sh-digital-cert/8"]
    })
    const withOne = decide({ activity: "electronic-contract", needs: [...identity], usesCertificate: true })
    expect(withOne.reasons[0]?.status).toBe("satisfied")
  })

  it("a 2026 activity needing neither identity, authorisation nor accountability is not applicable under arts 6-8", () => {
    for (const activity of ["online-approval", "online-banking", "electronic-contract"] as const)
      expect(decide({ activity, needs: [], usesCertificate: false }).outcome).toBe("not-applicable")
  })

  it("every listed activity belongs to the domain of the article that lists it, and each article's catch-all is listed", () => {
    const byArticle = {
      "sh-digital-cert/6": "e-government",
      "sh-digital-cert/7": "public-service",
      "sh-digital-cert/8": "e-commerce"
    }
    for (const id of Certificates.activityIds) {
      const a = Certificates.activities[id]
      expect(a.domain).toBe(byArticle[a.article])
    }
    expect(Certificates.activities["other-e-government"].item).toBe(5)
    expect(Certificates.activities["other-public-service"].item).toBe(4)
    expect(Certificates.activities["other-e-commerce"].item).toBe(4)
  })

  it("the expectation helper says required, encouraged or not asked, as arts 6-8 do", () => {
    expect(Certificates.certificateExpectation({ activity: "online-approval", needs: [...identity] })).toBe("required")
    expect(Certificates.certificateExpectation({ activity: "education", needs: [...identity] })).toBe("required")
    expect(Certificates.certificateExpectation({ activity: "electronic-payment", needs: [...identity] })).toBe(
      "encouraged"
    )
    expect(Certificates.certificateExpectation({ activity: "online-approval", needs: [] })).toBe("not-asked")
  })
})
