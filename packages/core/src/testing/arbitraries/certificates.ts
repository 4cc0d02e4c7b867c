/**
 * fast-check arbitraries for the certificate model, shipped for users' own
 * property tests. Serials, people and activities come from small pools, so
 * that registers, authorisations and uses do refer to one another; services,
 * applications and fees lean towards the lawful case so both outcomes occur.
 */
import fc from "fast-check"
import { type Activity, activityIds } from "../../certificates/activities.ts"
import type { IssuePayload, LifecycleEvent, RenewPayload } from "../../certificates/lifecycle.ts"
import type {
  AgreementTerm,
  Applicant,
  ApplicantKind,
  Application,
  Carrier,
  CertificateRecord,
  CertificateSnapshot,
  CertificateStatus,
  CertificationService,
  CustodyRegister,
  DisclosureRequest,
  Domain,
  FeeQuery,
  FeeStandard,
  Holder,
  InternalRules,
  Issuance,
  Need,
  PersonId,
  RecognisingAuthority,
  RegisterEntry,
  RequirementQuery,
  ServiceQuery,
  UseQuery
} from "../../certificates/model.ts"
import type { LocalDate } from "../../date/LocalDate.ts"
import type { AgencyId } from "../../machine/Actor.ts"
import { localDate } from "./seals.ts"

export { localDate } from "./seals.ts"

/** Two days in order (`from <= until`). */
export const period: fc.Arbitrary<{ readonly from: LocalDate; readonly until: LocalDate }> = fc
  .tuple(localDate, localDate)
  .map(([a, b]) => (a <= b ? { from: a, until: b } : { from: b, until: a }))

export const domain: fc.Arbitrary<Domain> = fc.constantFrom("e-government", "public-service", "e-commerce")
export const activity: fc.Arbitrary<Activity> = fc.constantFrom(...activityIds)
export const need: fc.Arbitrary<Need> = fc.constantFrom(
  "identity-authentication",
  "authorisation-management",
  "accountability"
)

/** A small pool of activities, so that authorisations' purposes and uses meet. */
export const commonActivity: fc.Arbitrary<Activity> = fc.constantFrom(
  "official-document-flow",
  "online-approval",
  "electronic-contract"
)

export const persons = ["p-wang", "p-li", "p-zhang", "p-chen"] as const
export const personId: fc.Arbitrary<PersonId> = fc.constantFrom(...persons).map((s) => s as PersonId)

export const units = ["xh-office", "xh-finance", "pd-office"] as const
export const unitId: fc.Arbitrary<AgencyId> = fc.constantFrom(...units).map((s) => s as AgencyId)

export const serials = ["C001", "C002", "C003", "C004"] as const
export const serial: fc.Arbitrary<string> = fc.constantFrom(...serials)

export const holder: fc.Arbitrary<Holder> = fc.oneof(
  unitId.map((id): Holder => ({ kind: "unit", id })),
  personId.map((id): Holder => ({ kind: "individual", id }))
)

export const recognisingAuthority: fc.Arbitrary<RecognisingAuthority> = fc.constantFrom(
  "sh-informatization-commission",
  "sh-cryptography-office",
  "sh-state-secrets-bureau"
)

const allRecognised: ReadonlyArray<RecognisingAuthority> = [
  "sh-informatization-commission",
  "sh-cryptography-office",
  "sh-state-secrets-bureau"
]

/** Certification services, half of them fully eligible for every domain. */
export const certificationService: fc.Arbitrary<CertificationService> = fc.oneof(
  fc.constantFrom("ca-shect", "ca-other").map(
    (id): CertificationService => ({
      id: id as AgencyId,
      lawfullyEstablished: true,
      recognisedBy: allRecognised,
      meetsUnifiedRequirements: true
    })
  ),
  fc.record({
    id: fc.constantFrom("ca-shect", "ca-other").map((id) => id as AgencyId),
    lawfullyEstablished: fc.boolean(),
    recognisedBy: fc.uniqueArray(recognisingAuthority, { maxLength: 3 }),
    meetsUnifiedRequirements: fc.boolean()
  })
)

export const serviceQuery: fc.Arbitrary<ServiceQuery> = fc.record({ domain, service: certificationService })

export const requirementQuery: fc.Arbitrary<RequirementQuery> = fc.record({
  activity,
  needs: fc.uniqueArray(need, { maxLength: 3 }),
  usesCertificate: fc.boolean()
})

export const applicantKind: fc.Arbitrary<ApplicantKind> = fc.constantFrom(
  "government-body",
  "authorised-public-organisation",
  "enterprise-or-institution",
  "private-non-enterprise-unit",
  "individual"
)

export const applicant: fc.Arbitrary<Applicant> = fc.oneof(
  fc
    .tuple(
      applicantKind.filter((k) => k !== "individual"),
      unitId
    )
    .map(([kind, id]): Applicant => ({ kind, id })),
  personId.map((id): Applicant => ({ kind: "individual", id }))
)

/** Applications, half of them lawful in every respect art 9 and art 5 ask about. */
export const application: fc.Arbitrary<Application> = fc.oneof(
  fc.record({ unit: unitId, person: fc.option(personId, { nil: null }), domain, service: certificationService }).map(
    ({ unit, person, domain, service }): Application => ({
      applicant: { kind: "government-body", id: unit },
      holder: person === null ? { kind: "unit", id: unit } : { kind: "individual", id: person },
      domain,
      service: { ...service, lawfullyEstablished: true, recognisedBy: allRecognised, meetsUnifiedRequirements: true },
      documentsValid: true
    })
  ),
  fc.record({ applicant, holder, domain, service: certificationService, documentsValid: fc.boolean() })
)

export const carrier: fc.Arbitrary<Carrier> = fc.record({ meetsNationalCryptographyRules: fc.boolean() })

export const feeStandard: fc.Arbitrary<FeeStandard> = fc.record({
  approvedByPriceAuthority: fc.boolean(),
  postedByService: fc.boolean(),
  agreedInServiceAgreement: fc.boolean()
})

export const feeQuery: fc.Arbitrary<FeeQuery> = fc.record({ domain, fee: fc.option(feeStandard, { nil: null }) })

export const issuance: fc.Arbitrary<Issuance> = fc.record({
  serial,
  domain,
  reviewPassed: fc.boolean(),
  agreementSigned: fc.boolean(),
  carrier,
  fee: fc.option(feeStandard, { nil: null })
})

export const certificateStatus: fc.Arbitrary<CertificateStatus> = fc.constantFrom("active", "reported-lost", "revoked")

export const certificateSnapshot: fc.Arbitrary<CertificateSnapshot> = fc
  .record({ serial, status: certificateStatus, period })
  .map(({ serial, status, period }) => ({ serial, status, validFrom: period.from, validUntil: period.until }))

export const certificateRecord: fc.Arbitrary<CertificateRecord> = fc
  .record({ snapshot: certificateSnapshot, domain, compliant: fc.boolean() })
  .map(({ snapshot, domain, compliant }) => ({
    ...snapshot,
    domain,
    carrier: { meetsNationalCryptographyRules: compliant }
  }))

export const internalRules: fc.Arbitrary<InternalRules> = fc.record({
  actualCustodian: fc.boolean(),
  rightsOfUse: fc.boolean(),
  purpose: fc.boolean(),
  register: fc.boolean(),
  issuing: fc.boolean()
})

const authorisationIds = ["A1", "A2", "A3"] as const

export const registerEntry: fc.Arbitrary<RegisterEntry> = fc.oneof(
  fc
    .record({ serial, custodian: personId, on: localDate })
    .map((e): RegisterEntry => ({ type: "custodian-assigned", ...e })),
  fc
    .record({ serial, from: personId, to: personId, on: localDate })
    .map((e): RegisterEntry => ({ type: "handed-over", ...e })),
  fc
    .record({
      id: fc.constantFrom(...authorisationIds),
      serial,
      grantee: personId,
      purposes: fc.uniqueArray(commonActivity, { minLength: 1, maxLength: 3 }),
      period
    })
    .map(
      ({ id, serial, grantee, purposes, period }): RegisterEntry => ({
        type: "authorised",
        id,
        serial,
        grantee,
        purposes: purposes as [Activity, ...Activity[]],
        from: period.from,
        until: period.until
      })
    ),
  fc
    .record({ id: fc.constantFrom(...authorisationIds), on: localDate })
    .map((e): RegisterEntry => ({ type: "authorisation-withdrawn", ...e }))
)

export const custodyRegister: fc.Arbitrary<CustodyRegister> = fc.record({
  holder,
  internalRules: fc.option(internalRules, { nil: null }),
  certificates: fc.uniqueArray(certificateRecord, { selector: (c) => c.serial, maxLength: 4 }),
  entries: fc.array(registerEntry, { maxLength: 10 })
})

/** A use of a certificate, mostly one the register records, by a person of the pool. */
export const useQuery: fc.Arbitrary<UseQuery> = fc.record({
  register: custodyRegister,
  serial,
  user: personId,
  activity: commonActivity
})

export const disclosureRequest: fc.Arbitrary<DisclosureRequest> = fc.record({
  information: fc.constantFrom("holder-identity", "entrusted-key", "other"),
  providedForByLaw: fc.boolean()
})

export const issuePayload: fc.Arbitrary<IssuePayload> = fc
  .record({ serial, period, carrier, fee: fc.option(feeStandard, { nil: null }) })
  .map(({ serial, period, carrier, fee }) => ({
    serial,
    validFrom: period.from,
    validUntil: period.until,
    carrier,
    fee
  }))

export const renewPayload: fc.Arbitrary<RenewPayload> = fc
  .record({ serial, period })
  .map(({ serial, period }) => ({ serial, validFrom: period.from, validUntil: period.until }))

/** What a service agreement sets (art 10): all four terms most often, otherwise any subset. */
export const agreementTerms: fc.Arbitrary<ReadonlyArray<AgreementTerm>> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constant<ReadonlyArray<AgreementTerm>>(["renewal", "loss-report", "revocation", "rights-and-duties"])
  },
  { weight: 1, arbitrary: fc.subarray<AgreementTerm>(["renewal", "loss-report", "revocation", "rights-and-duties"]) }
)

/** Any event of the lifecycle machine, with a well-formed payload. */
export const lifecycleEvent: fc.Arbitrary<LifecycleEvent> = fc.oneof(
  fc.constant<LifecycleEvent>({ type: "review", payload: {} }),
  fc.constant<LifecycleEvent>({ type: "refuse", payload: { reason: "documents incomplete" } }),
  agreementTerms.map((terms): LifecycleEvent => ({ type: "sign-agreement", payload: { reference: "AGR-1", terms } })),
  issuePayload.map((payload): LifecycleEvent => ({ type: "issue", payload })),
  renewPayload.map((payload): LifecycleEvent => ({ type: "renew", payload })),
  fc.constant<LifecycleEvent>({ type: "report-loss", payload: {} }),
  fc.constant<LifecycleEvent>({ type: "withdraw-loss-report", payload: {} }),
  fc.constant<LifecycleEvent>({ type: "revoke", payload: { reason: "key compromised" } })
)
