import { describe, expect, it } from "vitest"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "./fixtures.ts"

const decide = (patch: Partial<Seals.SealUseRequest>, asOf = "2026-03-02") =>
  Validator.decide(Seals.use, { ...notice, ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("seals/use — xuhui-eseal-2015 arts 2, 4, 7", () => {
  it("a 2026 notice on the internal platform with a valid certificate is allowed, citing arts 2, 4 and sh-digital-cert art 10", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["xuhui-eseal-2015/4", "xuhui-eseal-2015/2", "sh-digital-cert/10"])
  })

  it("a seal used on 2028-01-01 with a certificate valid until 2027-12-31 is refused under art 2; on 2027-12-31 it is allowed", () => {
    const late = decide({}, "2028-01-01")
    expect(reasonRules(late)).toEqual(["seals/certificate-valid"])
    expect(late.reasons[0]?.message.en).toBe("certificate “5A3F00C1” expired on “2027-12-31”")
    expect(decide({}, "2027-12-31").outcome).toBe("allowed")
  })

  it("a seal used on 2023-12-31, before its certificate's validity starts, is refused under art 2", () => {
    expect(reasonRules(decide({}, "2023-12-31"))).toEqual(["seals/certificate-valid"])
  })

  it.each(["revoked", "reported-lost"] as const)(
    "a 2026 seal whose certificate is `%s` is refused under art 2",
    (status) => {
      const x = decide({ certificate: { ...notice.certificate, status } })
      expect(reasonRules(x)).toEqual(["seals/certificate-valid"])
      expect(x.reasons[0]?.citations).toEqual(["xuhui-eseal-2015/2", "sh-digital-cert/10"])
    }
  )

  it("a 2026 contract of a unit outside Xuhui district is not applicable under art 2, whatever else it says", () => {
    const x = decide({ documentKind: "contract", sealOwner: { id: "pd-office" as never, xuhuiDistrictUnit: false } })
    expect(x.outcome).toBe("not-applicable")
    expect(reasonRules(x)).toEqual(["seals/seal-owner-in-scope"])
    expect(x.reasons[0]?.status).toBe("not-applicable")
  })
})
