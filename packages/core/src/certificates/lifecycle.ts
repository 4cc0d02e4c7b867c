/**
 * The certificate lifecycle machine (数字证书的申请、发放、更新、挂失、撤销),
 * sh-digital-cert arts 9-10: applied → reviewed → agreement signed → issued
 * (active) → renewed, reported lost or revoked; expiry is by date.
 *
 * What the source gives and what it does not:
 * - Art 9 gives the order (valid documents, review, a signed service
 *   agreement, then issue and fee) and the actors of the first steps: the
 *   applicant (a unit or an individual; for e-government and public services
 *   the unit, centrally) applies, and the certification service reviews and
 *   issues. Both sides sign the agreement, so either may record it; art 10
 *   gives the agreement renewal, loss reporting, revocation and the parties'
 *   rights and duties to set, which the signing checks.
 * - Art 10 names renewal (更新), loss reporting (挂失) and revocation (撤销) but
 *   leaves them, and who does what, to the service agreement and its model
 *   text, which the source does not contain. The SDK's readings:
 *   the service renews and revokes (it is the one that issues, art 9); the
 *   holder reports a loss (it keeps the certificate, art 12), and so may the
 *   unit that applied for it centrally (art 9); the holder may withdraw its
 *   own loss report (the SDK's choice; 解除挂失 is common in service
 *   agreements); a renewal or a withdrawal happens only before the validity
 *   ends — an expired certificate is never brought back. A refused application
 *   and a revoked certificate are final.
 * - Expiry is not an event: a certificate is expired on any day after its
 *   `validUntil` (`statusOn`), and `certificates/certificate-valid` refuses it.
 *
 * For an individual holder, the actor's `agency` is the person's own id.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-digital-cert/5", "sh-digital-cert/9",
 * "sh-digital-cert/10", "sh-digital-cert/11", "sh-digital-cert/12".
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import { LocalDate } from "../date/LocalDate.ts"
import * as Rule from "../decision/Rule.ts"
import type { ActorRule } from "../machine/Actor.ts"
import type { Snapshot } from "../machine/Machine.ts"
import * as Machine from "../machine/Machine.ts"
import {
  serviceJointlyRecognised,
  serviceLawfullyEstablished,
  serviceMeetsUnifiedRequirements
} from "./art5-certification-service.ts"
import {
  appliedCentrallyByUnit,
  issuedAfterReviewAndAgreement,
  validDocumentsProvided
} from "./art9-application-and-issue.ts"
import { validityNotEnded } from "./art10-certificate-valid.ts"
import { agreementSetsLifecycleTerms } from "./art10-service-agreement.ts"
import { eCommerceFeePostedOrAgreed, feeApprovedByPriceAuthority } from "./art11-fees.ts"
import { carrierCompliant } from "./art12-custody.ts"
import {
  AgreementTerm,
  Application,
  Carrier,
  CertificateRecord,
  type CertificateSnapshot,
  FeeStandard,
  Serial,
  type ServiceQuery
} from "./model.ts"

const ordered = <T extends { readonly validFrom: LocalDate; readonly validUntil: LocalDate }>() =>
  Schema.makeFilter(
    (v: T) => v.validFrom <= v.validUntil || `validFrom “${v.validFrom}” is after validUntil “${v.validUntil}”`,
    { expected: "validFrom on or before validUntil" }
  )

const validityFields = { serial: Serial, validFrom: LocalDate, validUntil: LocalDate }

export const IssuePayload = Schema.Struct({
  ...validityFields,
  carrier: Carrier,
  /** The fee standard charged (art 11), or null when nothing is charged. */
  fee: Schema.NullOr(FeeStandard)
}).pipe(Schema.check(ordered<{ validFrom: LocalDate; validUntil: LocalDate }>()))
export type IssuePayload = typeof IssuePayload.Type

/** A renewal (更新) gives the certificate new days of validity and, if the service so issues it, a new serial. */
export const RenewPayload = Schema.Struct(validityFields).pipe(
  Schema.check(ordered<{ validFrom: LocalDate; validUntil: LocalDate }>())
)
export type RenewPayload = typeof RenewPayload.Type

const Empty = Schema.Struct({})
const Reason = Schema.Struct({ reason: Schema.NonEmptyString })
const AgreementPayload = Schema.Struct({
  /** The service agreement's reference (数字证书使用服务协议). */
  reference: Schema.NonEmptyString,
  /** What it sets (art 10); absent only in events recorded before the SDK asked, which the guard refuses. */
  terms: Schema.optionalKey(Schema.Array(AgreementTerm))
})

export const LifecycleContext = Schema.Struct({
  application: Application,
  /** The signed service agreement's reference, once signed. */
  agreement: Schema.NullOr(Schema.NonEmptyString),
  /** What the signed agreement sets (art 10); absent before it is signed, or when signed before the SDK asked. */
  agreementTerms: Schema.optionalKey(Schema.Array(AgreementTerm)),
  /** The certificate once issued; its status follows the machine's state. */
  certificate: Schema.NullOr(CertificateRecord),
  /** The fee standard charged at issue (art 11), if any. */
  fee: Schema.NullOr(FeeStandard),
  rejection: Schema.NullOr(Schema.String),
  revocation: Schema.NullOr(Schema.String),
  /** Serials the certificate had before its renewals, oldest first. */
  previousSerials: Schema.Array(Serial)
})
export type LifecycleContext = typeof LifecycleContext.Type

export type LifecycleEvents = {
  readonly review: typeof Empty.Type
  readonly refuse: typeof Reason.Type
  readonly "sign-agreement": typeof AgreementPayload.Type
  readonly issue: IssuePayload
  readonly renew: RenewPayload
  readonly "report-loss": typeof Empty.Type
  readonly "withdraw-loss-report": typeof Empty.Type
  readonly revoke: typeof Reason.Type
}

/** A typed event of the lifecycle machine: `{ type, payload }`. */
export type LifecycleEvent = Machine.MachineEvent<LifecycleEvents>

export type LifecycleState =
  | "applied"
  | "reviewed"
  | "agreement-signed"
  | "active"
  | "reported-lost"
  | "refused"
  | "revoked"

/** The SDK's names for the parties' roles. */
export const roles = {
  applicant: "applicant",
  certificationService: "certification-service",
  holder: "holder"
} as const

const cite = (...articles: ReadonlyArray<string>) => articles as readonly [ArticleId, ...ArticleId[]]
const art9 = cite("sh-digital-cert/9")
const art9and10 = cite("sh-digital-cert/9", "sh-digital-cert/10")
const art10and12 = cite("sh-digital-cert/10", "sh-digital-cert/12")

const service = (citations: readonly [ArticleId, ...ArticleId[]]): ActorRule => ({
  agency: { kind: "case", ref: "service" },
  role: roles.certificationService,
  citations
})
const applicant = (citations: readonly [ArticleId, ...ArticleId[]]): ActorRule => ({
  agency: { kind: "case", ref: "applicant" },
  role: roles.applicant,
  citations
})
const holder = (citations: readonly [ArticleId, ...ArticleId[]]): ActorRule => ({
  agency: { kind: "case", ref: "holder" },
  role: roles.holder,
  citations
})

type Input = Machine.GuardInput<LifecycleContext, LifecycleEvents>

const onApplication = (rule: Rule.Rule<Application>) => Rule.contramap(rule, (i: Input) => i.context.application)
const onService = (rule: Rule.Rule<ServiceQuery>) =>
  Rule.contramap(
    rule,
    (i: Input): ServiceQuery => ({
      domain: i.context.application.domain,
      service: i.context.application.service
    })
  )

const issued = (i: Input): CertificateSnapshot => {
  if (i.context.certificate === null) throw new Error("no certificate has been issued")
  return i.context.certificate
}
const issuePayload = (i: Input): IssuePayload => {
  if (i.event.type !== "issue") throw new Error(`“${i.event.type}” carries no issue payload`)
  return i.event.payload
}

export const lifecycle = Machine.make<LifecycleState, LifecycleContext, LifecycleEvents>()({
  id: "certificates/lifecycle",
  title: {
    zh: "数字证书的申请、发放、更新、挂失和撤销",
    en: "certificate application, issue, renewal, loss report and revocation"
  },
  citations: art9and10,
  initial: "applied",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ application: Application }),
  initialContext: (input) => initialContext(input.application),
  context: LifecycleContext,
  roles: {
    "certification-service": { zh: "电子认证服务机构", en: "certification service" },
    applicant: { zh: "证书申请单位", en: "applicant" },
    holder: { zh: "证书持有人", en: "certificate holder" }
  },
  states: {
    applied: { description: { zh: "已向电子认证服务机构提出申请", en: "applied to the certification service" } },
    reviewed: { description: { zh: "经审查符合申请条件", en: "reviewed: the application meets the conditions" } },
    "agreement-signed": {
      description: { zh: "双方已签订数字证书使用服务协议", en: "the service agreement is signed" }
    },
    active: { description: { zh: "数字证书已发放，处于有效状态", en: "issued and active" } },
    "reported-lost": { description: { zh: "数字证书已挂失，不得使用", en: "reported lost: it may not be used" } },
    refused: { description: { zh: "申请经审查不符合条件", en: "the application failed review" }, final: true },
    revoked: { description: { zh: "数字证书已撤销，不得再使用", en: "revoked: it never signs again" }, final: true }
  },
  events: {
    review: { description: { zh: "审查通过", en: "pass the review" }, payload: Empty },
    refuse: { description: { zh: "审查不通过", en: "refuse the application" }, payload: Reason },
    "sign-agreement": {
      description: { zh: "签订数字证书使用服务协议", en: "sign the service agreement" },
      payload: AgreementPayload
    },
    issue: {
      description: { zh: "发放数字证书并收取费用", en: "issue the certificate and charge the fee" },
      payload: IssuePayload
    },
    renew: { description: { zh: "更新数字证书", en: "renew the certificate" }, payload: RenewPayload },
    "report-loss": { description: { zh: "挂失数字证书", en: "report the certificate lost" }, payload: Empty },
    "withdraw-loss-report": {
      description: { zh: "解除挂失", en: "withdraw the loss report" },
      payload: Empty
    },
    revoke: { description: { zh: "撤销数字证书", en: "revoke the certificate" }, payload: Reason }
  },
  transitions: [
    {
      from: "applied",
      event: "review",
      to: "reviewed",
      guards: [
        "validDocumentsProvided",
        "appliedCentrallyByUnit",
        "serviceLawfullyEstablished",
        "serviceJointlyRecognised",
        "serviceMeetsUnifiedRequirements"
      ],
      actors: [service(art9)]
    },
    { from: "applied", event: "refuse", to: "refused", guards: [], actors: [service(art9)], action: "recordRejection" },
    {
      from: "reviewed",
      event: "sign-agreement",
      to: "agreement-signed",
      guards: ["agreementSetsLifecycleTerms"],
      actors: [service(art9), applicant(art9)],
      action: "recordAgreement"
    },
    {
      from: "agreement-signed",
      event: "issue",
      to: "active",
      guards: [
        "issuedAfterReviewAndAgreement",
        "carrierCompliant",
        "feeApprovedByPriceAuthority",
        "eCommerceFeePostedOrAgreed"
      ],
      actors: [service(art9)],
      action: "recordIssue"
    },
    {
      from: "active",
      event: "renew",
      to: "active",
      guards: ["validityNotEnded"],
      actors: [service(art9and10)],
      action: "recordRenewal"
    },
    {
      from: "active",
      event: "report-loss",
      to: "reported-lost",
      guards: [],
      actors: [holder(art10and12), applicant(art9and10)],
      action: "markReportedLost"
    },
    {
      from: "reported-lost",
      event: "withdraw-loss-report",
      to: "active",
      guards: ["validityNotEnded"],
      actors: [holder(art10and12)],
      action: "markActive"
    },
    {
      from: "active",
      event: "revoke",
      to: "revoked",
      guards: [],
      actors: [service(art9and10)],
      action: "recordRevocation"
    },
    {
      from: "reported-lost",
      event: "revoke",
      to: "revoked",
      guards: [],
      actors: [service(art9and10)],
      action: "recordRevocation"
    }
  ],
  guards: {
    validDocumentsProvided: onApplication(validDocumentsProvided),
    appliedCentrallyByUnit: onApplication(appliedCentrallyByUnit),
    serviceLawfullyEstablished: onService(serviceLawfullyEstablished),
    serviceJointlyRecognised: onService(serviceJointlyRecognised),
    serviceMeetsUnifiedRequirements: onService(serviceMeetsUnifiedRequirements),
    issuedAfterReviewAndAgreement: Rule.contramap(issuedAfterReviewAndAgreement, (i: Input) => ({
      reviewPassed: true,
      agreementSigned: i.context.agreement !== null
    })),
    carrierCompliant: Rule.contramap(carrierCompliant, (i: Input) => {
      const p = issuePayload(i)
      return { serial: p.serial, carrier: p.carrier }
    }),
    feeApprovedByPriceAuthority: Rule.contramap(feeApprovedByPriceAuthority, (i: Input) => ({
      domain: i.context.application.domain,
      fee: issuePayload(i).fee
    })),
    eCommerceFeePostedOrAgreed: Rule.contramap(eCommerceFeePostedOrAgreed, (i: Input) => ({
      domain: i.context.application.domain,
      fee: issuePayload(i).fee
    })),
    validityNotEnded: Rule.contramap(validityNotEnded, (i: Input) => ({ certificate: issued(i) })),
    agreementSetsLifecycleTerms: Rule.contramap(agreementSetsLifecycleTerms, (i: Input) => ({
      terms: i.event.type === "sign-agreement" ? (i.event.payload.terms ?? []) : []
    }))
  },
  actions: {
    recordRejection: (ctx, e) => (e.type === "refuse" ? { ...ctx, rejection: e.payload.reason } : ctx),
    recordAgreement: (ctx, e) =>
      e.type === "sign-agreement"
        ? {
            ...ctx,
            agreement: e.payload.reference,
            ...(e.payload.terms === undefined ? {} : { agreementTerms: e.payload.terms })
          }
        : ctx,
    recordIssue: (ctx, e) =>
      e.type === "issue"
        ? {
            ...ctx,
            fee: e.payload.fee,
            certificate: {
              serial: e.payload.serial,
              status: "active",
              validFrom: e.payload.validFrom,
              validUntil: e.payload.validUntil,
              domain: ctx.application.domain,
              carrier: e.payload.carrier
            }
          }
        : ctx,
    recordRenewal: (ctx, e) =>
      e.type === "renew" && ctx.certificate !== null
        ? {
            ...ctx,
            previousSerials:
              e.payload.serial === ctx.certificate.serial
                ? ctx.previousSerials
                : [...ctx.previousSerials, ctx.certificate.serial],
            certificate: {
              ...ctx.certificate,
              serial: e.payload.serial,
              validFrom: e.payload.validFrom,
              validUntil: e.payload.validUntil
            }
          }
        : ctx,
    markReportedLost: (ctx) =>
      ctx.certificate === null ? ctx : { ...ctx, certificate: { ...ctx.certificate, status: "reported-lost" } },
    markActive: (ctx) =>
      ctx.certificate === null ? ctx : { ...ctx, certificate: { ...ctx.certificate, status: "active" } },
    recordRevocation: (ctx, e) =>
      e.type === "revoke" && ctx.certificate !== null
        ? { ...ctx, revocation: e.payload.reason, certificate: { ...ctx.certificate, status: "revoked" } }
        : ctx
  },
  agencyRefs: {
    service: {
      description: { zh: "受理申请的电子认证服务机构", en: "the certification service applied to" },
      resolve: (ctx) => ctx.application.service.id
    },
    applicant: {
      description: {
        zh: "申请人（单位集中办理时为该单位）",
        en: "the applicant (the unit, when it applies centrally)"
      },
      resolve: (ctx) => ctx.application.applicant.id
    },
    holder: {
      description: { zh: "数字证书持有人", en: "the certificate's holder" },
      resolve: (ctx) => ctx.application.holder.id
    }
  }
})

/** The context a new lifecycle case starts with. */
export const initialContext = (application: Application): LifecycleContext => ({
  application,
  agreement: null,
  certificate: null,
  fee: null,
  rejection: null,
  revocation: null,
  previousSerials: []
})

export type LifecycleSnapshot = Snapshot<LifecycleState, LifecycleContext>

/** Where a case stands on a day: its state, or `expired` for an issued certificate past its validity. */
export const statusOn = (snapshot: LifecycleSnapshot, asOf: LocalDate): LifecycleState | "expired" =>
  (snapshot.state === "active" || snapshot.state === "reported-lost") &&
  snapshot.context.certificate !== null &&
  asOf > snapshot.context.certificate.validUntil
    ? "expired"
    : snapshot.state

/** The certificate as it stands (for a custody register or a seal), or null before it is issued. */
export const certificateOf = (snapshot: LifecycleSnapshot): CertificateRecord | null => snapshot.context.certificate
