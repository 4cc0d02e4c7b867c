/**
 * Filing a district's or department's plan or annual work plan with the
 * General Office (报市政府办公厅备案), sh-egov-2012 arts 8-9, and reporting how an
 * annual work plan is carried out (art 9). The district or department (the
 * case's `filer`) files; the General Office, the recipient the articles name,
 * registers the filing. Filing is not approval: the General Office registers,
 * it does not approve or refuse (the articles give it no such act). Roles
 * (`filer`, `registrar`) are the SDK's names.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-egov-2012/8", "sh-egov-2012/9".
 */
import * as Schema from "effect/Schema"
import * as Rule from "../decision/Rule.ts"
import type { ActorRule } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { cite, generalOfficeOversight, govOffice, named } from "./agencies.ts"
import { planUnderCityPlan, progressReportedForWorkPlan, workPlanHasMilestones } from "./art7-9-plans.ts"
import { PlanFiling } from "./model.ts"

export const PlanFilingContext = Schema.Struct({
  plan: PlanFiling,
  registration: Schema.NullOr(Schema.String),
  progressReports: Schema.Array(Schema.Struct({ period: Schema.String, summary: Schema.String }))
})
export type PlanFilingContext = typeof PlanFilingContext.Type

const Empty = Schema.Struct({})
const Revision = Schema.Struct({
  title: Schema.NonEmptyString,
  cityPlan: Schema.NullOr(Schema.NonEmptyString),
  milestones: Schema.Array(Schema.NonEmptyString)
})
const Registration = Schema.Struct({ reference: Schema.NonEmptyString })
const Progress = Schema.Struct({ period: Schema.NonEmptyString, summary: Schema.NonEmptyString })

export type PlanFilingEvents = {
  readonly revise: typeof Revision.Type
  readonly file: typeof Empty.Type
  readonly register: typeof Registration.Type
  readonly "report-progress": typeof Progress.Type
}
export type PlanFilingEvent = Machine.MachineEvent<PlanFilingEvents>
export type PlanFilingState = "drafted" | "lodged" | "on-file"

type Input = Machine.GuardInput<PlanFilingContext, PlanFilingEvents>
const arts8and9 = cite("sh-egov-2012/8", "sh-egov-2012/9")
const filer: ActorRule = { agency: { kind: "case", ref: "filer" }, role: "filer", citations: arts8and9 }
const reporter: ActorRule = { ...filer, citations: cite("sh-egov-2012/9") }
const registrar: ActorRule = { agency: named(govOffice), role: "registrar", citations: arts8and9 }

export const planFiling = Machine.make<PlanFilingState, PlanFilingContext, PlanFilingEvents>()({
  id: "approvals/plan-filing",
  title: { zh: "区(县)、部门规划及年度工作计划备案", en: "filing district and department plans and annual work plans" },
  citations: arts8and9,
  initial: "drafted",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ plan: PlanFiling }),
  initialContext: (input) => newPlanFilingContext(input.plan),
  context: PlanFilingContext,
  roles: {
    filer: { zh: "备案单位", en: "filing unit" },
    registrar: { zh: "备案登记人", en: "registrar" }
  },
  states: {
    drafted: { description: { zh: "已编制，待报备案", en: "drawn up, not yet filed" } },
    lodged: { description: { zh: "已报市政府办公厅，待登记备案", en: "lodged with the general office" } },
    "on-file": { description: { zh: "已在市政府办公厅备案", en: "on file with the general office" } }
  },
  events: {
    revise: { description: { zh: "修改待备案的规划或计划", en: "revise the plan before filing" }, payload: Revision },
    file: { description: { zh: "报市政府办公厅备案", en: "file with the general office" }, payload: Empty },
    register: {
      description: { zh: "市政府办公厅登记备案", en: "the general office registers the filing" },
      payload: Registration
    },
    "report-progress": {
      description: { zh: "报送年度工作计划、节点目标实施情况", en: "report progress on the annual work plan" },
      payload: Progress
    }
  },
  transitions: [
    { from: "drafted", event: "revise", to: "drafted", guards: [], actors: [filer], action: "recordRevision" },
    {
      from: "drafted",
      event: "file",
      to: "lodged",
      guards: ["underCityPlan", "hasMilestones"],
      actors: [filer]
    },
    { from: "lodged", event: "register", to: "on-file", guards: [], actors: [registrar], action: "recordRegistration" },
    {
      from: "on-file",
      event: "report-progress",
      to: "on-file",
      guards: ["annualWorkPlan"],
      actors: [reporter],
      action: "recordProgress"
    }
  ],
  guards: {
    underCityPlan: Rule.contramap(planUnderCityPlan, (i: Input) => i.context.plan),
    hasMilestones: Rule.contramap(workPlanHasMilestones, (i: Input) => i.context.plan),
    annualWorkPlan: Rule.contramap(progressReportedForWorkPlan, (i: Input) => i.context.plan)
  },
  actions: {
    recordRevision: (ctx, e) => (e.type === "revise" ? { ...ctx, plan: { ...ctx.plan, ...e.payload } } : ctx),
    recordRegistration: (ctx, e) => (e.type === "register" ? { ...ctx, registration: e.payload.reference } : ctx),
    recordProgress: (ctx, e) =>
      e.type === "report-progress"
        ? {
            ...ctx,
            progressReports: [...ctx.progressReports, { period: e.payload.period, summary: e.payload.summary }]
          }
        : ctx
  },
  oversight: [generalOfficeOversight],
  agencyRefs: {
    filer: {
      description: { zh: "报备案的区(县)或部门", en: "the district or department that files" },
      resolve: (ctx) => ctx.plan.filer
    }
  }
})

/** The context a new filing case starts with. */
export const newPlanFilingContext = (plan: PlanFiling): PlanFilingContext => ({
  plan,
  registration: null,
  progressReports: []
})
