/**
 * XState 5 machines built to the same states, events and guards as Zhengwu's
 * municipal construction-project approval chain and certificate lifecycle:
 * each transition's guard is the actor table (agency and role) plus the same
 * rule checks as plain booleans, and each action updates the context exactly
 * as Zhengwu's action does, so both reach the same state and context. Events
 * carry their actor: `{ type, payload, actor }`.
 */
import type { Approvals, Certificates } from "@zhengwu/core"
import { assign, setup } from "xstate"
import { asOf } from "./fixtures.ts"

export interface Actor {
  readonly agency: string
  readonly role: string
}
export interface XEvent {
  readonly type: string
  readonly payload: Record<string, unknown>
  readonly actor: Actor
}

// -------------------------------------------------- municipal approval chain

type ProjectContext = Approvals.ProjectContext
type Application = Approvals.ProjectApplication
type P = { context: ProjectContext; event: XEvent }

/** The submission rules that can refuse (the art 28 rule is a warning and never does). */
export const submissionPasses = (a: Application): boolean => {
  if (a.funding !== "municipal-government-investment") return false
  const s = a.system
  if (s.publicFacing && (s.builtOn !== "extranet" || !s.servedOverInternet)) return false
  const n = a.newBusinessNetwork
  if (n !== null && n.stateProvision === null) return false // art 15 (and sh-extranet-2020 art 5 when non-classified)
  if (a.software.some((x) => !x.licensed)) return false
  if (a.securityProducts.some((x) => !x.certified)) return false
  if (s.classified ? a.protection.classifiedGrade === null : a.protection.gradedLevel === null) return false
  return true
}

const isUnit = ({ context, event }: P) =>
  event.actor.role === "project-unit" && event.actor.agency === context.application.projectUnit
const reviewer =
  (agency: string) =>
  ({ event }: P) =>
    event.actor.role === "reviewer" && event.actor.agency === agency
const isLead = ({ event }: P) => event.actor.role === "approver" && event.actor.agency === "sh-ndrc"
const isDecider = (p: P) => reviewer("sh-eitc")(p) || reviewer("sh-gov-office")(p) || isLead(p)
const checked = (p: P) =>
  isUnit(p) &&
  submissionPasses(p.event.type === "amend" ? (p.event.payload.application as Application) : p.context.application)
const reviewsComplete = (c: ProjectContext) =>
  ["sh-eitc", "sh-gov-office"].every((a) => c.reviews.some((r) => r.agency === a && r.revision === c.revision))

export const approvalChain = setup({
  types: {} as { context: ProjectContext; events: XEvent; input: ProjectContext },
  guards: {
    isUnit,
    checked,
    isEitc: reviewer("sh-eitc"),
    isGovOffice: reviewer("sh-gov-office"),
    isDecider,
    approvable: (p: P) =>
      isLead(p) &&
      reviewsComplete(p.context) &&
      (p.event.payload.copiedTo as ReadonlyArray<string>).includes("sh-gov-office") &&
      ["approval-document", "budget-arrangement"].every((d) =>
        ((p.event.payload.copied ?? []) as ReadonlyArray<string>).includes(d)
      )
  },
  actions: {
    recordAmendment: assign(({ context, event }) => ({
      application: event.payload.application as Application,
      revision: context.revision + 1
    })),
    recordEitcReview: assign(({ context }) => ({
      reviews: [...context.reviews, { agency: "sh-eitc", revision: context.revision }] as ProjectContext["reviews"]
    })),
    recordGovOfficeReview: assign(({ context }) => ({
      reviews: [
        ...context.reviews,
        { agency: "sh-gov-office", revision: context.revision }
      ] as ProjectContext["reviews"]
    })),
    recordChangeRequest: assign(({ context, event }) => ({
      changeRequests: [
        ...context.changeRequests,
        { revision: context.revision, changes: event.payload.changes as string }
      ]
    })),
    recordRefusal: assign(({ event }) => ({ refusal: event.payload.reason as string })),
    recordApproval: assign(({ context, event }) => ({
      approval: {
        by: "sh-ndrc",
        reference: event.payload.reference as string,
        copiedTo: event.payload.copiedTo,
        copied: event.payload.copied ?? null,
        revision: context.revision
      } as ProjectContext["approval"]
    })),
    recordProcurement: assign(({ context, event }) => ({
      implementation: { ...context.implementation, procurement: event.payload.reference as string }
    })),
    recordSupervision: assign(({ context, event }) => ({
      implementation: { ...context.implementation, supervisor: event.payload.supervisor as string }
    })),
    recordCompletionAcceptance: assign(({ context, event }) => ({
      implementation: { ...context.implementation, completionAcceptance: event.payload.reference as string }
    })),
    recordRollOut: assign(({ context }) => ({ implementation: { ...context.implementation, rolledOut: true } }))
  }
}).createMachine({
  id: "approvals/municipal-construction-project",
  initial: "drafting",
  context: ({ input }) => input,
  states: {
    drafting: {
      on: {
        amend: { target: "drafting", guard: "isUnit", actions: "recordAmendment" },
        submit: { target: "under-review", guard: "checked" },
        withdraw: { target: "withdrawn", guard: "isUnit" }
      }
    },
    "under-review": {
      on: {
        "review-by-eitc": { target: "under-review", guard: "isEitc", actions: "recordEitcReview" },
        "review-by-gov-office": { target: "under-review", guard: "isGovOffice", actions: "recordGovOfficeReview" },
        "request-changes": { target: "changes-requested", guard: "isDecider", actions: "recordChangeRequest" },
        refuse: { target: "refused", guard: "isDecider", actions: "recordRefusal" },
        amend: { target: "under-review", guard: "checked", actions: "recordAmendment" },
        approve: { target: "approved", guard: "approvable", actions: "recordApproval" },
        withdraw: { target: "withdrawn", guard: "isUnit" }
      }
    },
    "changes-requested": {
      on: {
        amend: { target: "under-review", guard: "checked", actions: "recordAmendment" },
        withdraw: { target: "withdrawn", guard: "isUnit" }
      }
    },
    approved: { on: { "record-procurement": { target: "procured", guard: "isUnit", actions: "recordProcurement" } } },
    procured: {
      on: { "record-supervision": { target: "under-supervision", guard: "isUnit", actions: "recordSupervision" } }
    },
    "under-supervision": {
      on: {
        "record-completion-acceptance": {
          target: "completed",
          guard: "isUnit",
          actions: "recordCompletionAcceptance"
        }
      }
    },
    completed: { on: { "record-roll-out": { target: "rolled-out", guard: "isUnit", actions: "recordRollOut" } } },
    "rolled-out": { type: "final" },
    refused: { type: "final" },
    withdrawn: { type: "final" }
  }
})

// ------------------------------------------------------ certificate lifecycle

type LifecycleContext = Certificates.LifecycleContext
type L = { context: LifecycleContext; event: XEvent }

const actorIs =
  (role: string, agencyOf: (c: LifecycleContext) => string) =>
  ({ context, event }: L) =>
    event.actor.role === role && event.actor.agency === agencyOf(context)
const isService = actorIs("certification-service", (c) => c.application.service.id)
const isApplicant = actorIs("applicant", (c) => c.application.applicant.id)
const isHolder = actorIs("holder", (c) => c.application.holder.id)
const reviewPasses = (a: LifecycleContext["application"]) =>
  a.documentsValid &&
  (a.domain === "e-commerce" || a.applicant.kind !== "individual") &&
  a.service.lawfullyEstablished &&
  (a.domain !== "e-government" ||
    ["sh-informatization-commission", "sh-cryptography-office", "sh-state-secrets-bureau"].every((x) =>
      (a.service.recognisedBy as ReadonlyArray<string>).includes(x)
    )) &&
  (a.domain === "e-commerce" || a.service.meetsUnifiedRequirements)
type Fee = { approvedByPriceAuthority: boolean; postedByService: boolean; agreedInServiceAgreement: boolean } | null
const issuePasses = (c: LifecycleContext, p: Record<string, unknown>) => {
  const fee = p.fee as Fee
  const domain = c.application.domain
  return (
    c.agreement !== null &&
    (p.carrier as { meetsNationalCryptographyRules: boolean }).meetsNationalCryptographyRules &&
    (domain === "e-commerce" || fee === null || fee.approvedByPriceAuthority) &&
    (domain !== "e-commerce" || fee === null || fee.postedByService || fee.agreedInServiceAgreement)
  )
}
const validityNotEnded = (c: LifecycleContext) => c.certificate !== null && asOf <= c.certificate.validUntil

export const lifecycle = setup({
  types: {} as { context: LifecycleContext; events: XEvent; input: LifecycleContext },
  guards: {
    isService,
    reviewable: (p: L) => isService(p) && reviewPasses(p.context.application),
    serviceOrApplicant: (p: L) =>
      (isService(p) || isApplicant(p)) &&
      ["renewal", "loss-report", "revocation", "rights-and-duties"].every((t) =>
        ((p.event.payload.terms ?? []) as ReadonlyArray<string>).includes(t)
      ),
    issuable: (p: L) => isService(p) && issuePasses(p.context, p.event.payload),
    renewable: (p: L) => isService(p) && validityNotEnded(p.context),
    holderOrApplicant: (p: L) => isHolder(p) || isApplicant(p),
    withdrawable: (p: L) => isHolder(p) && validityNotEnded(p.context)
  },
  actions: {
    recordRejection: assign(({ event }) => ({ rejection: event.payload.reason as string })),
    recordAgreement: assign(({ event }) => ({
      agreement: event.payload.reference as string,
      ...(event.payload.terms === undefined
        ? {}
        : { agreementTerms: event.payload.terms as ReadonlyArray<Certificates.AgreementTerm> })
    })),
    recordIssue: assign(({ context, event }) => {
      const p = event.payload as Certificates.IssuePayload
      return {
        fee: p.fee,
        certificate: {
          serial: p.serial,
          status: "active" as const,
          validFrom: p.validFrom,
          validUntil: p.validUntil,
          domain: context.application.domain,
          carrier: p.carrier
        }
      }
    }),
    recordRenewal: assign(({ context, event }) => {
      const p = event.payload as Certificates.RenewPayload
      const c = context.certificate
      if (c === null) return {}
      return {
        previousSerials: p.serial === c.serial ? context.previousSerials : [...context.previousSerials, c.serial],
        certificate: { ...c, serial: p.serial, validFrom: p.validFrom, validUntil: p.validUntil }
      }
    }),
    markReportedLost: assign(({ context }) =>
      context.certificate === null ? {} : { certificate: { ...context.certificate, status: "reported-lost" as const } }
    ),
    markActive: assign(({ context }) =>
      context.certificate === null ? {} : { certificate: { ...context.certificate, status: "active" as const } }
    ),
    recordRevocation: assign(({ context, event }) =>
      context.certificate === null
        ? {}
        : {
            revocation: event.payload.reason as string,
            certificate: { ...context.certificate, status: "revoked" as const }
          }
    )
  }
}).createMachine({
  id: "certificates/lifecycle",
  initial: "applied",
  context: ({ input }) => input,
  states: {
    applied: {
      on: {
        review: { target: "reviewed", guard: "reviewable" },
        refuse: { target: "refused", guard: "isService", actions: "recordRejection" }
      }
    },
    reviewed: {
      on: { "sign-agreement": { target: "agreement-signed", guard: "serviceOrApplicant", actions: "recordAgreement" } }
    },
    "agreement-signed": { on: { issue: { target: "active", guard: "issuable", actions: "recordIssue" } } },
    active: {
      on: {
        renew: { target: "active", guard: "renewable", actions: "recordRenewal" },
        "report-loss": { target: "reported-lost", guard: "holderOrApplicant", actions: "markReportedLost" },
        revoke: { target: "revoked", guard: "isService", actions: "recordRevocation" }
      }
    },
    "reported-lost": {
      on: {
        "withdraw-loss-report": { target: "active", guard: "withdrawable", actions: "markActive" },
        revoke: { target: "revoked", guard: "isService", actions: "recordRevocation" }
      }
    },
    refused: { type: "final" },
    revoked: { type: "final" }
  }
})
