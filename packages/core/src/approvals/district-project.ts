/**
 * The district project lifecycle (政务信息化项目), minhang-it-2023, only as far
 * as the source states it. The source holds arts 1-3 and the table of contents
 * (目录: 第二章项目申报, 第三章项目评审, 第四章项目实施, 第五章项目验收,
 * 第六章项目运维与绩效评估, 第七章监督和管理, 第八章附则), which the catalogue keeps in
 * the document's notes, not as an article. So the machine encodes:
 *
 * - the stages and their order, from the chapter titles: application (申报) →
 *   review (评审) → implementation (实施) → acceptance (验收) → operation and
 *   performance evaluation (运维与绩效评估);
 * - who falls under it (art 2) and the two project kinds (art 3), as guards on
 *   submission, with the municipal submission rules (sh-egov-2012 applies to
 *   districts too, its art 3).
 *
 * Everything the missing chapters would say — who reviews and accepts, review
 * criteria and outcomes, thresholds, deadlines, how O&M projects differ in the
 * stages, how performance is evaluated — is not formalised (see the
 * procedure's coverage). The body that reviews, accepts and evaluates is
 * recorded on the case as `competentBody` by the caller: the SDK names no
 * agency the source does not name. That a review can fail (`fail-review`, to
 * `not-approved`) is the SDK's choice — a review that cannot fail is none; the
 * source gives no other outcome. The actor tables cite art 2, which makes these
 * projects subject to the measures, for want of the chapters that give the
 * acts; the roles (`project-unit`, `competent-body`) are the SDK's names.
 *
 * Articles encoded (the machine, its guards and its actor table): "minhang-it-2023/2", "minhang-it-2023/3",
 * "sh-egov-2012/15", "sh-egov-2012/17", "sh-egov-2012/28", "sh-egov-2012/32", "sh-egov-2012/33",
 * "sh-extranet-2020/5".
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import { type ActorRule, AgencyId } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { generalOfficeOversight } from "./agencies.ts"
import { minhangProjectInScope, minhangProjectKind } from "./minhang-art2-3-district-projects.ts"
import { ProjectApplication } from "./model.ts"
import { onEachApplication } from "./project-approval.ts"
import { submissionRules } from "./validators.ts"

export const districtRoles = { projectUnit: "project-unit", competentBody: "competent-body" } as const

export const DistrictContext = Schema.Struct({
  application: ProjectApplication,
  /** The district body the caller records as reviewing, accepting and evaluating the project. */
  competentBody: AgencyId,
  reviewOutcome: Schema.NullOr(Schema.String),
  acceptance: Schema.NullOr(Schema.String),
  evaluations: Schema.Array(Schema.Struct({ period: Schema.String, summary: Schema.String }))
})
export type DistrictContext = typeof DistrictContext.Type

const Empty = Schema.Struct({})
const Amend = Schema.Struct({ application: ProjectApplication })
const Note = Schema.Struct({ note: Schema.NonEmptyString })
const Reference = Schema.Struct({ reference: Schema.NonEmptyString })
const Evaluation = Schema.Struct({ period: Schema.NonEmptyString, summary: Schema.NonEmptyString })

export type DistrictEvents = {
  readonly amend: typeof Amend.Type
  readonly submit: typeof Empty.Type
  readonly "pass-review": typeof Note.Type
  readonly "fail-review": typeof Note.Type
  readonly "submit-for-acceptance": typeof Empty.Type
  readonly "pass-acceptance": typeof Reference.Type
  readonly "record-evaluation": typeof Evaluation.Type
}
export type DistrictEvent = Machine.MachineEvent<DistrictEvents>

export type DistrictState =
  | "application"
  | "review"
  | "implementation"
  | "acceptance"
  | "operation-and-evaluation"
  | "not-approved"

type Input = Machine.GuardInput<DistrictContext, DistrictEvents>
const onApplication = (rule: Rule.Rule<ProjectApplication>) => Rule.contramap(rule, (i: Input) => i.context.application)

const art2 = ["minhang-it-2023/2"] as unknown as readonly [ArticleId, ...ArticleId[]]
const unit: ActorRule = {
  agency: { kind: "case", ref: "projectUnit" },
  role: districtRoles.projectUnit,
  citations: art2
}
const body: ActorRule = {
  agency: { kind: "case", ref: "competentBody" },
  role: districtRoles.competentBody,
  citations: art2
}
const checks = [
  "inScope" as const,
  "projectKind" as const,
  ...(Object.keys(submissionRules) as Array<keyof typeof submissionRules>)
]

export const districtProject = Machine.make<DistrictState, DistrictContext, DistrictEvents>()({
  id: "approvals/district-project",
  title: { zh: "闵行区政务信息化项目管理", en: "minhang district government it project lifecycle" },
  citations: ["minhang-it-2023/2", "minhang-it-2023/3"] as unknown as readonly [ArticleId, ...ArticleId[]],
  initial: "application",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ application: ProjectApplication, competentBody: AgencyId }),
  initialContext: (input) => newDistrictContext(input.application, input.competentBody),
  context: DistrictContext,
  roles: {
    "project-unit": { zh: "项目建设和应用单位", en: "project unit" },
    "competent-body": { zh: "区主管部门", en: "district competent body" }
  },
  states: {
    application: { description: { zh: "项目申报", en: "application" } },
    review: { description: { zh: "项目评审", en: "review" } },
    implementation: { description: { zh: "项目实施", en: "implementation" } },
    acceptance: { description: { zh: "项目验收", en: "acceptance" } },
    "operation-and-evaluation": {
      description: { zh: "项目运维与绩效评估", en: "operation and performance evaluation" }
    },
    "not-approved": { description: { zh: "评审未通过", en: "not approved at review" }, final: true }
  },
  events: {
    amend: { description: { zh: "修改申报", en: "amend the application before submitting" }, payload: Amend },
    submit: { description: { zh: "申报项目", en: "submit the project" }, payload: Empty },
    "pass-review": { description: { zh: "评审通过", en: "the review passes" }, payload: Note },
    "fail-review": { description: { zh: "评审未通过", en: "the review fails" }, payload: Note },
    "submit-for-acceptance": { description: { zh: "申请验收", en: "ask for acceptance" }, payload: Empty },
    "pass-acceptance": { description: { zh: "验收通过", en: "acceptance passes" }, payload: Reference },
    "record-evaluation": { description: { zh: "绩效评估", en: "record a performance evaluation" }, payload: Evaluation }
  },
  transitions: [
    { from: "application", event: "amend", to: "application", guards: [], actors: [unit], action: "recordAmendment" },
    { from: "application", event: "submit", to: "review", guards: checks, actors: [unit] },
    { from: "review", event: "pass-review", to: "implementation", guards: [], actors: [body], action: "recordReview" },
    { from: "review", event: "fail-review", to: "not-approved", guards: [], actors: [body], action: "recordReview" },
    { from: "implementation", event: "submit-for-acceptance", to: "acceptance", guards: [], actors: [unit] },
    {
      from: "acceptance",
      event: "pass-acceptance",
      to: "operation-and-evaluation",
      guards: [],
      actors: [body],
      action: "recordAcceptance"
    },
    {
      from: "operation-and-evaluation",
      event: "record-evaluation",
      to: "operation-and-evaluation",
      guards: [],
      actors: [body],
      action: "recordEvaluation"
    }
  ],
  guards: {
    inScope: onApplication(minhangProjectInScope),
    projectKind: onApplication(minhangProjectKind),
    ...onEachApplication(submissionRules, onApplication)
  },
  actions: {
    recordAmendment: (ctx, e) => (e.type === "amend" ? { ...ctx, application: e.payload.application } : ctx),
    recordReview: (ctx, e) =>
      e.type === "pass-review" || e.type === "fail-review" ? { ...ctx, reviewOutcome: e.payload.note } : ctx,
    recordAcceptance: (ctx, e) => (e.type === "pass-acceptance" ? { ...ctx, acceptance: e.payload.reference } : ctx),
    recordEvaluation: (ctx, e) =>
      e.type === "record-evaluation"
        ? { ...ctx, evaluations: [...ctx.evaluations, { period: e.payload.period, summary: e.payload.summary }] }
        : ctx
  },
  oversight: [generalOfficeOversight],
  agencyRefs: {
    projectUnit: {
      description: { zh: "项目单位", en: "the unit whose project it is" },
      resolve: (ctx) => ctx.application.projectUnit
    },
    competentBody: {
      description: {
        zh: "负责评审、验收和绩效评估的区级部门（由调用方记录，原文未载明）",
        en: "the district body that reviews, accepts and evaluates (recorded by the caller; the source names none)"
      },
      resolve: (ctx) => ctx.competentBody
    }
  }
})

/** The context a new district project case starts with. */
export const newDistrictContext = (application: ProjectApplication, competentBody: AgencyId): DistrictContext => ({
  application,
  competentBody,
  reviewOutcome: null,
  acceptance: null,
  evaluations: []
})
