/**
 * The seal-signing machine (签署流程), xuhui-eseal-2015 art 7: an electronic
 * seal goes through the same flow as the unit's physical seal — drafted,
 * approved by whoever approves the physical seal, then applied by its keeper.
 * The source names no roles; `drafter`, `seal-approver` and `seal-keeper` are the
 * SDK's names for the steps of the unit's own physical-seal flow, and every
 * step is taken by the unit that owns the seal.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-digital-cert/10", "xuhui-eseal-2015/2",
 * "xuhui-eseal-2015/4", "xuhui-eseal-2015/7".
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import type { ActorRule } from "../machine/Actor.ts"
import * as Machine from "../machine/Machine.ts"
import { certificateValid, sealOwnerInScope } from "./art2-seal-and-certificate.ts"
import { documentKindPermitted, notClassifiedOrSensitive, onInternalPlatform } from "./art4-what-may-be-sealed.ts"
import { leadUnitSealOnJointIssue, roles } from "./art7-signing-flow.ts"
import { SealCertificate, SealUseRequest } from "./model.ts"

export const SigningContext = Schema.Struct({
  request: SealUseRequest,
  /** The certificate as it stood when the seal was applied (kept for archiving). */
  certificateAtSealing: Schema.NullOr(SealCertificate),
  rejection: Schema.NullOr(Schema.String)
})
export type SigningContext = typeof SigningContext.Type

const Empty = Schema.Struct({})

export type SigningEvents = {
  readonly submit: typeof Empty.Type
  readonly approve: typeof Empty.Type
  readonly reject: { readonly reason: string }
  readonly withdraw: typeof Empty.Type
  readonly "apply-seal": { readonly certificate: SealCertificate }
}

export type SigningState = "drafted" | "awaiting-approval" | "approved" | "sealed" | "rejected" | "withdrawn"

const art7: readonly [ArticleId, ...ArticleId[]] = ["xuhui-eseal-2015/7" as ArticleId]
const byOwner = (role: string): ActorRule => ({ agency: { kind: "case", ref: "sealOwner" }, role, citations: art7 })

type Input = Machine.GuardInput<SigningContext, SigningEvents>
const onRequest = (rule: Rule.Rule<SealUseRequest>) => Rule.contramap(rule, (i: Input) => i.context.request)

export const signing = Machine.make<SigningState, SigningContext, SigningEvents>()({
  id: "seals/signing",
  title: { zh: "电子印章签署流程", en: "electronic seal signing flow" },
  citations: art7,
  initial: "drafted",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ request: SealUseRequest }),
  initialContext: (input) => initialContext(input.request),
  context: SigningContext,
  roles: {
    drafter: { zh: "起草人", en: "drafter" },
    "seal-approver": { zh: "用印审批人", en: "seal approver" },
    "seal-keeper": { zh: "印章保管人", en: "seal keeper" }
  },
  states: {
    drafted: { description: { zh: "文件已起草，待提交用印", en: "drafted, not yet submitted for sealing" } },
    "awaiting-approval": { description: { zh: "已提交，待用印审批", en: "submitted, awaiting the seal approver" } },
    approved: { description: { zh: "用印已批准，待盖章", en: "sealing approved, awaiting the seal keeper" } },
    sealed: { description: { zh: "已加盖电子印章", en: "the electronic seal is applied" }, final: true },
    rejected: { description: { zh: "用印申请被驳回", en: "sealing refused by the approver" }, final: true },
    withdrawn: { description: { zh: "用印申请已撤回", en: "withdrawn by the drafter" }, final: true }
  },
  events: {
    submit: { description: { zh: "提交用印申请", en: "submit the document for sealing" }, payload: Empty },
    approve: { description: { zh: "批准用印", en: "approve the sealing" }, payload: Empty },
    reject: {
      description: { zh: "驳回用印", en: "refuse the sealing" },
      payload: Schema.Struct({ reason: Schema.NonEmptyString })
    },
    withdraw: { description: { zh: "撤回用印申请", en: "withdraw the request" }, payload: Empty },
    "apply-seal": {
      description: { zh: "加盖电子印章", en: "apply the electronic seal" },
      payload: Schema.Struct({ certificate: SealCertificate })
    }
  },
  transitions: [
    {
      from: "drafted",
      event: "submit",
      to: "awaiting-approval",
      guards: [
        "sealOwnerInScope",
        "documentKindPermitted",
        "onInternalPlatform",
        "notClassifiedOrSensitive",
        "leadUnitSealOnJointIssue"
      ],
      actors: [byOwner(roles.drafter)]
    },
    { from: "awaiting-approval", event: "approve", to: "approved", guards: [], actors: [byOwner(roles.sealApprover)] },
    {
      from: "awaiting-approval",
      event: "reject",
      to: "rejected",
      guards: [],
      actors: [byOwner(roles.sealApprover)],
      action: "recordRejection"
    },
    { from: "awaiting-approval", event: "withdraw", to: "withdrawn", guards: [], actors: [byOwner(roles.drafter)] },
    {
      from: "approved",
      event: "apply-seal",
      to: "sealed",
      guards: ["certificateValidAtSealing"],
      actors: [byOwner(roles.sealKeeper)],
      action: "recordCertificate"
    }
  ],
  guards: {
    sealOwnerInScope: onRequest(sealOwnerInScope),
    documentKindPermitted: onRequest(documentKindPermitted),
    onInternalPlatform: onRequest(onInternalPlatform),
    notClassifiedOrSensitive: onRequest(notClassifiedOrSensitive),
    leadUnitSealOnJointIssue: onRequest(leadUnitSealOnJointIssue),
    certificateValidAtSealing: Rule.contramap(certificateValid, (i: Input) => ({
      certificate: i.event.type === "apply-seal" ? i.event.payload.certificate : i.context.request.certificate
    }))
  },
  actions: {
    recordRejection: (ctx, e) => (e.type === "reject" ? { ...ctx, rejection: e.payload.reason } : ctx),
    recordCertificate: (ctx, e) =>
      e.type === "apply-seal" ? { ...ctx, certificateAtSealing: e.payload.certificate } : ctx
  },
  agencyRefs: {
    sealOwner: {
      description: { zh: "印章所属单位", en: "the unit that owns the seal" },
      resolve: (ctx) => ctx.request.sealOwner.id
    }
  }
})

/** The context a new signing case starts with. */
export const initialContext = (request: SealUseRequest): SigningContext => ({
  request,
  certificateAtSealing: null,
  rejection: null
})
