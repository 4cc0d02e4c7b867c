/**
 * The extranet access machine (政务外网接入), sh-extranet-2020 arts 3 and 7, only
 * as far as the source states it: a unit asks to connect to the municipal
 * extranet, and the Big Data Center, which art 7 makes responsible for the
 * municipal extranet's connection (接入), connects it — provided nothing
 * classified would travel over the non-classified extranet (art 3). The
 * guards are the validator's rules (networks/extranet-access-request), so the
 * machine follows it: the named bodies and those of their kind are users; any
 * other unit is connected with a warning, by the Big Data Center's act.
 *
 * Not formalised, because the source does not state it: how a request is made
 * and what it contains, any review step, refusal or withdrawal, deadlines,
 * disconnection, and connection to a district extranet (no manager named; the
 * source breaks off after art 7), so the context takes municipal requests only
 * and a district request is bad input, never a refusal. A refusal is therefore
 * only a guard's.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-extranet-2020/3", "sh-extranet-2020/7".
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import * as Machine from "../machine/Machine.ts"
import { bigDataCenter, generalOfficeOversight, named } from "./agencies.ts"
import { extranetCarriesNothingClassified, extranetServesApplicant } from "./extranet-art3-users.ts"
import { connectsToMunicipalExtranet } from "./extranet-art6-7-management.ts"
import { MunicipalAccessRequest } from "./model.ts"

/** A case's context: a request to connect to the municipal extranet (a district request cannot start a case). */
export const AccessContext = Schema.Struct({ request: MunicipalAccessRequest })
export type AccessContext = typeof AccessContext.Type

const Empty = Schema.Struct({})

export type AccessEvents = {
  readonly connect: typeof Empty.Type
}

export type AccessState = "requested" | "connected"

const art7: readonly [ArticleId, ...ArticleId[]] = ["sh-extranet-2020/7" as ArticleId]

/** The role the SDK gives the Big Data Center's act under art 7 (the source names no role). */
export const extranetManagerRole = "extranet-manager"

type Input = Machine.GuardInput<AccessContext, AccessEvents>
const onRequest = (rule: Rule.Rule<MunicipalAccessRequest>) => Rule.contramap(rule, (i: Input) => i.context.request)

export const extranetAccess = Machine.make<AccessState, AccessContext, AccessEvents>()({
  id: "networks/extranet-access",
  title: { zh: "市级政务外网接入", en: "connection to the municipal extranet" },
  citations: art7,
  initial: "requested",
  /** What a caller sends to start a case; the first context is derived from it. */
  input: Schema.Struct({ request: MunicipalAccessRequest }),
  initialContext: (input) => initialContext(input.request),
  context: AccessContext,
  roles: {
    "extranet-manager": { zh: "政务外网管理人员", en: "extranet manager" }
  },
  states: {
    requested: {
      description: { zh: "单位申请接入市级政务外网", en: "a unit asks to connect to the municipal extranet" }
    },
    connected: { description: { zh: "已接入市级政务外网", en: "connected to the municipal extranet" }, final: true }
  },
  events: {
    connect: {
      description: { zh: "市大数据中心办理接入", en: "the big data center connects the unit" },
      payload: Empty
    }
  },
  transitions: [
    {
      from: "requested",
      event: "connect",
      to: "connected",
      guards: ["connectsToMunicipalExtranet", "extranetCarriesNothingClassified", "extranetServesApplicant"],
      actors: [{ agency: named(bigDataCenter), role: extranetManagerRole, citations: art7 }]
    }
  ],
  guards: {
    connectsToMunicipalExtranet: onRequest(connectsToMunicipalExtranet),
    extranetCarriesNothingClassified: onRequest(extranetCarriesNothingClassified),
    extranetServesApplicant: onRequest(extranetServesApplicant)
  },
  actions: {},
  oversight: [generalOfficeOversight],
  agencyRefs: {
    applicant: {
      description: { zh: "申请接入的单位", en: "the unit asking to connect" },
      resolve: (ctx) => ctx.request.applicant.id
    }
  }
})

/** The context a new access case starts with. */
export const initialContext = (request: MunicipalAccessRequest): AccessContext => ({ request })
