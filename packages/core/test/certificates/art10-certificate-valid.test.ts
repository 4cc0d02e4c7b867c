import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import type * as Decision from "../../src/decision/Decision.ts"
import { c001, d, li, officeRegister } from "./fixtures.ts"

const { Custody } = Certificates
const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("certificates/use — sh-digital-cert arts 10 and 12", () => {
  it.each([
    ["revoked", "certificate “C001” is revoked"],
    ["reported-lost", "certificate “C001” is reported lost"]
  ] as const)("a 2026 use of a `%s` certificate by an authorised person is refused under art 10", (status, message) => {
    const r = Custody.recordCertificate(officeRegister, { ...c001, status })
    const x = Custody.mayUse(r, "C001", li, "official-document-flow", d("2026-03-02"))
    expect(reasonRules(x)).toEqual(["certificates/certificate-valid"])
    expect(x.reasons[0]?.message.en).toBe(message)
    expect(x.reasons[0]?.citations).toEqual(["sh-digital-cert/10"])
  })

  it("on 2028-01-01 a certificate that expired on 2027-12-31 is refused under art 10; on 2027-12-31 it is valid", () => {
    const r = Custody.authorise(officeRegister, {
      id: "A2",
      serial: "C001",
      grantee: li,
      purposes: ["official-document-flow"],
      from: d("2027-01-01"),
      until: d("2028-12-31")
    })
    expect(Custody.mayUse(r, "C001", li, "official-document-flow", d("2027-12-31")).outcome).toBe("allowed")
    const x = Custody.mayUse(r, "C001", li, "official-document-flow", d("2028-01-01"))
    expect(reasonRules(x)).toEqual(["certificates/certificate-valid"])
    expect(x.reasons[0]?.message.en).toBe("certificate “C001” expired on “2027-12-31”")
  })
})
