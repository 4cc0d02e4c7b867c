/**
 * The municipal project approval chain shared by sh-egov-2012 art 10
 * (construction projects, led by 市发展改革委) and art 11 (annual budget
 * projects, led by 市财政局), with art 12's copy to the General Office and the
 * project unit's work after approval.
 *
 * - The project unit (the case's `projectUnit`) drafts, submits and amends the
 *   application; every submission and amendment is checked with the
 *   submission rules as of that day.
 * - The two reviews the article names are separate events, each fired only by
 *   its agency: `review-by-eitc` (市经济信息化委) and `review-by-gov-office`
 *   (市政府办公厅). A review by any other agency is refused by the actor table.
 *   Each review records the revision it saw; an amendment raises the revision,
 *   so reviews given before it no longer count.
 * - Only the lead agency approves, only with both reviews at the current
 *   revision, and only with the approval document and the budget arrangement
 *   copied to the General Office (art 12); the case records what was copied.
 * - A reviewer or the lead may `request-changes` (the unit amends, and the
 *   case returns to review) or `refuse`. `refused` is final: the articles give
 *   no appeal or resubmission route, and a curable problem is what
 *   `request-changes` is for, so a refused application ends its case and a new
 *   application is a new case with its own audit trail (the SDK's choice).
 * - After approval the unit records procurement, supervision, completion
 *   acceptance and roll-out (art 12), in the order the article lists them (the
 *   SDK's reading; the article names the steps, not their order).
 * - `withdraw` lets the unit withdraw its application before a decision: the
 *   articles neither give nor forbid it (the SDK's choice).
 *
 * Roles (`project-unit`, `reviewer`, `approver`) are the SDK's names: the
 * articles name agencies, not roles within them.
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import { type ActorRule, AgencyId } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { type Agency, eitc, generalOfficeOversight, govOffice, named } from "./agencies.ts"
import { approvalCopiedToGeneralOffice } from "./art10-12-approval-chain.ts"
import { CopiedDocument, ProjectApplication, Review } from "./model.ts"
import { submissionRules } from "./validators.ts"

/** The SDK's role names for the steps of the chain. */
export const roles = { projectUnit: "project-unit", reviewer: "reviewer", approver: "approver" } as const

export const ProjectApproval = Schema.Struct({
  by: AgencyId,
  reference: Schema.String,
  copiedTo: Schema.Array(AgencyId),
  /** What was copied (art 12); null for an approval recorded before the SDK asked. */
  copied: Schema.NullOr(Schema.Array(CopiedDocument)),
  /** The revision of the application that was approved. */
  revision: Schema.Int
})
export type ProjectApproval = typeof ProjectApproval.Type

export const ProjectContext = Schema.Struct({
  application: ProjectApplication,
  /** Raised by every amendment; reviews count only at the current revision. */
  revision: Schema.Int,
  reviews: Schema.Array(Review),
  changeRequests: Schema.Array(Schema.Struct({ revision: Schema.Int, changes: Schema.String })),
  approval: Schema.NullOr(ProjectApproval),
  refusal: Schema.NullOr(Schema.String),
  implementation: Schema.Struct({
    procurement: Schema.NullOr(Schema.String),
    supervisor: Schema.NullOr(Schema.String),
    completionAcceptance: Schema.NullOr(Schema.String),
    rolledOut: Schema.Boolean
  })
})
export type ProjectContext = typeof ProjectContext.Type

const Empty = Schema.Struct({})
const Amend = Schema.Struct({ application: ProjectApplication })
const Changes = Schema.Struct({ changes: Schema.NonEmptyString })
const Reason = Schema.Struct({ reason: Schema.NonEmptyString })
const Approve = Schema.Struct({
  reference: Schema.NonEmptyString,
  copiedTo: Schema.Array(AgencyId),
  /** What is copied to them (art 12); absent only in events recorded before the SDK asked, which the guard refuses. */
  copied: Schema.optionalKey(Schema.Array(CopiedDocument))
})
const Reference = Schema.Struct({ reference: Schema.NonEmptyString })
const Supervisor = Schema.Struct({ supervisor: Schema.NonEmptyString })

export type ProjectEvents = {
  readonly submit: typeof Empty.Type
  readonly amend: typeof Amend.Type
  readonly "review-by-eitc": typeof Empty.Type
  readonly "review-by-gov-office": typeof Empty.Type
  readonly "request-changes": typeof Changes.Type
  readonly refuse: typeof Reason.Type
  readonly approve: typeof Approve.Type
  readonly withdraw: typeof Empty.Type
  readonly "record-procurement": typeof Reference.Type
  readonly "record-supervision": typeof Supervisor.Type
  readonly "record-completion-acceptance": typeof Reference.Type
  readonly "record-roll-out": typeof Empty.Type
}
export type ProjectEvent = Machine.MachineEvent<ProjectEvents>

export type ProjectState =
  | "drafting"
  | "under-review"
  | "changes-requested"
  | "approved"
  | "procured"
  | "under-supervision"
  | "completed"
  | "rolled-out"
  | "refused"
  | "withdrawn"

/** States at or after approval: every one of them has the approval and its copy recorded. */
export const approvedStates: ReadonlyArray<ProjectState> = [
  "approved",
  "procured",
  "under-supervision",
  "completed",
  "rolled-out"
]

type Input = Machine.GuardInput<ProjectContext, ProjectEvents>

/** The application a submission rule checks: the amendment's on `amend`, the case's otherwise. */
const onApplication = (rule: Rule.Rule<ProjectApplication>) =>
  Rule.contramap(rule, (i: Input) => (i.event.type === "amend" ? i.event.payload.application : i.context.application))

/** Each named rule over an application, as a guard of the same name (the names stay typed). */
export const onEachApplication = <K extends string, J>(
  rules: { readonly [k in K]: Rule.Rule<ProjectApplication> },
  on: (rule: Rule.Rule<ProjectApplication>) => Rule.Rule<J>
): { readonly [k in K]: Rule.Rule<J> } =>
  Object.fromEntries(
    (Object.entries(rules) as Array<[K, Rule.Rule<ProjectApplication>]>).map(([name, r]) => [name, on(r)])
  ) as { readonly [k in K]: Rule.Rule<J> }

const applicationGuards = (scope: Rule.Rule<ProjectApplication>) => ({
  funding: onApplication(scope),
  ...onEachApplication(submissionRules, onApplication)
})

export interface ChainSpec {
  readonly id: string
  readonly title: { readonly zh: string; readonly en: string }
  /** The article naming the lead and the two reviews (art 10 or 11). */
  readonly article: string
  readonly lead: Agency
  /** The scope rule: the funding the article speaks of. */
  readonly scope: Rule.Rule<ProjectApplication>
  /** The approve guard: both named reviews at the current revision. */
  readonly reviewsComplete: Rule.Rule<{ readonly reviews: ReadonlyArray<Review>; readonly revision: number }>
}

/** Builds one municipal approval chain (art 10 or art 11, with art 12). */
export const chain = (spec: ChainSpec) => {
  const art = [spec.article] as unknown as readonly [ArticleId, ...ArticleId[]]
  const art12 = ["sh-egov-2012/12"] as unknown as readonly [ArticleId, ...ArticleId[]]
  const withArt12 = [spec.article, "sh-egov-2012/12"] as unknown as readonly [ArticleId, ...ArticleId[]]
  const unit: ActorRule = {
    agency: { kind: "case", ref: "projectUnit" },
    role: roles.projectUnit,
    citations: withArt12
  }
  const implementer: ActorRule = { ...unit, citations: art12 }
  const reviewer = (a: Agency): ActorRule => ({ agency: named(a), role: roles.reviewer, citations: art })
  const lead: ActorRule = { agency: named(spec.lead), role: roles.approver, citations: art }
  const deciders = [reviewer(eitc), reviewer(govOffice), lead]
  const checks = ["funding" as const, ...(Object.keys(submissionRules) as Array<keyof typeof submissionRules>)]

  return Machine.make<ProjectState, ProjectContext, ProjectEvents>()({
    id: spec.id,
    title: spec.title,
    citations: withArt12,
    initial: "drafting",
    /** What a caller sends to start a case; the first context is derived from it. */
    input: Schema.Struct({ application: ProjectApplication }),
    initialContext: (input) => newProjectContext(input.application),
    context: ProjectContext,
    roles: {
      "project-unit": { zh: "项目建设和应用单位", en: "project unit" },
      reviewer: { zh: "审核部门", en: "reviewing agency" },
      approver: { zh: "审批部门", en: "approving agency" }
    },
    states: {
      drafting: { description: { zh: "项目单位编制申报材料", en: "the project unit drafts its application" } },
      "under-review": {
        description: {
          zh: "已申报，待市经济信息化委、市政府办公厅审核及牵头部门审批",
          en: "submitted: under review by the two reviewers and awaiting the lead's approval"
        }
      },
      "changes-requested": {
        description: { zh: "要求修改，待项目单位修改申报", en: "changes requested: awaiting the unit's amendment" }
      },
      approved: {
        description: {
          zh: "已审批，批复已抄送市政府办公厅，待招标采购",
          en: "approved and copied to the general office: procurement next"
        }
      },
      procured: { description: { zh: "已完成招标采购", en: "procurement done: supervision next" } },
      "under-supervision": {
        description: { zh: "工程监理中，待竣工验收", en: "under project supervision: completion acceptance next" }
      },
      completed: { description: { zh: "已竣工验收，待推广应用", en: "completion accepted: roll-out next" } },
      "rolled-out": { description: { zh: "已推广应用", en: "rolled out" }, final: true },
      refused: { description: { zh: "审核或审批不通过", en: "refused by a reviewer or the lead" }, final: true },
      withdrawn: { description: { zh: "项目单位撤回申报", en: "withdrawn by the project unit" }, final: true }
    },
    events: {
      submit: { description: { zh: "项目单位申报", en: "the project unit submits the application" }, payload: Empty },
      amend: { description: { zh: "项目单位修改申报", en: "the project unit amends the application" }, payload: Amend },
      "review-by-eitc": {
        description: { zh: "市经济信息化委审核通过", en: "the economy and informatization commission's review" },
        payload: Empty
      },
      "review-by-gov-office": {
        description: { zh: "市政府办公厅审核通过", en: "the general office's review" },
        payload: Empty
      },
      "request-changes": {
        description: { zh: "要求修改申报", en: "ask the unit to change the application" },
        payload: Changes
      },
      refuse: { description: { zh: "审核或审批不通过", en: "refuse the application" }, payload: Reason },
      approve: {
        description: {
          zh: `${spec.lead.name.zh}审批，批复抄送市政府办公厅`,
          en: "the lead approves and copies the approval to the general office"
        },
        payload: Approve
      },
      withdraw: { description: { zh: "撤回申报", en: "withdraw the application" }, payload: Empty },
      "record-procurement": { description: { zh: "招标采购", en: "tendering and procurement" }, payload: Reference },
      "record-supervision": { description: { zh: "工程监理", en: "project supervision" }, payload: Supervisor },
      "record-completion-acceptance": {
        description: { zh: "竣工验收", en: "completion acceptance" },
        payload: Reference
      },
      "record-roll-out": { description: { zh: "推广应用", en: "roll-out" }, payload: Empty }
    },
    transitions: [
      { from: "drafting", event: "amend", to: "drafting", guards: [], actors: [unit], action: "recordAmendment" },
      { from: "drafting", event: "submit", to: "under-review", guards: checks, actors: [unit] },
      { from: "drafting", event: "withdraw", to: "withdrawn", guards: [], actors: [unit] },
      {
        from: "under-review",
        event: "review-by-eitc",
        to: "under-review",
        guards: [],
        actors: [reviewer(eitc)],
        action: "recordEitcReview"
      },
      {
        from: "under-review",
        event: "review-by-gov-office",
        to: "under-review",
        guards: [],
        actors: [reviewer(govOffice)],
        action: "recordGovOfficeReview"
      },
      {
        from: "under-review",
        event: "request-changes",
        to: "changes-requested",
        guards: [],
        actors: deciders,
        action: "recordChangeRequest"
      },
      { from: "under-review", event: "refuse", to: "refused", guards: [], actors: deciders, action: "recordRefusal" },
      {
        from: "under-review",
        event: "amend",
        to: "under-review",
        guards: checks,
        actors: [unit],
        action: "recordAmendment"
      },
      {
        from: "under-review",
        event: "approve",
        to: "approved",
        guards: ["reviewsComplete", "copiedToGeneralOffice"],
        actors: [lead],
        action: "recordApproval"
      },
      { from: "under-review", event: "withdraw", to: "withdrawn", guards: [], actors: [unit] },
      {
        from: "changes-requested",
        event: "amend",
        to: "under-review",
        guards: checks,
        actors: [unit],
        action: "recordAmendment"
      },
      { from: "changes-requested", event: "withdraw", to: "withdrawn", guards: [], actors: [unit] },
      {
        from: "approved",
        event: "record-procurement",
        to: "procured",
        guards: [],
        actors: [implementer],
        action: "recordProcurement"
      },
      {
        from: "procured",
        event: "record-supervision",
        to: "under-supervision",
        guards: [],
        actors: [implementer],
        action: "recordSupervision"
      },
      {
        from: "under-supervision",
        event: "record-completion-acceptance",
        to: "completed",
        guards: [],
        actors: [implementer],
        action: "recordCompletionAcceptance"
      },
      {
        from: "completed",
        event: "record-roll-out",
        to: "rolled-out",
        guards: [],
        actors: [implementer],
        action: "recordRollOut"
      }
    ],
    guards: {
      ...applicationGuards(spec.scope),
      reviewsComplete: Rule.contramap(spec.reviewsComplete, (i: Input) => ({
        reviews: i.context.reviews,
        revision: i.context.revision
      })),
      copiedToGeneralOffice: Rule.contramap(approvalCopiedToGeneralOffice, (i: Input) =>
        i.event.type === "approve"
          ? { copiedTo: i.event.payload.copiedTo, copied: i.event.payload.copied ?? null }
          : { copiedTo: [], copied: null }
      )
    },
    actions: {
      recordAmendment: (ctx, e) =>
        e.type === "amend" ? { ...ctx, application: e.payload.application, revision: ctx.revision + 1 } : ctx,
      recordEitcReview: (ctx) => ({ ...ctx, reviews: [...ctx.reviews, { agency: eitc.id, revision: ctx.revision }] }),
      recordGovOfficeReview: (ctx) => ({
        ...ctx,
        reviews: [...ctx.reviews, { agency: govOffice.id, revision: ctx.revision }]
      }),
      recordChangeRequest: (ctx, e) =>
        e.type === "request-changes"
          ? { ...ctx, changeRequests: [...ctx.changeRequests, { revision: ctx.revision, changes: e.payload.changes }] }
          : ctx,
      recordRefusal: (ctx, e) => (e.type === "refuse" ? { ...ctx, refusal: e.payload.reason } : ctx),
      recordApproval: (ctx, e) =>
        e.type === "approve"
          ? {
              ...ctx,
              approval: {
                by: spec.lead.id,
                reference: e.payload.reference,
                copiedTo: e.payload.copiedTo,
                copied: e.payload.copied ?? null,
                revision: ctx.revision
              }
            }
          : ctx,
      recordProcurement: (ctx, e) =>
        e.type === "record-procurement"
          ? { ...ctx, implementation: { ...ctx.implementation, procurement: e.payload.reference } }
          : ctx,
      recordSupervision: (ctx, e) =>
        e.type === "record-supervision"
          ? { ...ctx, implementation: { ...ctx.implementation, supervisor: e.payload.supervisor } }
          : ctx,
      recordCompletionAcceptance: (ctx, e) =>
        e.type === "record-completion-acceptance"
          ? { ...ctx, implementation: { ...ctx.implementation, completionAcceptance: e.payload.reference } }
          : ctx,
      recordRollOut: (ctx) => ({ ...ctx, implementation: { ...ctx.implementation, rolledOut: true } })
    },
    oversight: [generalOfficeOversight],
    agencyRefs: {
      projectUnit: {
        description: { zh: "项目建设和应用单位", en: "the project unit that applies and runs the project" },
        resolve: (ctx) => ctx.application.projectUnit
      }
    }
  })
}

/** The context a new municipal project case starts with. */
export const newProjectContext = (application: ProjectApplication): ProjectContext => ({
  application,
  revision: 0,
  reviews: [],
  changeRequests: [],
  approval: null,
  refusal: null,
  implementation: { procurement: null, supervisor: null, completionAcceptance: null, rolledOut: false }
})
