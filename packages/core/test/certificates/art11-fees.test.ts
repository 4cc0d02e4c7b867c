import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d } from "./fixtures.ts"

const asOf = d("2026-03-02")
const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("certificates/fee — sh-digital-cert art 11", () => {
  const fee = (domain: Certificates.Domain, f: Partial<Certificates.FeeStandard> | null) =>
    Validator.decide(
      Certificates.fee,
      {
        domain,
        fee:
          f === null
            ? null
            : { approvedByPriceAuthority: false, postedByService: false, agreedInServiceAgreement: false, ...f }
      },
      asOf
    )

  it("a 2026 e-government fee approved by the price authority is allowed under art 11", () => {
    expect(fee("e-government", { approvedByPriceAuthority: true }).outcome).toBe("allowed")
  })

  it("a 2026 public-service fee the service merely posts is refused under art 11: it needs the price authority's approval", () => {
    const x = fee("public-service", { postedByService: true })
    expect(reasonRules(x)).toEqual(["certificates/fee-approved-by-price-authority"])
    expect(x.reasons[0]?.citations).toEqual(["sh-digital-cert/11"])
  })

  it("a 2026 e-commerce fee posted by the service, or agreed in the service agreement, is allowed under art 11", () => {
    expect(fee("e-commerce", { postedByService: true }).outcome).toBe("allowed")
    expect(fee("e-commerce", { agreedInServiceAgreement: true }).outcome).toBe("allowed")
  })

  it("a 2026 e-commerce fee neither posted nor agreed is refused under art 11", () => {
    expect(reasonRules(fee("e-commerce", {}))).toEqual(["certificates/e-commerce-fee-posted-or-agreed"])
  })

  it("a 2026 certificate issued free of charge leaves art 11 not applicable", () => {
    expect(fee("e-government", null).outcome).toBe("not-applicable")
    expect(fee("e-commerce", null).outcome).toBe("not-applicable")
  })
})
