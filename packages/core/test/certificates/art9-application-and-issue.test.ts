import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, officeApplication, person } from "./fixtures.ts"

const asOf = d("2026-03-02")
const apply = (patch: Partial<Certificates.Application>) =>
  Validator.decide(Certificates.application, { ...officeApplication, ...patch }, asOf)

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)
const issuance: Certificates.Issuance = {
  serial: "C001",
  domain: "e-government",
  reviewPassed: true,
  agreementSigned: true,
  carrier: { meetsNationalCryptographyRules: true },
  fee: { approvedByPriceAuthority: true, postedByService: false, agreedInServiceAgreement: false }
}

const issue = (patch: Partial<Certificates.Issuance>) =>
  Validator.decide(Certificates.issuance, { ...issuance, ...patch }, asOf)

describe("certificates/application — sh-digital-cert arts 9 and 5", () => {
  it("a 2026 central application by the Xuhui office, with valid documents, to an eligible service is allowed under arts 9 and 5", () => {
    const x = apply({})
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-digital-cert/9", "sh-digital-cert/5"])
  })

  it("a 2026 application without lawful, valid documents is refused under art 9", () => {
    const x = apply({ documentsValid: false })
    expect(reasonRules(x)).toEqual(["certificates/valid-documents-provided"])
    expect(x.reasons[0]?.citations).toEqual(["sh-digital-cert/9"])
  })

  it("a 2026 individual applying on their own for an e-government certificate is refused under art 9: the unit applies centrally", () => {
    const x = apply({
      applicant: { kind: "individual", id: "p-wang" },
      holder: { kind: "individual", id: person("p-wang") }
    })
    expect(reasonRules(x)).toEqual(["certificates/applied-centrally-by-unit"])
    expect(x.reasons[0]?.message.zh).toContain("应当由单位集中办理")
  })

  it("a 2026 individual applying on their own for a public-service certificate is refused under art 9 too", () => {
    expect(reasonRules(apply({ applicant: { kind: "individual", id: "p-wang" }, domain: "public-service" }))).toEqual([
      "certificates/applied-centrally-by-unit"
    ])
  })

  it("a 2026 unit applying centrally for a staff member's e-government certificate is allowed under art 9", () => {
    expect(apply({ holder: { kind: "individual", id: person("p-wang") } }).outcome).toBe("allowed")
  })

  it("a 2026 individual may apply for their own e-commerce certificate: central application is not asked (art 9)", () => {
    const x = apply({
      applicant: { kind: "individual", id: "p-zhang" },
      holder: { kind: "individual", id: person("p-zhang") },
      domain: "e-commerce"
    })
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === "certificates/applied-centrally-by-unit")?.status).toBe("not-applicable")
  })

  it("a 2026 e-government application to a service the state secrets bureau has not recognised is refused under art 5", () => {
    const x = apply({ service: { ...officeApplication.service, recognisedBy: ["sh-cryptography-office"] } })
    expect(reasonRules(x)).toEqual(["certificates/service-jointly-recognised"])
  })
})

describe("certificates/issuance — sh-digital-cert arts 9, 11 and 12", () => {
  it("a 2026 issue after a passed review and a signed agreement, on a compliant carrier, at an approved fee is allowed", () => {
    const x = issue({})
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-digital-cert/9", "sh-digital-cert/12", "sh-digital-cert/11"])
  })

  it("a 2026 issue before the review passed is refused under art 9", () => {
    const x = issue({ reviewPassed: false })
    expect(reasonRules(x)).toEqual(["certificates/issued-after-review-and-agreement"])
    expect(x.reasons[0]?.message.en).toBe("the application has not passed review: no certificate may be issued")
  })

  it("a 2026 issue before the service agreement is signed is refused under art 9", () => {
    const x = issue({ agreementSigned: false })
    expect(reasonRules(x)).toEqual(["certificates/issued-after-review-and-agreement"])
    expect(x.reasons[0]?.message.en).toBe("no service agreement is signed: no certificate may be issued")
  })

  it("a 2026 issue onto a carrier that does not meet the national cryptography rules is refused under art 12", () => {
    const x = issue({ carrier: { meetsNationalCryptographyRules: false } })
    expect(reasonRules(x)).toEqual(["certificates/carrier-compliant"])
    expect(x.reasons[0]?.citations).toEqual(["sh-digital-cert/12"])
  })
})
