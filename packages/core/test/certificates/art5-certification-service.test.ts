import { describe, expect, it } from "vitest"
import { caveatRule } from "../../src/catalogue/caveats.ts"
import * as Certificates from "../../src/certificates/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, shect } from "./fixtures.ts"

const decide = (
  domain: Certificates.Domain,
  patch: Partial<Certificates.CertificationService> = {},
  asOf = "2026-03-02"
) => Validator.decide(Certificates.serviceEligibility, { domain, service: { ...shect, ...patch } }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("certificates/service-eligibility — sh-digital-cert art 5", () => {
  it("in 2026 a lawful, jointly recognised service built to the unified requirements may serve e-government under art 5", () => {
    const x = decide("e-government")
    expect(x.outcome).toBe("allowed")
    expect(reasonRules(x)).toEqual([
      "certificates/service-lawfully-established",
      "certificates/service-jointly-recognised",
      "certificates/service-meets-unified-requirements",
      caveatRule
    ])
    expect(Decision.citations(x)).toEqual(["sh-digital-cert/5"])
  })

  it("in 2026 a service not lawfully established is refused for every domain under art 5", () => {
    for (const domain of ["e-government", "public-service", "e-commerce"] as const) {
      const x = decide(domain, { lawfullyEstablished: false })
      expect(x.outcome).toBe("refused")
      expect(reasonRules(x)).toEqual(["certificates/service-lawfully-established"])
    }
  })

  it("in 2026 a service lacking the state secrets bureau's recognition is refused for e-government under art 5, naming the missing body", () => {
    const x = decide("e-government", { recognisedBy: ["sh-informatization-commission", "sh-cryptography-office"] })
    expect(reasonRules(x)).toEqual(["certificates/service-jointly-recognised"])
    expect(x.reasons[0]?.facts).toMatchObject({ missing: ["sh-state-secrets-bureau"] })
    expect(x.reasons[0]?.message.zh).toContain("市国家保密局")
  })

  it("in 2026 the same unrecognised service may serve public services and e-commerce: joint recognition is asked of e-government only", () => {
    expect(decide("public-service", { recognisedBy: [] }).outcome).toBe("allowed")
    expect(decide("e-commerce", { recognisedBy: [] }).outcome).toBe("allowed")
    const f = decide("public-service", { recognisedBy: [] }).findings.find(
      (x) => x.rule === "certificates/service-jointly-recognised"
    )
    expect(f?.status).toBe("not-applicable")
  })

  it("in 2026 a system not built to the unified requirements is refused for e-government and public services under art 5, but may serve e-commerce", () => {
    expect(reasonRules(decide("e-government", { meetsUnifiedRequirements: false }))).toEqual([
      "certificates/service-meets-unified-requirements"
    ])
    expect(reasonRules(decide("public-service", { meetsUnifiedRequirements: false }))).toEqual([
      "certificates/service-meets-unified-requirements"
    ])
    expect(decide("e-commerce", { meetsUnifiedRequirements: false }).outcome).toBe("allowed")
  })

  it("in force unknown: a 2001 question is decided all the same, since the measures' own text implies no earliest day, and says so in its caveat", () => {
    const x = decide("e-government", {}, "2001-01-01")
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === caveatRule)?.facts).toMatchObject({ notBefore: null })
    expect(decide("e-government", { lawfullyEstablished: false }, "2001-01-01").outcome).toBe("refused")
  })
})
