import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Seals from "../../src/seals/index.ts"
import { notice } from "../seals/fixtures.ts"
import { d, li, officeApplication, unit } from "./fixtures.ts"

const m = Certificates.lifecycle
type S = Certificates.LifecycleSnapshot
type Ev = Certificates.LifecycleEvent
const asOf = d("2026-03-02")
const service: Actor = { agency: unit("ca-shect"), role: "certification-service" }
const applicant: Actor = { agency: unit("xh-office"), role: "applicant" }
const holder: Actor = { agency: unit("xh-office"), role: "holder" }
const approvedFee = { approvedByPriceAuthority: true, postedByService: false, agreedInServiceAgreement: false }
const issuePayload: Certificates.IssuePayload = {
  serial: "C001",
  validFrom: d("2026-03-02"),
  validUntil: d("2027-12-31"),
  carrier: { meetsNationalCryptographyRules: true },
  fee: approvedFee
}

const started = (application = officeApplication): S => {
  const r = Transition.start(m, Certificates.initialContext(application), asOf)
  if (Result.isFailure(r)) throw new Error("start refused")
  return r.success
}
const fire = (s: S, event: Ev, actor: Actor, day = asOf) => Transition.transition(m, s, event, actor, day)
const accepted = (r: ReturnType<typeof fire>): S => {
  if (r._tag !== "Accepted") throw new Error(`refused: ${JSON.stringify(r.decision.reasons)}`)
  return r.snapshot
}
const agreed = (application = officeApplication): S => {
  const s1 = accepted(fire(started(application), { type: "review", payload: {} }, service))
  const signer = { agency: unit(application.applicant.id), role: "applicant" }
  return accepted(
    fire(
      s1,
      {
        type: "sign-agreement",
        payload: { reference: "AGR-2026-001", terms: ["renewal", "loss-report", "revocation", "rights-and-duties"] }
      },
      signer
    )
  )
}
const issued = (): S => accepted(fire(agreed(), { type: "issue", payload: issuePayload }, service))

describe("certificates/lifecycle — sh-digital-cert arts 9-10", () => {
  it("a 2026 application by the Xuhui office goes applied → reviewed → agreement-signed → active, and the certificate is recorded", () => {
    const s = issued()
    expect(s.state).toBe("active")
    expect(s.version).toBe(3)
    expect(Certificates.certificateOf(s)).toEqual({
      serial: "C001",
      status: "active",
      validFrom: "2026-03-02",
      validUntil: "2027-12-31",
      domain: "e-government",
      carrier: { meetsNationalCryptographyRules: true }
    })
    expect(s.context).toMatchObject({ agreement: "AGR-2026-001", fee: approvedFee })
  })

  it("a 2026 review of an individual's own e-government application is refused under art 9, and the case is untouched", () => {
    const s0 = started({ ...officeApplication, applicant: { kind: "individual", id: "p-wang" } })
    const before = structuredClone(s0)
    const r = fire(s0, { type: "review", payload: {} }, service)
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["certificates/applied-centrally-by-unit"])
    expect(s0).toEqual(before)
  })

  it("a 2026 review by a service the three bodies have not jointly recognised is refused under art 5", () => {
    const r = fire(
      started({ ...officeApplication, service: { ...officeApplication.service, recognisedBy: [] } }),
      { type: "review", payload: {} },
      service
    )
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["certificates/service-jointly-recognised"])
  })

  it("the applicant may not review its own application: the certification service reviews (art 9)", () => {
    const r = fire(started(), { type: "review", payload: {} }, applicant)
    expect(r.decision.reasons[0]).toMatchObject({
      rule: "certificates/lifecycle/actor-permitted",
      citations: ["sh-digital-cert/9"],
      facts: { permitted: ["case.service:certification-service"] }
    })
  })

  it("another service may not review an application made to ca-shect", () => {
    expect(fire(started(), { type: "review", payload: {} }, { ...service, agency: unit("ca-other") })._tag).toBe(
      "Refused"
    )
  })

  it("a 2026 application that fails review is refused and final, with its reason", () => {
    const s = accepted(fire(started(), { type: "refuse", payload: { reason: "documents expired" } }, service))
    expect(s).toMatchObject({ state: "refused", context: { rejection: "documents expired" } })
    expect(fire(s, { type: "review", payload: {} }, service).decision.reasons[0]?.rule).toBe(
      "certificates/lifecycle/event-possible"
    )
  })

  it("a certificate cannot be issued before the service agreement is signed (art 9): not possible from `reviewed`", () => {
    const s1 = accepted(fire(started(), { type: "review", payload: {} }, service))
    const r = fire(s1, { type: "issue", payload: issuePayload }, service)
    expect(r.decision.reasons[0]?.rule).toBe("certificates/lifecycle/event-possible")
  })

  it("either party records the signed agreement (art 9: 双方签订), but not the holder as such", () => {
    const s1 = accepted(fire(started(), { type: "review", payload: {} }, service))
    expect(
      fire(
        s1,
        {
          type: "sign-agreement",
          payload: { reference: "A", terms: ["renewal", "loss-report", "revocation", "rights-and-duties"] }
        },
        service
      )._tag
    ).toBe("Accepted")
    expect(
      fire(
        s1,
        {
          type: "sign-agreement",
          payload: { reference: "A", terms: ["renewal", "loss-report", "revocation", "rights-and-duties"] }
        },
        holder
      )._tag
    ).toBe("Refused")
  })

  it("a 2026 issue onto a non-compliant carrier is refused under art 12", () => {
    const r = fire(
      agreed(),
      { type: "issue", payload: { ...issuePayload, carrier: { meetsNationalCryptographyRules: false } } },
      service
    )
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["certificates/carrier-compliant"])
  })

  it("a 2026 e-government issue at a fee the price authority has not approved is refused under art 11", () => {
    const fee = { approvedByPriceAuthority: false, postedByService: true, agreedInServiceAgreement: true }
    const r = fire(agreed(), { type: "issue", payload: { ...issuePayload, fee } }, service)
    expect(r.decision.reasons.map((f) => f.rule)).toEqual(["certificates/fee-approved-by-price-authority"])
    expect(r.decision.reasons[0]?.citations).toEqual(["sh-digital-cert/11"])
  })

  it("a 2026 e-commerce issue at a posted fee is allowed under art 11", () => {
    const ecommerce = {
      ...officeApplication,
      applicant: { kind: "individual" as const, id: "p-zhang" },
      holder: { kind: "individual" as const, id: "p-zhang" as never },
      domain: "e-commerce" as const
    }
    const fee = { approvedByPriceAuthority: false, postedByService: true, agreedInServiceAgreement: false }
    const r = fire(agreed(ecommerce), { type: "issue", payload: { ...issuePayload, fee } }, service)
    expect(r._tag).toBe("Accepted")
  })

  it("on 2026-05-01 the holder reports C001 lost: it may no longer be used, nor seal (art 10 with xuhui-eseal-2015 art 2)", () => {
    const lost = accepted(fire(issued(), { type: "report-loss", payload: {} }, holder, d("2026-05-01")))
    expect(lost.state).toBe("reported-lost")
    const cert = Certificates.certificateOf(lost)
    if (cert === null) throw new Error("no certificate")
    expect(cert.status).toBe("reported-lost")
    const register = Certificates.Custody.authorise(
      Certificates.Custody.recordCertificate(Certificates.Custody.empty(officeApplication.holder), cert),
      {
        id: "A1",
        serial: "C001",
        grantee: li,
        purposes: ["official-document-flow"],
        from: d("2026-01-01"),
        until: d("2027-12-31")
      }
    )
    expect(Certificates.Custody.mayUse(register, "C001", li, "official-document-flow", d("2026-05-02")).outcome).toBe(
      "refused"
    )
    const seal = Validator.decide(Seals.use, { ...notice, certificate: cert }, d("2026-05-02"))
    expect(seal.reasons.map((f) => f.rule)).toEqual(["seals/certificate-valid"])
  })

  it("the unit that applied centrally may report a loss too (art 9), but the certification service may not (the holder keeps it, art 12)", () => {
    const staff = { ...officeApplication, holder: { kind: "individual" as const, id: li } }
    const s = accepted(fire(agreed(staff), { type: "issue", payload: issuePayload }, service))
    expect(fire(s, { type: "report-loss", payload: {} }, applicant)._tag).toBe("Accepted")
    expect(fire(s, { type: "report-loss", payload: {} }, { agency: unit(li), role: "holder" })._tag).toBe("Accepted")
    expect(fire(s, { type: "report-loss", payload: {} }, service)._tag).toBe("Refused")
  })

  it("a loss report withdrawn by the holder on 2026-06-01 makes the certificate active again; after its validity ends it cannot be withdrawn", () => {
    const lost = accepted(fire(issued(), { type: "report-loss", payload: {} }, holder, d("2026-05-01")))
    const back = accepted(fire(lost, { type: "withdraw-loss-report", payload: {} }, holder, d("2026-06-01")))
    expect(back.state).toBe("active")
    expect(Certificates.certificateOf(back)?.status).toBe("active")
    const late = fire(lost, { type: "withdraw-loss-report", payload: {} }, holder, d("2028-01-01"))
    expect(late.decision.reasons.map((f) => f.rule)).toEqual(["certificates/validity-not-ended"])
  })

  it("a renewal on 2027-12-31 extends the validity and records the old serial; on 2028-01-01, after expiry, it is refused under art 10", () => {
    const renewal = { serial: "C001-R1", validFrom: d("2027-12-31"), validUntil: d("2029-12-31") }
    const renewed = accepted(fire(issued(), { type: "renew", payload: renewal }, service, d("2027-12-31")))
    expect(renewed.state).toBe("active")
    expect(Certificates.certificateOf(renewed)).toMatchObject({ serial: "C001-R1", validUntil: "2029-12-31" })
    expect(renewed.context.previousSerials).toEqual(["C001"])
    const late = fire(issued(), { type: "renew", payload: renewal }, service, d("2028-01-01"))
    expect(late.decision.reasons[0]).toMatchObject({
      rule: "certificates/validity-not-ended",
      citations: ["sh-digital-cert/10"]
    })
  })

  it("the holder may not renew: the certification service does (arts 9-10)", () => {
    const renewal = { serial: "C001", validFrom: d("2026-03-02"), validUntil: d("2028-12-31") }
    expect(fire(issued(), { type: "renew", payload: renewal }, holder)._tag).toBe("Refused")
  })

  it("a certificate revoked in 2026 is final: it is never renewed, reported lost or used again", () => {
    const revoked = accepted(fire(issued(), { type: "revoke", payload: { reason: "key compromised" } }, service))
    expect(revoked).toMatchObject({ state: "revoked", context: { revocation: "key compromised" } })
    expect(Certificates.certificateOf(revoked)?.status).toBe("revoked")
    for (const e of [
      { type: "renew", payload: { serial: "C1", validFrom: d("2026-03-02"), validUntil: d("2030-01-01") } },
      { type: "withdraw-loss-report", payload: {} },
      { type: "report-loss", payload: {} }
    ] as const)
      expect(fire(revoked, e as Ev, service).decision.reasons[0]?.rule).toBe("certificates/lifecycle/event-possible")
  })

  it("a certificate reported lost may be revoked by the service", () => {
    const lost = accepted(fire(issued(), { type: "report-loss", payload: {} }, holder))
    expect(accepted(fire(lost, { type: "revoke", payload: { reason: "not found" } }, service)).state).toBe("revoked")
  })

  it("expiry is by date: an active certificate is `expired` from the day after its validUntil", () => {
    const s = issued()
    expect(Certificates.statusOn(s, d("2027-12-31"))).toBe("active")
    expect(Certificates.statusOn(s, d("2028-01-01"))).toBe("expired")
    expect(Certificates.statusOn(agreed(), d("2030-01-01"))).toBe("agreement-signed")
  })

  it("in force unknown: a lifecycle case starts on 2001-01-01 all the same (the measures' text implies no earliest day; their transitions carry the caveat)", () => {
    expect(Result.isSuccess(Transition.start(m, Certificates.initialContext(officeApplication), d("2001-01-01")))).toBe(
      true
    )
  })

  it("an issue payload whose validity ends before it starts is a decode error naming the path, not a decision", () => {
    const bad = Transition.decodeEvent(m, {
      type: "issue",
      payload: { ...issuePayload, validFrom: "2028-01-01", validUntil: "2027-01-01" }
    })
    if (!Result.isFailure(bad)) throw new Error("expected a decode error")
    expect(bad.failure.message).toContain("validFrom")
    const ok = Transition.decodeEvent(m, JSON.parse(JSON.stringify({ type: "issue", payload: issuePayload })))
    expect(Result.isSuccess(ok)).toBe(true)
  })

  it("replaying the accepted events from the initial snapshot gives the same snapshot", () => {
    const steps: Array<[Ev, Actor]> = [
      [{ type: "review", payload: {} }, service],
      [
        {
          type: "sign-agreement",
          payload: { reference: "AGR", terms: ["renewal", "loss-report", "revocation", "rights-and-duties"] }
        },
        applicant
      ],
      [{ type: "issue", payload: issuePayload }, service],
      [{ type: "report-loss", payload: {} }, holder],
      [{ type: "withdraw-loss-report", payload: {} }, holder],
      [
        { type: "renew", payload: { serial: "C002", validFrom: d("2026-03-02"), validUntil: d("2029-01-01") } },
        service
      ],
      [{ type: "revoke", payload: { reason: "left the unit" } }, service]
    ]
    let live = started()
    const log: Array<[Ev, Certificates.LifecycleState]> = []
    for (const [e, a] of steps) {
      const r = fire(live, e, a)
      if (r._tag !== "Accepted") throw new Error(`refused ${e.type}`)
      live = r.snapshot
      log.push([e, r.to])
    }
    expect(log.map(([, to]) => to)).toEqual([
      "reviewed",
      "agreement-signed",
      "active",
      "reported-lost",
      "active",
      "active",
      "revoked"
    ])
    expect(log.reduce((s, [e, to]) => Transition.replay(m, s, e, to), started())).toEqual(live)
  })
})
