import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { caveatRule } from "../../src/catalogue/caveats.ts"
import * as Certificates from "../../src/certificates/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import { c001, d, li, officeRegister, person, wang, zhang, zhangRegister } from "./fixtures.ts"

const { Custody } = Certificates
const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("certificates/use — sh-digital-cert arts 10 and 12", () => {
  it("on 2026-03-02 Li, authorised (A1) for document flow, may use the office's C001 for it, citing arts 10 and 12", () => {
    const x = Custody.mayUse(officeRegister, "C001", li, "official-document-flow", d("2026-03-02"))
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-digital-cert/10", "sh-digital-cert/12"])
    expect(x.reasons.find((f) => f.rule === "certificates/use-authorised")?.message.en).toContain("(“A1”)")
  })

  it("on 2026-03-02 Li may not use C001 for an online approval: the authorisation names document flow only (art 12)", () => {
    const x = Custody.mayUse(officeRegister, "C001", li, "online-approval", d("2026-03-02"))
    expect(reasonRules(x)).toEqual(["certificates/use-authorised"])
    expect(x.reasons[0]?.facts).toMatchObject({ authorisations: [{ id: "A1", coverage: "other-purpose" }] })
  })

  it("on 2027-01-01, the day after authorisation A1 ends, Li's use is refused under art 12; on 2026-12-31 it is allowed", () => {
    expect(Custody.mayUse(officeRegister, "C001", li, "official-document-flow", d("2026-12-31")).outcome).toBe(
      "allowed"
    )
    const x = Custody.mayUse(officeRegister, "C001", li, "official-document-flow", d("2027-01-01"))
    expect(reasonRules(x)).toEqual(["certificates/use-authorised"])
    expect(x.reasons[0]?.facts).toMatchObject({ authorisations: [{ id: "A1", coverage: "ended" }] })
  })

  it("on 2025-12-31, the day before A1 starts, Li's use is refused under art 12", () => {
    const x = Custody.mayUse(officeRegister, "C001", li, "official-document-flow", d("2025-12-31"))
    expect(x.reasons[0]?.facts).toMatchObject({ authorisations: [{ id: "A1", coverage: "not-yet-valid" }] })
  })

  it("a 2026 use by Wang, the custodian, is refused under art 12: keeping a unit's certificate is not a right to use it", () => {
    const x = Custody.mayUse(officeRegister, "C001", wang, "official-document-flow", d("2026-03-02"))
    expect(reasonRules(x)).toEqual(["certificates/use-authorised"])
    expect(x.reasons[0]?.message.en).toBe(
      "“p-wang” is not the holder and has no explicit authorisation to use certificate “C001” for official document flow on “2026-03-02”"
    )
  })

  it("after A1 is withdrawn on 2026-06-01, Li's use that day is refused under art 12; the day before it is allowed", () => {
    const r = Custody.withdrawAuthorisation(officeRegister, "A1", d("2026-06-01"))
    expect(Custody.mayUse(r, "C001", li, "official-document-flow", d("2026-05-31")).outcome).toBe("allowed")
    const x = Custody.mayUse(r, "C001", li, "official-document-flow", d("2026-06-01"))
    expect(x.reasons[0]?.facts).toMatchObject({ authorisations: [{ id: "A1", coverage: "withdrawn" }] })
    expect(officeRegister.entries).toHaveLength(3)
  })

  it("a 2026 use by Zhang of Zhang's own certificate is allowed under art 12: the holder needs no authorisation", () => {
    const x = Custody.mayUse(zhangRegister, "Z001", zhang, "electronic-contract", d("2026-03-02"))
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.find((f) => f.rule === "certificates/use-authorised")?.message.en).toBe(
      "“p-zhang” is the certificate's holder"
    )
  })

  it("a 2026 use by Li of Zhang's certificate, lent without authorisation, is refused under art 12; authorised, it is allowed", () => {
    expect(reasonRules(Custody.mayUse(zhangRegister, "Z001", li, "electronic-contract", d("2026-03-02")))).toEqual([
      "certificates/use-authorised"
    ])
    const lent = Custody.authorise(zhangRegister, {
      id: "Z-A1",
      serial: "Z001",
      grantee: li,
      purposes: ["electronic-contract"],
      from: d("2026-03-01"),
      until: d("2026-03-31")
    })
    expect(Custody.mayUse(lent, "Z001", li, "electronic-contract", d("2026-03-02")).outcome).toBe("allowed")
  })

  it("a 2026 use of a certificate the register does not record is refused under art 12", () => {
    const x = Custody.mayUse(officeRegister, "C999", li, "official-document-flow", d("2026-03-02"))
    expect(reasonRules(x)).toEqual(["certificates/use-authorised"])
    expect(x.findings.find((f) => f.rule === "certificates/certificate-valid")?.status).toBe("not-applicable")
  })

  it("a 2026 use of a certificate kept on a non-compliant carrier is refused under art 12", () => {
    const r = Custody.recordCertificate(officeRegister, { ...c001, carrier: { meetsNationalCryptographyRules: false } })
    expect(reasonRules(Custody.mayUse(r, "C001", li, "official-document-flow", d("2026-03-02")))).toEqual([
      "certificates/carrier-compliant"
    ])
  })
})

describe("certificates/unit-custody — sh-digital-cert art 12", () => {
  it("in 2026 the Xuhui office, with two certificates, complete internal rules and a custodian for each, is allowed under art 12", () => {
    const x = Custody.checkUnit(officeRegister, d("2026-03-02"))
    expect(x.outcome).toBe("allowed")
    expect(reasonRules(x)).toEqual(["certificates/internal-rules-complete", "certificates/custodian-named", caveatRule])
  })

  it("in 2026 a unit with two certificates and no internal rules is refused under art 12, naming all five items", () => {
    const x = Custody.checkUnit(Custody.setInternalRules(officeRegister, null), d("2026-03-02"))
    expect(reasonRules(x)).toEqual(["certificates/internal-rules-complete"])
    expect(x.reasons[0]?.facts).toMatchObject({
      missing: ["actual-custodian", "rights-of-use", "purpose", "register", "issuing"]
    })
  })

  it("in 2026 a unit whose internal rules name no register or issuing is refused under art 12", () => {
    const rules = { actualCustodian: true, rightsOfUse: true, purpose: true, register: false, issuing: false }
    const x = Custody.checkUnit(Custody.setInternalRules(officeRegister, rules), d("2026-03-02"))
    expect(x.reasons[0]?.message.zh).toContain("未明确登记、发放")
  })

  it("in 2026 a unit with two certificates, one without a custodian, is refused under art 12", () => {
    const r = {
      ...officeRegister,
      entries: officeRegister.entries.filter((e) => !("serial" in e && e.serial === "C002"))
    }
    const x = Custody.checkUnit(r, d("2026-03-02"))
    expect(reasonRules(x)).toEqual(["certificates/custodian-named"])
    expect(x.reasons[0]?.facts).toMatchObject({ withoutCustodian: ["C002"] })
  })

  it("in 2026 a unit with one certificate in force (the other revoked) needs no internal rules: art 12 asks it of two or more", () => {
    const r = Custody.setInternalRules(Custody.recordCertificate(officeRegister, { ...c001, status: "revoked" }), null)
    expect(Custody.checkUnit(r, d("2026-03-02")).outcome).toBe("not-applicable")
  })

  it("on 2028-01-01, when both certificates have expired, the unit holds none and art 12 is not applicable", () => {
    expect(Custody.checkUnit(Custody.setInternalRules(officeRegister, null), d("2028-01-01")).outcome).toBe(
      "not-applicable"
    )
  })

  it("an individual's register is not applicable: internal rules are asked of units", () => {
    const r = { ...zhangRegister, certificates: [...zhangRegister.certificates, { ...c001, serial: "Z002" }] }
    expect(Custody.checkUnit(r, d("2026-03-02")).outcome).toBe("not-applicable")
  })
})

describe("certificates/handover — sh-digital-cert art 12", () => {
  it("on 2026-04-01 Wang, the custodian, hands C001 to Zhang: allowed under art 12, and Zhang keeps it from that day", () => {
    const r = Custody.handOver(officeRegister, { serial: "C001", from: wang, to: zhang, on: d("2026-04-01") })
    if (Result.isFailure(r)) throw new Error("refused")
    expect(Certificates.Register.custodianOn(r.success, "C001", d("2026-03-31"))).toBe(wang)
    expect(Certificates.Register.custodianOn(r.success, "C001", d("2026-04-01"))).toBe(zhang)
    expect(Certificates.Register.handoversOf(r.success, "C001", d("2026-04-01"))).toHaveLength(1)
  })

  it("on 2026-04-01 Li, who is not the custodian, may not hand C001 over: refused under art 12", () => {
    const r = Custody.handOver(officeRegister, { serial: "C001", from: li, to: zhang, on: d("2026-04-01") })
    if (!Result.isFailure(r)) throw new Error("expected a refusal")
    expect(r.failure.reasons[0]).toMatchObject({
      rule: "certificates/handover-from-custodian",
      citations: ["sh-digital-cert/12"],
      facts: { custodian: "p-wang" }
    })
  })

  it("a 2023 handover, before any custodian was named, is refused under art 12", () => {
    const r = Custody.handOver(officeRegister, { serial: "C001", from: wang, to: zhang, on: d("2023-12-31") })
    expect(Result.isFailure(r)).toBe(true)
  })

  it("a 2026 handover of a certificate the register does not record is refused under art 12", () => {
    const r = Custody.handOver(officeRegister, { serial: "C999", from: wang, to: zhang, on: d("2026-04-01") })
    expect(Result.isFailure(r)).toBe(true)
  })

  it("a person named custodian later takes over: the last entry of a day wins", () => {
    const r = Custody.assignCustodian(officeRegister, "C001", person("p-chen"), d("2024-01-01"))
    expect(Certificates.Register.custodianOn(r, "C001", d("2024-01-01"))).toBe("p-chen")
  })
})
