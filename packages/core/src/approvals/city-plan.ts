/**
 * The city's e-government development plan (电子政务发展规划), sh-egov-2012 art 7:
 * drafted by 市政府办公厅 together with 市发展改革委, 市经济信息化委 and other
 * departments, after consulting widely; approved by 市政府; then published and
 * carried out. Returning a draft for revision (`return`) is the SDK's choice:
 * the article gives the municipal government the approval and names no other
 * outcome. Roles (`drafter`, `approver`, `publisher`) are the SDK's names.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-egov-2012/7".
 */
import * as Schema from "effect/Schema"
import * as Rule from "../decision/Rule.ts"
import { type ActorRule, AgencyId } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { cite, generalOfficeOversight, govOffice, municipalGovernment, named } from "./agencies.ts"
import { cityPlanCoDrafted, cityPlanOpinionsSought } from "./art7-9-plans.ts"

export const CityPlanContext = Schema.Struct({
  title: Schema.NonEmptyString,
  coDrafters: Schema.Array(AgencyId),
  opinionsSought: Schema.Boolean,
  returns: Schema.Array(Schema.String)
})
export type CityPlanContext = typeof CityPlanContext.Type

const Empty = Schema.Struct({})
const Submission = Schema.Struct({ coDrafters: Schema.Array(AgencyId), opinionsSought: Schema.Boolean })
const Reason = Schema.Struct({ reason: Schema.NonEmptyString })

export type CityPlanEvents = {
  readonly "submit-for-approval": typeof Submission.Type
  readonly approve: typeof Empty.Type
  readonly return: typeof Reason.Type
  readonly publish: typeof Empty.Type
}
export type CityPlanEvent = Machine.MachineEvent<CityPlanEvents>
export type CityPlanState = "drafting" | "awaiting-approval" | "approved" | "published"

type Input = Machine.GuardInput<CityPlanContext, CityPlanEvents>
const art7 = cite("sh-egov-2012/7")
const drafter: ActorRule = { agency: named(govOffice), role: "drafter", citations: art7 }
const publisher: ActorRule = { agency: named(govOffice), role: "publisher", citations: art7 }
const approver: ActorRule = { agency: named(municipalGovernment), role: "approver", citations: art7 }

const submitted = (i: Input) =>
  i.event.type === "submit-for-approval"
    ? i.event.payload
    : { coDrafters: i.context.coDrafters, opinionsSought: i.context.opinionsSought }

export const cityPlan = Machine.make<CityPlanState, CityPlanContext, CityPlanEvents>()({
  id: "approvals/city-plan",
  title: { zh: "本市电子政务发展规划编制与批准", en: "the city e-government development plan" },
  citations: art7,
  initial: "drafting",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ title: Schema.NonEmptyString }),
  initialContext: (input) => newCityPlanContext(input.title),
  context: CityPlanContext,
  roles: {
    drafter: { zh: "起草人", en: "drafter" },
    approver: { zh: "审批部门", en: "approving agency" },
    publisher: { zh: "发布人", en: "publisher" }
  },
  states: {
    drafting: { description: { zh: "市政府办公厅会同有关部门编制", en: "drafted by the general office with others" } },
    "awaiting-approval": { description: { zh: "已报市政府批准", en: "submitted to the municipal government" } },
    approved: { description: { zh: "市政府已批准，待向社会公布", en: "approved: to be published" } },
    published: { description: { zh: "已向社会公布并组织实施", en: "published and carried out" }, final: true }
  },
  events: {
    "submit-for-approval": {
      description: { zh: "报市政府批准", en: "submit the plan for the municipal government's approval" },
      payload: Submission
    },
    approve: { description: { zh: "市政府批准", en: "the municipal government approves" }, payload: Empty },
    return: { description: { zh: "退回修改", en: "return the draft for revision" }, payload: Reason },
    publish: { description: { zh: "向社会公布", en: "publish the plan" }, payload: Empty }
  },
  transitions: [
    {
      from: "drafting",
      event: "submit-for-approval",
      to: "awaiting-approval",
      guards: ["coDrafted", "opinionsSought"],
      actors: [drafter],
      action: "recordSubmission"
    },
    { from: "awaiting-approval", event: "approve", to: "approved", guards: [], actors: [approver] },
    {
      from: "awaiting-approval",
      event: "return",
      to: "drafting",
      guards: [],
      actors: [approver],
      action: "recordReturn"
    },
    { from: "approved", event: "publish", to: "published", guards: [], actors: [publisher] }
  ],
  guards: {
    coDrafted: Rule.contramap(cityPlanCoDrafted, (i: Input) => ({ coDrafters: submitted(i).coDrafters })),
    opinionsSought: Rule.contramap(cityPlanOpinionsSought, (i: Input) => ({
      opinionsSought: submitted(i).opinionsSought
    }))
  },
  actions: {
    recordSubmission: (ctx, e) =>
      e.type === "submit-for-approval"
        ? { ...ctx, coDrafters: e.payload.coDrafters, opinionsSought: e.payload.opinionsSought }
        : ctx,
    recordReturn: (ctx, e) => (e.type === "return" ? { ...ctx, returns: [...ctx.returns, e.payload.reason] } : ctx)
  },
  oversight: [generalOfficeOversight],
  agencyRefs: {}
})

/** The context a new city plan case starts with. */
export const newCityPlanContext = (title: string): CityPlanContext => ({
  title,
  coDrafters: [],
  opinionsSought: false,
  returns: []
})
