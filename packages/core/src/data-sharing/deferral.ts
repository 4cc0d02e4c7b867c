/**
 * Deferring the sharing of a database (暂缓实施), sh-egov-2012 art 27 para 2:
 * "暂不能共享和交换的,可在按照程序报批后,暂缓实施" — what cannot be shared yet may
 * be deferred once approved through the procedure. The article names neither
 * the procedure nor who approves, so the approver is an input recorded on the
 * case (`approver`) and the SDK names no agency; the role (`approver`) is the
 * SDK's name. A case starts `requested` with the organ's request and ends
 * `approved` or `refused`. The article gives no period for a deferral, so none
 * is recorded.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-egov-2012/27".
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import type { Oversight } from "../machine/Access.ts"
import { type ActorRule, AgencyId } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { deferralOfSharedDatabase } from "./egov-art27-sharing.ts"
import { type ApprovedDeferral, DeferralRequest } from "./model.ts"

export const DeferralContext = Schema.Struct({
  request: DeferralRequest,
  /** Who approves, as the case records it: the source does not say (按照程序报批). */
  approver: AgencyId,
  approval: Schema.NullOr(Schema.Struct({ reference: Schema.NonEmptyString })),
  refusal: Schema.NullOr(Schema.String)
})
export type DeferralContext = typeof DeferralContext.Type

const Approve = Schema.Struct({ reference: Schema.NonEmptyString })
const Refuse = Schema.Struct({ reason: Schema.NonEmptyString })

export type DeferralEvents = {
  readonly approve: typeof Approve.Type
  readonly refuse: typeof Refuse.Type
}
export type DeferralEvent = Machine.MachineEvent<DeferralEvents>
export type DeferralState = "requested" | "approved" | "refused"

const art27: readonly [ArticleId, ...ArticleId[]] = ["sh-egov-2012/27" as ArticleId]

/**
 * 市政府办公厅 推进、指导、协调、监督全市电子政务工作 (sh-egov-2012 art 5) and
 * supervises the measures' implementation (art 38): it reads every deferral case.
 */
const generalOfficeOversight: Oversight = {
  agency: "sh-gov-office",
  name: { zh: "市政府办公厅", en: "Municipal Government General Office" },
  citations: ["sh-egov-2012/5", "sh-egov-2012/38"] as unknown as Oversight["citations"]
}
const approver: ActorRule = { agency: { kind: "case", ref: "approver" }, role: "approver", citations: art27 }

type Input = Machine.GuardInput<DeferralContext, DeferralEvents>

export const deferral = Machine.make<DeferralState, DeferralContext, DeferralEvents>()({
  id: "data-sharing/deferral",
  title: { zh: "暂不能共享和交换的数据库报批暂缓", en: "deferring the sharing of a database, with approval" },
  citations: art27,
  initial: "requested",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ request: DeferralRequest, approver: AgencyId }),
  initialContext: (input) => newDeferralContext(input.request, input.approver),
  context: DeferralContext,
  roles: {
    approver: { zh: "审批部门", en: "approving agency" }
  },
  states: {
    requested: { description: { zh: "已报批，待批准", en: "submitted for approval" } },
    approved: { description: { zh: "经批准暂缓实施", en: "deferral approved" }, final: true },
    refused: { description: { zh: "暂缓申请未获批准", en: "deferral refused" }, final: true }
  },
  events: {
    approve: { description: { zh: "批准暂缓实施", en: "approve the deferral" }, payload: Approve },
    refuse: { description: { zh: "不予批准", en: "refuse the deferral" }, payload: Refuse }
  },
  transitions: [
    {
      from: "requested",
      event: "approve",
      to: "approved",
      guards: ["deferralOfSharedDatabase"],
      actors: [approver],
      action: "recordApproval"
    },
    { from: "requested", event: "refuse", to: "refused", guards: [], actors: [approver], action: "recordRefusal" }
  ],
  guards: {
    deferralOfSharedDatabase: Rule.contramap(deferralOfSharedDatabase, (i: Input) => i.context.request)
  },
  actions: {
    recordApproval: (ctx, e) => (e.type === "approve" ? { ...ctx, approval: { reference: e.payload.reference } } : ctx),
    recordRefusal: (ctx, e) => (e.type === "refuse" ? { ...ctx, refusal: e.payload.reason } : ctx)
  },
  oversight: [generalOfficeOversight],
  agencyRefs: {
    approver: {
      description: {
        zh: "审批暂缓的机关（来源未规定，由案件记录）",
        en: "the body that approves the deferral (not named by the source; recorded on the case)"
      },
      resolve: (ctx) => ctx.approver
    }
  }
})

/** The context a new deferral case starts with: the organ's request and the approver the caller names. */
export const newDeferralContext = (request: DeferralRequest, approverId: AgencyId): DeferralContext => ({
  request,
  approver: approverId,
  approval: null,
  refusal: null
})

/** The approved deferral of a case, for `data-sharing/basic-database-shared`; null unless the case is `approved`. */
export const approvedDeferral = (
  snapshot: Machine.Snapshot<DeferralState, DeferralContext>
): ApprovedDeferral | null =>
  snapshot.state === "approved" && snapshot.context.approval !== null
    ? { reference: snapshot.context.approval.reference, approvedBy: snapshot.context.approver }
    : null
