/**
 * The Zhengwu HTTP API as data (effect/http-api): the same definition serves
 * requests, generates the OpenAPI 3.1 document and the typed client. Decision
 * endpoints are generated from the core's registry, one per validator, each
 * with that validator's input schema.
 */
import { Article, CaseIndex, Decision, Document, EventStore, Integrity, LocalDate, Registry } from "@zhengwu/core"
import * as HttpApi from "effect/http-api/HttpApi"
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { complete } from "./OpenApiDocument.ts"
import { Authentication } from "./Principal.ts"
import {
  AuditorRequired,
  Forbidden,
  IdempotencyMismatch,
  InvalidInput,
  NotFound,
  Refused,
  VersionConflict
} from "./Problems.ts"

const Message = Schema.Struct({ zh: Schema.String, en: Schema.String })

export const RuleInfo = Schema.Struct({
  id: Schema.String,
  title: Message,
  severity: Schema.String,
  citations: Schema.Array(Schema.String),
  usedBy: Schema.Array(Schema.String)
})

export const MachineSummary = Schema.Struct({
  id: Schema.String,
  title: Message,
  citations: Schema.Array(Schema.String)
})

export const CaseView = Schema.Struct({
  id: Schema.String,
  machine: Schema.String,
  state: Schema.String,
  context: Schema.Unknown,
  version: Schema.Int,
  final: Schema.Boolean
})
export type CaseView = typeof CaseView.Type

export const CasePage = Schema.Struct({
  items: Schema.Array(CaseIndex.CaseSummary),
  next: Schema.NullOr(Schema.String)
})

/** A retried request with the same key has one effect (see the Cases service); 1-255 visible ascii characters. */
const idempotencyHeader = {
  "idempotency-key": Schema.optional(Schema.String.pipe(Schema.check(Schema.isPattern(/^[\x21-\x7E]{1,255}$/u))))
}

/** An integer in a query string: digits only, as many as a safe integer holds. */
const IntQuery = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^-?(?:0|[1-9][0-9]{0,14})$/u)),
  Schema.decodeTo(Schema.Int, SchemaTransformation.numberFromString)
)

export class SystemGroup extends HttpApiGroup.make("system", { topLevel: true })
  .add(
    HttpApiEndpoint.get("healthz", "/healthz", { success: Schema.Struct({ status: Schema.Literal("ok") }) }),
    HttpApiEndpoint.get("readyz", "/readyz", { success: Schema.Struct({ status: Schema.Literal("ready") }) })
  )
  .annotateMerge(OpenApi.annotations({ title: "system" })) {}

export class CatalogueGroup extends HttpApiGroup.make("catalogue")
  .add(
    HttpApiEndpoint.get("regulations", "/v1/regulations", { success: Schema.Array(Document.Document) }),
    HttpApiEndpoint.get("article", "/v1/regulations/:doc/articles/:article", {
      params: { doc: Schema.String, article: Schema.String },
      success: Article.Article,
      error: NotFound
    }),
    HttpApiEndpoint.get("rules", "/v1/rules", { success: Schema.Array(RuleInfo) }),
    HttpApiEndpoint.get("machines", "/v1/machines", { success: Schema.Array(MachineSummary) }),
    HttpApiEndpoint.get("machine", "/v1/machines/:procedure/:name", {
      params: { procedure: Schema.String, name: Schema.String },
      query: { format: Schema.optional(Schema.Literals(["json", "mermaid"])) },
      success: Schema.Unknown,
      error: NotFound
    })
  )
  .annotateMerge(OpenApi.annotations({ title: "catalogue", description: "documents, articles, rules and machines" })) {}

/** The endpoint name of a validator, e.g. `seals/use` → `seals_use`. */
export const decisionEndpointName = (validatorId: string) => validatorId.replaceAll("/", "_").replaceAll("-", "_")

const decisionEndpoints = Registry.validators.map((v) =>
  HttpApiEndpoint.post(decisionEndpointName(v.id), `/v1/decisions/${v.id}`, {
    query: { asOf: Schema.optional(LocalDate.LocalDate) },
    payload: v.input as Schema.Codec<unknown, unknown>,
    success: Decision.Decision
  })
)

export class DecisionsGroup extends HttpApiGroup.make("decisions")
  .add(...(decisionEndpoints as [(typeof decisionEndpoints)[number]]))
  .annotateMerge(
    OpenApi.annotations({ title: "decisions", description: "one endpoint per validator; asOf defaults to today" })
  ) {}

const caseErrors = [NotFound, VersionConflict, IdempotencyMismatch, Refused, Forbidden, InvalidInput] as const

export class CasesGroup extends HttpApiGroup.make("cases")
  .add(
    HttpApiEndpoint.post("start", "/v1/cases", {
      headers: idempotencyHeader,
      payload: Schema.Struct({
        machine: Schema.String,
        context: Schema.Unknown,
        id: Schema.optional(Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Za-z0-9._-]{1,128}$/u))))
      }),
      success: CaseView,
      error: caseErrors
    }),
    HttpApiEndpoint.post("fire", "/v1/cases/:id/events", {
      params: { id: Schema.String },
      headers: idempotencyHeader,
      payload: Schema.Struct({
        type: Schema.String,
        payload: Schema.optional(Schema.Unknown),
        expectedVersion: Schema.optional(Schema.Int)
      }),
      success: CaseView,
      error: caseErrors
    }),
    HttpApiEndpoint.get("get", "/v1/cases/:id", {
      params: { id: Schema.String },
      success: CaseView,
      error: caseErrors
    }),
    HttpApiEndpoint.get("history", "/v1/cases/:id/history", {
      params: { id: Schema.String },
      success: Schema.Array(EventStore.StoredEvent),
      error: caseErrors
    }),
    HttpApiEndpoint.get("list", "/v1/cases", {
      query: {
        machine: Schema.optional(Schema.String),
        state: Schema.optional(Schema.String),
        agency: Schema.optional(Schema.String),
        createdFrom: Schema.optional(IntQuery),
        createdTo: Schema.optional(IntQuery),
        limit: Schema.optional(IntQuery),
        after: Schema.optional(Schema.String)
      },
      success: CasePage
    }),
    HttpApiEndpoint.get("verifyAudit", "/v1/audit/verify", { success: Integrity.Integrity, error: AuditorRequired }),
    HttpApiEndpoint.get("decisionsByRule", "/v1/rules/:procedure/:name/decisions", {
      params: { procedure: Schema.String, name: Schema.String },
      query: { afterSeq: Schema.optional(IntQuery), limit: Schema.optional(IntQuery) },
      success: Schema.Array(CaseIndex.RuleDecision),
      error: AuditorRequired
    })
  )
  .middleware(Authentication)
  .annotateMerge(
    OpenApi.annotations({
      title: "cases",
      description: "regulated procedures as cases; the actor is the authenticated principal"
    })
  ) {}

export class Api extends HttpApi.make("zhengwu")
  .add(SystemGroup)
  .add(CatalogueGroup)
  .add(DecisionsGroup)
  .add(CasesGroup)
  .middleware(HttpApiMiddleware.ProblemDetails)
  // unknown properties and query parameters are refused, as the document's `additionalProperties: false` says
  .annotate(HttpApi.PayloadParseOptions, { onExcessProperty: "error", errors: "all" })
  .annotate(HttpApi.QueryParseOptions, { onExcessProperty: "error", errors: "all" })
  .annotateMerge(
    OpenApi.annotations({
      transform: complete,
      title: "Zhengwu",
      version: "0.1.0",
      description: "Shanghai e-government regulations as code: every decision says which article, which facts and why."
    })
  ) {}
