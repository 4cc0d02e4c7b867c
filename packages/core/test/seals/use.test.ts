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

  it.each(["notice", "report", "letter", "other-formal-document"] as const)(
    "a 2026 `%s` may be sealed under art 4",
    (kind) => {
      expect(decide({ documentKind: kind }).outcome).toBe("allowed")
    }
  )

  it.each(["contract", "agreement", "power-of-attorney", "other-instrument-or-material"] as const)(
    "a 2026 `%s` is refused under art 4 only",
    (kind) => {
      const x = decide({ documentKind: kind })
      expect(x.outcome).toBe("refused")
      expect(reasonRules(x)).toEqual(["seals/document-kind-permitted"])
      expect(Decision.citations(x)).toEqual(["xuhui-eseal-2015/4"])
      expect(x.reasons[0]?.facts).toEqual({ documentKind: kind })
      expect(x.reasons[0]?.message.en).toContain(`\`${kind}\``)
    }
  )

  it("a 2026 classified notice is refused under art 4, with the secrecy as the fact used", () => {
    const x = decide({ secrecy: "classified" })
    expect(x.outcome).toBe("refused")
    expect(x.reasons).toHaveLength(1)
    expect(x.reasons[0]).toMatchObject({ rule: "seals/not-classified-or-sensitive", facts: { secrecy: "classified" } })
    expect(x.reasons[0]?.message.zh).toBe("电子印章不得在涉密文件中使用")
  })

  it("a 2026 sensitive notice is refused under art 4", () => {
    expect(reasonRules(decide({ secrecy: "sensitive" }))).toEqual(["seals/not-classified-or-sensitive"])
  })

  it("a 2026 notice sent outside the internal office platform is refused under art 4", () => {
    expect(reasonRules(decide({ channel: "other" }))).toEqual(["seals/on-internal-platform"])
  })

  it("a 2026 contract sent by email that is also classified is refused for all three art 4 reasons", () => {
    const x = decide({ documentKind: "contract", channel: "other", secrecy: "classified" })
    expect(reasonRules(x)).toEqual([
      "seals/document-kind-permitted",
      "seals/on-internal-platform",
      "seals/not-classified-or-sensitive"
    ])
  })

  it("a 2026 joint issue sealed by a co-issuer is refused under art 7; sealed by the lead unit it is allowed", () => {
    const joint = { lead: notice.sealOwner.id, coIssuers: [notice.sealOwner.id] }
    const byCo = decide({ issuers: { lead: "xh-finance" as never, coIssuers: [notice.sealOwner.id] } })
    expect(byCo.outcome).toBe("refused")
    expect(reasonRules(byCo)).toEqual(["seals/lead-unit-seal-on-joint-issue"])
    expect(byCo.reasons[0]?.facts).toMatchObject({ lead: "xh-finance", sealOwner: "xh-office" })
    const byLead = decide({ issuers: joint })
    expect(byLead.outcome).toBe("allowed")
    expect(reasonRules(byLead)).toContain("seals/lead-unit-seal-on-joint-issue")
  })

  it("a single-unit issue leaves the art 7 joint-issue rule not applicable", () => {
    const f = decide({}).findings.find((x) => x.rule === "seals/lead-unit-seal-on-joint-issue")
    expect(f?.status).toBe("not-applicable")
  })

  it("a seal used on 2028-01-01 with a certificate valid until 2027-12-31 is refused under art 2; on 2027-12-31 it is allowed", () => {
    const late = decide({}, "2028-01-01")
    expect(reasonRules(late)).toEqual(["seals/certificate-valid"])
    expect(late.reasons[0]?.message.en).toBe("certificate `5A3F00C1` expired on `2027-12-31`")
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

  it("a 2014 contract is not applicable: the measures took effect on 2015-01-28", () => {
    const x = decide({ documentKind: "contract" }, "2014-06-01")
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons[0]?.facts).toMatchObject({
      notInForce: [{ document: "xuhui-eseal-2015", inForceFrom: "2015-01-28" }]
    })
  })

  it("on 2015-01-27 a contract is not applicable and on 2015-01-28 it is refused", () => {
    expect(decide({ documentKind: "contract" }, "2015-01-27").outcome).toBe("not-applicable")
    expect(decide({ documentKind: "contract" }, "2015-01-28").outcome).toBe("refused")
  })

  it("a decision is plain JSON and survives a round trip unchanged", () => {
    const x = decide({ documentKind: "agreement", secrecy: "sensitive" })
    expect(JSON.parse(JSON.stringify(x))).toEqual(x)
  })
})
