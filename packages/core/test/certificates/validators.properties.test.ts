import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import type { LocalDate } from "../../src/date/LocalDate.ts"
import * as LocalDateModule from "../../src/date/LocalDate.ts"
import * as Rule from "../../src/decision/Rule.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import type { AnyValidator } from "../../src/procedure.ts"
import * as Seals from "../../src/seals/index.ts"
import * as Arb from "../../src/testing/arbitraries/certificates.ts"
import * as SealArb from "../../src/testing/arbitraries/seals.ts"
import { notice } from "../seals/fixtures.ts"
import { d, li } from "./fixtures.ts"

const m = Certificates.lifecycle
type S = Certificates.LifecycleSnapshot

/** Whether a certificate may sign on a day, written out independently of the SDK (sh-digital-cert art 10 as the SDK reads it). */
const validOn = (c: Certificates.CertificateSnapshot, t: string) =>
  c.status === "active" && c.validFrom <= t && t <= c.validUntil

type Who = "right" | "service" | "applicant" | "holder" | "stranger"
type Kind = Certificates.LifecycleEvent["type"]

/** The party the SDK's actor table names for each event (`right`), or another one. */
const actorFor = (who: Who, kind: Kind, s: S): Actor => {
  const a = s.context.application
  const right: Record<Kind, Exclude<Who, "right">> = {
    review: "service",
    refuse: "service",
    "sign-agreement": "applicant",
    issue: "service",
    renew: "service",
    "report-loss": "holder",
    "withdraw-loss-report": "holder",
    revoke: "service"
  }
  const party = who === "right" ? right[kind] : who
  const roles: Record<Exclude<Who, "right">, [string, string]> = {
    service: [a.service.id, "certification-service"],
    applicant: [a.applicant.id, "applicant"],
    holder: [a.holder.id, "holder"],
    stranger: ["someone-else", "holder"]
  }
  const [agency, role] = roles[party]
  return { agency, role } as Actor
}

const epochDay = (t: LocalDate) => {
  const [y0, m, day] = t.split("-").map(Number) as [number, number, number]
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}
const plusDays = (t: LocalDate, n: number) => LocalDateModule.fromEpochMillis((epochDay(t) + n) * 86_400_000)

/**
 * A lifecycle case: an application and steps on days that only move forward.
 * Steps lean towards the party the actor table names and towards lawful
 * issues, and validity periods are set around the day of issue or renewal,
 * so that cases do reach issue, loss, renewal, expiry and revocation.
 */
const step = fc.record({
  kind: fc.constantFrom<Kind>(
    "review",
    "refuse",
    "sign-agreement",
    "issue",
    "issue",
    "renew",
    "report-loss",
    "withdraw-loss-report",
    "revoke"
  ),
  who: fc.oneof(
    { weight: 4, arbitrary: fc.constant<Who>("right") },
    { weight: 1, arbitrary: fc.constantFrom<Who>("service", "applicant", "holder", "stranger") }
  ),
  advance: fc.integer({ min: 0, max: 500 }),
  lead: fc.integer({ min: -30, max: 30 }),
  span: fc.integer({ min: 0, max: 1200 }),
  serial: Arb.serial,
  terms: Arb.agreementTerms,
  compliant: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  fee: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constant({ approvedByPriceAuthority: true, postedByService: true, agreedInServiceAgreement: false })
    },
    { weight: 1, arbitrary: fc.option(Arb.feeStandard, { nil: null }) }
  )
})

const scenario = fc
  .record({
    application: Arb.application,
    start: Arb.localDate.filter((t) => t >= "2010-01-01" && t <= "2025-12-31"),
    steps: fc.array(step, { minLength: 3, maxLength: 16 })
  })
  .map(({ application, start, steps }) => {
    let day = start
    return {
      application,
      steps: steps.map((x) => {
        day = plusDays(day, x.advance)
        const validity = {
          serial: x.serial,
          validFrom: plusDays(day, x.lead),
          validUntil: plusDays(day, x.lead + x.span)
        }
        const event: Certificates.LifecycleEvent =
          x.kind === "issue"
            ? {
                type: "issue",
                payload: { ...validity, carrier: { meetsNationalCryptographyRules: x.compliant }, fee: x.fee }
              }
            : x.kind === "renew"
              ? { type: "renew", payload: validity }
              : x.kind === "refuse" || x.kind === "revoke"
                ? { type: x.kind, payload: { reason: "a reason" } }
                : x.kind === "sign-agreement"
                  ? { type: x.kind, payload: { reference: "AGR", terms: x.terms } }
                  : { type: x.kind, payload: {} }
        return { event, who: x.who, day }
      })
    }
  })

/** A register in which Li may use the case's certificate for anything, any day: only the certificate itself can stop a use. */
const registerFor = (s: S) => {
  const cert = Certificates.certificateOf(s)
  const empty = Certificates.Custody.empty(s.context.application.holder)
  if (cert === null) return empty
  return Certificates.Custody.authorise(Certificates.Custody.recordCertificate(empty, cert), {
    id: "all",
    serial: cert.serial,
    grantee: li,
    purposes: [...Certificates.activityIds] as [Certificates.Activity, ...Certificates.Activity[]],
    from: d("2000-01-01"),
    until: d("2039-12-31")
  })
}

const run = (
  application: Certificates.Application,
  steps: ReadonlyArray<{ event: Certificates.LifecycleEvent; who: Who; day: LocalDate }>
) => {
  const r = Transition.start(m, Certificates.initialContext(application), d("2000-01-01"))
  if (Result.isFailure(r)) throw new Error("start refused")
  const trace: Array<{ after: S; day: LocalDate; accepted: boolean; event: Certificates.LifecycleEvent }> = []
  let s = r.success
  for (const x of steps) {
    const before = structuredClone(s)
    const result = Transition.transition(m, s, x.event, actorFor(x.who, x.event.type, s), x.day)
    if (result._tag === "Accepted") s = result.snapshot
    else expect(s).toEqual(before)
    trace.push({ after: s, day: x.day, accepted: result._tag === "Accepted", event: x.event })
  }
  return trace
}

describe("certificates/lifecycle invariants", () => {
  const seen = { revoked: 0, expired: 0, usable: 0, lost: 0, sealed: 0 }

  it("no sequence of events lets a revoked or expired certificate be used (art 10): revoked is for ever, and expired stays expired", () => {
    fc.assert(
      fc.property(scenario, ({ application, steps }) => {
        let revokedAt: number | null = null
        let expiredOn: string | null = null
        run(application, steps).forEach(({ after, day }, i) => {
          const use = Certificates.Custody.mayUse(
            registerFor(after),
            Certificates.certificateOf(after)?.serial ?? "none",
            li,
            "online-approval",
            day
          )
          const cert = Certificates.certificateOf(after)
          if (revokedAt !== null) expect(after.state).toBe("revoked")
          if (after.state === "revoked" && revokedAt === null) {
            revokedAt = i
            seen.revoked++
          }
          if (cert !== null && after.state !== "revoked" && day > cert.validUntil && expiredOn === null) {
            expiredOn = day
            seen.expired++
          }
          if (after.state === "reported-lost") seen.lost++
          if (use.outcome === "allowed") {
            seen.usable++
            expect(after.state).toBe("active")
            expect(cert !== null && validOn(cert, day)).toBe(true)
          }
          if (revokedAt !== null || expiredOn !== null) expect(use.outcome).toBe("refused")
        })
      }),
      { numRuns: 3000 }
    )
    // not vacuous: revocations, expiries, losses and allowed uses all occur
    expect(seen.revoked).toBeGreaterThan(10)
    expect(seen.expired).toBeGreaterThan(20)
    expect(seen.lost).toBeGreaterThan(20)
    expect(seen.usable).toBeGreaterThan(20)
  })

  it("the recorded certificate's status always follows the machine's state, and nothing is issued before review and agreement", () => {
    fc.assert(
      fc.property(scenario, ({ application, steps }) => {
        for (const { after } of run(application, steps)) {
          const cert = Certificates.certificateOf(after)
          const expected: Record<Certificates.LifecycleState, string | null> = {
            applied: null,
            reviewed: null,
            "agreement-signed": null,
            refused: null,
            active: "active",
            "reported-lost": "reported-lost",
            revoked: cert === null ? null : "revoked"
          }
          expect(cert?.status ?? null).toBe(expected[after.state])
          if (cert !== null) expect(after.context.agreement).not.toBeNull()
        }
      }),
      { numRuns: 1000 }
    )
  })

  it("no case passes review for an individual's own e-government or public-service application, or issues an e-government or public-service certificate at an unapproved fee (arts 9, 11)", () => {
    fc.assert(
      fc.property(scenario, ({ application, steps }) => {
        for (const { after } of run(application, steps)) {
          if (after.state === "applied" || after.state === "refused") continue
          if (application.domain !== "e-commerce") expect(application.applicant.kind).not.toBe("individual")
          const fee = after.context.fee
          if (fee !== null && application.domain !== "e-commerce") expect(fee.approvedByPriceAuthority).toBe(true)
          if (fee !== null && application.domain === "e-commerce")
            expect(fee.postedByService || fee.agreedInServiceAgreement).toBe(true)
          if (after.context.certificate !== null)
            expect(after.context.certificate.carrier.meetsNationalCryptographyRules).toBe(true)
        }
      }),
      { numRuns: 1000 }
    )
  })

  it("a seal applied with a lifecycle certificate that is not active on the day is always refused (xuhui-eseal-2015 art 2 with sh-digital-cert art 10)", () => {
    fc.assert(
      fc.property(scenario, ({ application, steps }) => {
        for (const { after, day } of run(application, steps)) {
          const cert = Certificates.certificateOf(after)
          if (cert === null || day < "2015-01-28") continue
          const seal = Validator.decide(Seals.use, { ...notice, certificate: cert }, day)
          if (seal.outcome === "allowed") seen.sealed++
          if (!validOn(cert, day)) expect(seal.outcome).toBe("refused")
          else expect(seal.outcome).toBe("allowed")
        }
      }),
      { numRuns: 1000 }
    )
    expect(seen.sealed).toBeGreaterThan(5)
  })
})

describe("certificates/use invariants (art 12)", () => {
  const seen = { byAuthorisation: 0, byHolder: 0, refusedUnauthorised: 0 }
  /** Uses biased towards what the register records: its serials, its grantees and holder, and its days. */
  const usable = (c: Certificates.CertificateRecord): Certificates.CertificateRecord => ({
    ...c,
    status: "active",
    validFrom: d("2000-01-01"),
    validUntil: d("2039-12-31"),
    carrier: { meetsNationalCryptographyRules: true }
  })
  const registers = fc.oneof(
    Arb.custodyRegister,
    Arb.custodyRegister.map((r) => ({ ...r, certificates: r.certificates.map(usable) }))
  )
  const query = registers.chain((register) => {
    const serials = register.certificates.map((c) => c.serial)
    const people = register.entries.flatMap((e) => (e.type === "authorised" ? [e.grantee] : []))
    if (register.holder.kind === "individual") people.push(register.holder.id)
    const days = [
      ...register.entries.flatMap((e) => (e.type === "authorised" ? [e.from, e.until] : [e.on])),
      ...register.certificates.flatMap((c) => [c.validFrom, c.validUntil])
    ]
    const pick = <T>(xs: ReadonlyArray<T>, fallback: fc.Arbitrary<T>) =>
      xs.length === 0
        ? fallback
        : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...xs) }, { weight: 1, arbitrary: fallback })
    return fc.tuple(
      fc.record({
        register: fc.constant(register),
        serial: pick(serials, Arb.serial),
        user: pick(people, Arb.personId),
        activity: Arb.commonActivity
      }),
      pick(days, Arb.localDate)
    )
  })

  it("use without a valid authorisation by anyone but the holder is always refused; with one, only the certificate can stop it", () => {
    fc.assert(
      fc.property(query, ([q, t]) => {
        const x = Validator.decide(Certificates.use, q, t)
        const isHolder = q.register.holder.kind === "individual" && q.register.holder.id === q.user
        const withdrawn = (id: string) =>
          q.register.entries.some((w) => w.type === "authorisation-withdrawn" && w.id === id && w.on <= t)
        const authorised = q.register.entries.some(
          (e) =>
            e.type === "authorised" &&
            e.serial === q.serial &&
            e.grantee === q.user &&
            e.from <= t &&
            t <= e.until &&
            e.purposes.includes(q.activity) &&
            !withdrawn(e.id)
        )
        const cert = q.register.certificates.find((c) => c.serial === q.serial)
        if (!isHolder && !authorised) {
          expect(x.outcome).toBe("refused")
          expect(x.reasons.map((f) => f.rule)).toContain("certificates/use-authorised")
          seen.refusedUnauthorised++
        }
        const expected =
          cert !== undefined &&
          (isHolder || authorised) &&
          validOn(cert, t) &&
          cert.carrier.meetsNationalCryptographyRules
            ? "allowed"
            : "refused"
        expect(x.outcome).toBe(expected)
        if (x.outcome === "allowed") {
          if (isHolder) seen.byHolder++
          else seen.byAuthorisation++
        }
      }),
      { numRuns: 5000 }
    )
    expect(seen.byAuthorisation).toBeGreaterThan(15)
    expect(seen.byHolder).toBeGreaterThan(20)
    expect(seen.refusedUnauthorised).toBeGreaterThan(100)
  })

  it("a unit holding two or more certificates on a day, without complete internal rules or a custodian for each, is always refused (art 12)", () => {
    let refused = 0
    fc.assert(
      fc.property(Arb.custodyRegister, Arb.localDate, (r, t) => {
        const x = Certificates.Custody.checkUnit(r, t)
        const held = r.certificates.filter((c) => c.status !== "revoked" && t <= c.validUntil)
        if (r.holder.kind !== "unit" || held.length < 2) {
          expect(x.outcome).toBe("not-applicable")
          return
        }
        const complete = r.internalRules !== null && Object.values(r.internalRules).every((v) => v)
        const custodians = held.every((c) => Certificates.Register.custodianOn(r, c.serial, t) !== null)
        expect(x.outcome).toBe(complete && custodians ? "allowed" : "refused")
        if (x.outcome === "refused") refused++
      }),
      { numRuns: 3000 }
    )
    expect(refused).toBeGreaterThan(20)
  })
})

describe("certificates: seals and certificates agree (xuhui-eseal-2015 art 2 with sh-digital-cert art 10)", () => {
  it("the seal rule and the certificate rule give the same finding on every certificate and day", () => {
    fc.assert(
      fc.property(
        Arb.certificateSnapshot,
        Arb.localDate.filter((t) => t >= "2015-01-28"),
        (certificate, t) => {
          const seal = Rule.evaluate(Seals.certificateValid, { certificate }, t)
          const cert = Rule.evaluate(Certificates.certificateValid, { certificate }, t)
          expect(seal.status).toBe(cert.status)
          expect(seal.message).toEqual(cert.message)
          expect(seal.facts).toEqual(cert.facts)
          expect(cert.status === "satisfied").toBe(validOn(certificate, t))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("a seal whose certificate is reported lost or revoked is always refused, by the validator and by the signing machine", () => {
    fc.assert(
      fc.property(
        SealArb.sealUseRequest,
        fc.constantFrom("reported-lost", "revoked") as fc.Arbitrary<"reported-lost" | "revoked">,
        SealArb.localDate,
        (req, status, t) => {
          const certificate = { ...req.certificate, status }
          expect(Validator.decide(Seals.use, { ...req, certificate }, t).outcome).not.toBe("allowed")
          const approved = {
            machine: Seals.signing.id,
            state: "approved" as const,
            context: Seals.initialContext(req),
            version: 2
          }
          const r = Transition.transition(
            Seals.signing,
            approved,
            { type: "apply-seal", payload: { certificate } },
            { agency: req.sealOwner.id, role: "seal-keeper" },
            t
          )
          expect(r._tag).toBe("Refused")
        }
      ),
      { numRuns: 1000 }
    )
  })
})

describe("certificates validators: invariants of arts 5, 6-8, 9, 11 and 13", () => {
  it("an e-government service lacking any of the three recognitions is never allowed (art 5)", () => {
    fc.assert(
      fc.property(Arb.certificationService, (service) => {
        const x = Validator.decide(
          Certificates.serviceEligibility,
          { domain: "e-government", service },
          d("2026-03-02")
        )
        if (service.recognisedBy.length < 3 || !service.lawfullyEstablished || !service.meetsUnifiedRequirements)
          expect(x.outcome).toBe("refused")
        else expect(x.outcome).toBe("allowed")
      })
    )
  })

  it("an e-government or public-service activity that needs a certificate and uses none is refused; e-commerce never is (arts 6-8)", () => {
    fc.assert(
      fc.property(Arb.requirementQuery, Arb.localDate, (q, t) => {
        const x = Validator.decide(Certificates.requirement, q, t)
        const expectation = Certificates.certificateExpectation(q)
        if (expectation === "required" && !q.usesCertificate) expect(x.outcome).toBe("refused")
        else expect(x.outcome).not.toBe("refused")
        if (expectation === "not-asked") expect(x.outcome).toBe("not-applicable")
      }),
      { numRuns: 2000 }
    )
  })

  it("an individual's own application for an e-government or public-service certificate is never allowed (art 9)", () => {
    fc.assert(
      fc.property(Arb.application, (a) => {
        const x = Validator.decide(Certificates.application, a, d("2026-03-02"))
        if (a.applicant.kind === "individual" && a.domain !== "e-commerce") expect(x.outcome).toBe("refused")
      }),
      { numRuns: 2000 }
    )
  })

  it("an e-government or public-service fee without the price authority's approval is never allowed (art 11)", () => {
    fc.assert(
      fc.property(Arb.feeQuery, (q) => {
        const x = Validator.decide(Certificates.fee, q, d("2026-03-02"))
        if (q.fee === null) expect(x.outcome).toBe("not-applicable")
        else if (q.domain !== "e-commerce")
          expect(x.outcome).toBe(q.fee.approvedByPriceAuthority ? "allowed" : "refused")
        else expect(x.outcome).toBe(q.fee.postedByService || q.fee.agreedInServiceAgreement ? "allowed" : "refused")
      }),
      { numRuns: 1000 }
    )
  })

  it("a holder's identity or entrusted key is never disclosed without a law providing for it (art 13)", () => {
    fc.assert(
      fc.property(Arb.disclosureRequest, (q) => {
        const x = Validator.decide(Certificates.disclosure, q, d("2026-03-02"))
        if (q.information !== "other" && !q.providedForByLaw) expect(x.outcome).toBe("refused")
        if (q.information === "other") expect(x.outcome).toBe("not-applicable")
      })
    )
  })

  it("every refusal names a violated rule citing sh-digital-cert, and decisions are deterministic", () => {
    fc.assert(
      fc.property(Arb.useQuery, Arb.issuance, Arb.localDate, (q, i, t) => {
        for (const x of [Validator.decide(Certificates.use, q, t), Validator.decide(Certificates.issuance, i, t)]) {
          expect(x.reasons.length).toBeGreaterThan(0)
          for (const f of x.reasons) expect(f.citations.some((c) => c.startsWith("sh-digital-cert/"))).toBe(true)
          if (x.outcome === "refused") for (const f of x.reasons) expect(f.status).toBe("violated")
        }
        expect(Validator.decide(Certificates.use, structuredClone(q), t)).toEqual(
          Validator.decide(Certificates.use, q, t)
        )
      }),
      { numRuns: 500 }
    )
  })

  it("arbitrary garbage is a decode error for every certificate validator, never a decision or an exception", () => {
    const validators: ReadonlyArray<AnyValidator> = [
      Certificates.serviceEligibility,
      Certificates.requirement,
      Certificates.application,
      Certificates.issuance,
      Certificates.fee,
      Certificates.use,
      Certificates.unitCustody,
      Certificates.handover,
      Certificates.disclosure
    ]
    fc.assert(
      fc.property(fc.anything(), (garbage) => {
        for (const v of validators)
          expect(Result.isFailure(Validator.decideUnknown(v, garbage, d("2026-03-02")))).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})
