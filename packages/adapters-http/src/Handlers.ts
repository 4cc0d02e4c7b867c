/**
 * The API's handlers: thin over the core — catalogue and registry reads,
 * validators (each decision logged), the Cases service, the audit trail — with
 * the core's errors mapped to problems in the request's language. The actor of
 * every case command is the authenticated principal; a refusal's kind decides
 * its status (403 actor not permitted, 409 not possible in the state, 422
 * refused by a rule or not in force).
 */
import {
  Access,
  type Actor,
  ApiKeys,
  AuditLog,
  type CaseError,
  CaseIndex,
  Cases,
  Catalogue,
  Citation,
  Clock,
  type Decision,
  DecisionLog,
  DecodeError,
  EventStore,
  Impact,
  Integrity,
  type LocalDate,
  MachineJson,
  RateLimits,
  Registry,
  Validator
} from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as HttpServerRequest from "effect/http/HttpServerRequest"
import * as HttpServerResponse from "effect/http/HttpServerResponse"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"
import { Api, decisionEndpointName, fireEndpointName } from "./Api.ts"
import { type Lang, negotiate, type Text } from "./Language.ts"
import { Authentication, CurrentPrincipal, type Principal, RateLimit, RequestProblems } from "./Principal.ts"
import { describeProblems, type InputProblem } from "./Problem.ts"
import {
  AuditorRequired,
  IdempotencyMismatch,
  Internal,
  InvalidInput,
  NotFound,
  NotPermitted,
  NotPossibleNow,
  of,
  RateLimited,
  Refused,
  Unauthenticated,
  VersionConflict
} from "./Problems.ts"

/** The language of the current request's problems. */
export const requestLang: Effect.Effect<Lang, never, HttpServerRequest.HttpServerRequest> = Effect.map(
  HttpServerRequest.HttpServerRequest,
  (r) => negotiate(r.headers["accept-language"])
)

/** A core problem (English message, Chinese beside it) in `lang`, with its path from the request's root. */
export const localise = (
  problems: ReadonlyArray<DecodeError.Problem>,
  lang: Lang,
  at: ReadonlyArray<string | number> = []
): ReadonlyArray<InputProblem> =>
  problems.map((p) => ({ path: [...at, ...p.path], message: lang === "zh" ? (p.zh ?? p.message) : p.message }))

/** What a refusal says: each determining finding's message and the articles it cites, by name. */
export const refusalText = (decision: Decision.Decision): Text => {
  const each = decision.reasons.map((f) => Citation.cite(f.message, f.citations))
  return {
    zh: each.map((x) => x.zh).join("；") || "不予办理",
    en: each.map((x) => x.en).join("; ") || "refused"
  }
}

/** The core's CaseError as the API's problem; a corrupt stream is a defect (500). */
export type CaseProblem =
  | NotFound
  | InvalidInput
  | VersionConflict
  | IdempotencyMismatch
  | Refused
  | NotPermitted
  | NotPossibleNow

const quoted = (lang: Lang, s: string | null) => (lang === "zh" ? `“${s ?? ""}”` : `"${s ?? ""}"`)

export const toProblem =
  (lang: Lang, at: ReadonlyArray<string> = []) =>
  (e: CaseError.CaseError): Effect.Effect<never, CaseProblem> => {
    switch (e.reason) {
      case "invalid-input": {
        const problems = localise(e.problems, lang, at)
        return Effect.fail(of(InvalidInput, "invalid-input", lang, describeProblems(problems), { problems }))
      }
      case "not-found":
      case "not-readable":
        // a case the principal may not read answers as one that does not exist
        return Effect.fail(
          of(NotFound, "not-found", lang, {
            zh: `没有编号为${quoted("zh", e.caseId)}的案件`,
            en: `no case ${quoted("en", e.caseId)}`
          })
        )
      case "unknown-machine":
        return Effect.fail(
          of(NotFound, "not-found", lang, {
            zh: `没有编号为${quoted("zh", e.detail)}的办理程序`,
            en: `no procedure ${quoted("en", e.detail)}`
          })
        )
      case "version-conflict":
        return Effect.fail(
          of(
            VersionConflict,
            "version-conflict",
            lang,
            {
              zh: `案件已是第 ${e.actualVersion} 版，而不是请求所依据的第 ${e.expectedVersion} 版：请重新读取后再办理`,
              en: `the case is at version ${e.actualVersion}, not ${e.expectedVersion}: read it again, then retry`
            },
            { expectedVersion: e.expectedVersion, actualVersion: e.actualVersion }
          )
        )
      case "idempotency-mismatch":
        return Effect.fail(
          of(IdempotencyMismatch, "idempotency-mismatch", lang, {
            zh: "该幂等键已用于另一个请求：新的请求请使用新的键",
            en: "the idempotency key was used for another request: use a new key for a new request"
          })
        )
      case "refused": {
        const decision = e.decision
        if (decision === null) return Effect.die(e)
        const detail = refusalText(decision)
        switch (decision.refusal) {
          case "actor-not-permitted":
            return Effect.fail(of(NotPermitted, "not-permitted", lang, detail, { decision }))
          case "no-such-transition":
            return Effect.fail(of(NotPossibleNow, "not-possible-now", lang, detail, { decision }))
          default:
            return Effect.fail(of(Refused, "refused", lang, detail, { decision }))
        }
      }
      case "corrupt-stream":
        return Effect.die(e)
    }
  }

const SystemHandlers = HttpApiBuilder.group(
  Api,
  "system",
  Effect.fnUntraced(function* (handlers) {
    const audit = yield* AuditLog.AuditLog
    return handlers
      .handle("healthz", () => Effect.succeed({ status: "ok" as const }))
      .handle("readyz", () => Effect.as(audit.list({ limit: 1 }), { status: "ready" as const }))
  })
)

const notFound = (lang: Lang, what: Text) =>
  Effect.flatMap(Effect.succeed(lang), (l) => Effect.fail(of(NotFound, "not-found", l, what)))

const CatalogueHandlers = HttpApiBuilder.group(Api, "catalogue", (handlers) =>
  handlers
    .handle("regulations", () => Effect.succeed(Catalogue.documents))
    .handle("article", ({ params }) =>
      Effect.flatMap(requestLang, (lang) => {
        const a = Catalogue.getArticle(`${params.doc}/${params.article}`)
        const id = `${params.doc}/${params.article}`
        return a === undefined
          ? notFound(lang, { zh: `没有条文${quoted("zh", id)}`, en: `no article ${quoted("en", id)}` })
          : Effect.succeed(a)
      })
    )
    .handle("rules", () => Effect.succeed(Registry.rules))
    .handle("machines", () =>
      Effect.succeed(Registry.machines.map((m) => ({ id: m.id, title: m.title, citations: m.citations })))
    )
    .handle("machine", ({ params, query }) =>
      Effect.flatMap(requestLang, (lang) => {
        const id = `${params.procedure}/${params.name}`
        const m = Registry.getMachine(id)
        if (m === undefined)
          return notFound(lang, { zh: `没有办理程序${quoted("zh", id)}`, en: `no procedure ${quoted("en", id)}` })
        if (query.format === "mermaid") {
          return Effect.succeed(HttpServerResponse.text(MachineJson.toMermaid(m), { contentType: "text/vnd.mermaid" }))
        }
        const example = Registry.examples.find((e) => e.machine === m.id)
        return Effect.succeed({ ...MachineJson.toJson(m), example: example ?? null } as unknown)
      })
    )
)

interface DynamicHandlers {
  handle: (
    name: string,
    // biome-ignore lint/suspicious/noExplicitAny: endpoints generated from the registry are typed by their schemas at run time
    f: (req: any) => Effect.Effect<unknown, unknown, unknown>
  ) => DynamicHandlers
}

// one handler per validator, as the endpoints were generated from the registry; every decision is logged
const DecisionsHandlers = HttpApiBuilder.group(
  Api,
  "decisions",
  Effect.fnUntraced(function* (handlers) {
    const clock = yield* Clock.Clock
    const log = yield* DecisionLog.DecisionLog
    let h = handlers as unknown as DynamicHandlers
    for (const v of Registry.validators) {
      h = h.handle(decisionEndpointName(v.id), ({ payload, query }) =>
        Effect.gen(function* () {
          const asOf = query.asOf === undefined ? yield* clock.today : (query.asOf as never)
          const decision = Validator.decide(v, payload as never, asOf)
          const { decisionId } = yield* log.record({ validator: v.id, input: payload, decision, actor: null })
          return { ...decision, decisionId }
        })
      )
    }
    return h as unknown as typeof handlers
  }) as never
)

/** The principal as the actor of a case command: agency and role only. */
const actorOf = (p: Principal) => ({ agency: p.actor.agency, role: p.actor.role }) as Actor.Actor

const auditorOnly = <A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E | AuditorRequired, R | CurrentPrincipal | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function* () {
    const p = yield* CurrentPrincipal
    if (p.auditor) return yield* effect
    const lang = yield* requestLang
    return yield* Effect.fail(
      of(AuditorRequired, "auditor-required", lang, {
        zh: "审计记录只能用审计员密钥查阅",
        en: "the audit trail is read with an auditor's key only"
      })
    )
  })

const CasesHandlers = HttpApiBuilder.group(
  Api,
  "cases",
  Effect.fnUntraced(function* (handlers) {
    const cases = yield* Cases.Cases
    const index = yield* CaseIndex.CaseIndex
    const principal = Effect.service(CurrentPrincipal)
    /** A case command as the principal, its CaseErrors as problems (paths from `at`). */
    const asPrincipal = <A>(at: ReadonlyArray<string>, f: (p: Principal) => Effect.Effect<A, CaseError.CaseError>) =>
      Effect.gen(function* () {
        const lang = yield* requestLang
        const p = yield* principal
        return yield* f(p).pipe(Effect.catchTag("CaseError", toProblem(lang, at)))
      })
    const fire = (
      id: string,
      payload: { type: string; payload?: unknown; expectedVersion?: number | undefined },
      key: string | undefined
    ) =>
      asPrincipal(["payload"], (p) =>
        cases.fire({
          caseId: id,
          event: { type: payload.type, payload: payload.payload ?? {} },
          actor: actorOf(p),
          expectedVersion: payload.expectedVersion,
          idempotencyKey: key
        })
      )
    type Req = {
      payload: {
        machine: string
        input: unknown
        id?: string
        type: string
        payload?: unknown
        expectedVersion?: number
      }
      params: { id: string }
      headers: Record<string, string | undefined>
      query: CaseIndex.CaseFilter
    }
    let h = (handlers as unknown as { handle: (name: string, f: (req: Req) => unknown) => DynamicHandlers })
      .handle("start", ({ payload, headers }: Req) =>
        asPrincipal(["payload", "input"], (p) =>
          cases.start({
            machine: payload.machine,
            input: payload.input,
            actor: actorOf(p),
            id: payload.id,
            idempotencyKey: headers["idempotency-key"]
          })
        )
      )
      .handle("fire", ({ params, payload, headers }: Req) => fire(params.id, payload, headers["idempotency-key"]))
      .handle("get", ({ params }: Req) => asPrincipal([], (p) => cases.get(params.id, p.actor)))
      .handle("history", ({ params }: Req) => asPrincipal([], (p) => cases.timeline(params.id, p.actor)))
      .handle("events", ({ params }: Req) => asPrincipal([], (p) => cases.history(params.id, p.actor)))
      .handle("list", ({ query }: Req) =>
        Effect.flatMap(principal, (p) =>
          index.list({
            ...query,
            readableBy: { agency: p.actor.agency, machines: Access.readableMachines(Registry.machines, p.actor.agency) }
          })
        )
      )
    // each machine's typed event endpoint: a case of another machine is not found there
    for (const m of Registry.machines) {
      h = h.handle(fireEndpointName(m.id), ({ params, payload, headers }) =>
        Effect.flatMap(
          asPrincipal([], (p) => cases.get(params.id, p.actor)),
          (view): Effect.Effect<unknown, unknown, unknown> =>
            view.machine === m.id
              ? fire(params.id, payload as never, headers["idempotency-key"])
              : Effect.flatMap(requestLang, (lang) =>
                  notFound(lang, {
                    zh: `没有编号为${quoted("zh", params.id)}的${m.title.zh}案件`,
                    en: `no ${m.title.en} case ${quoted("en", params.id)}`
                  })
                )
        )
      )
    }
    return h as unknown as typeof handlers
  }) as never
)

const AuditHandlers = HttpApiBuilder.group(
  Api,
  "audit",
  Effect.fnUntraced(function* (handlers) {
    const index = yield* CaseIndex.CaseIndex
    const audit = yield* AuditLog.AuditLog
    const store = yield* EventStore.EventStore
    const log = yield* DecisionLog.DecisionLog
    const clock = yield* Clock.Clock
    return handlers
      .handle("verifyAudit", () =>
        auditorOnly(
          Integrity.verify.pipe(
            Effect.provideService(AuditLog.AuditLog, audit),
            Effect.provideService(EventStore.EventStore, store)
          )
        )
      )
      .handle("decisionsByRule", ({ params, query }) =>
        auditorOnly(
          // a rule and its aliases (the ids it was recorded under before), merged in audit order
          Effect.map(
            Effect.forEach(Registry.recordedIds(`${params.procedure}/${params.name}`), (id) =>
              index.decisionsByRule(id, query)
            ),
            (pages) =>
              pages
                .flat()
                .sort((a, b) => a.auditSeq - b.auditSeq)
                .slice(0, CaseIndex.pageSize(query.limit))
          )
        )
      )
      .handle("decisionLog", ({ query }) => auditorOnly(log.list(query)))
      .handle("exportDecisionLog", ({ query }) =>
        auditorOnly(Effect.map(log.list({ validator: query.validator }), DecisionLog.toNdjson))
      )
      .handle("impact", ({ query, payload }) =>
        auditorOnly(
          Effect.gen(function* () {
            const asOf = query.asOf === undefined ? yield* clock.today : (query.asOf as LocalDate.LocalDate)
            // the log's days are the days its validators decided on, LocalDates
            const decisions = payload.decisions ?? ((yield* log.list()) as ReadonlyArray<Impact.Recorded>)
            const report = Impact.report({ amendment: payload.amendment, decisions, cases: payload.cases, asOf })
            if (Result.isSuccess(report)) return report.success
            const lang = yield* requestLang
            const e = report.failure
            const problems = [{ path: ["amendment", "changes", e.change], message: e.detail[lang] }]
            return yield* Effect.fail(of(InvalidInput, "invalid-input", lang, describeProblems(problems), { problems }))
          })
        )
      )
  })
)

/**
 * Keys map to principals through the ApiKeys port (a bearer token or an
 * `x-api-key` header; the edge has already refused two that disagree); each
 * authenticated request counts against the key's rate limit.
 */
export const AuthenticationLive = Layer.effect(
  Authentication,
  Effect.gen(function* () {
    const keys = yield* ApiKeys.ApiKeys
    const limits = yield* RateLimits.RateLimits
    const clock = yield* Clock.Clock
    const limit = yield* RateLimit
    const principalOf = (credential: Redacted.Redacted<string>) =>
      Effect.gen(function* () {
        const lang = yield* requestLang
        const hash = yield* ApiKeys.hashKey(Redacted.value(credential))
        const record = yield* keys.findByHash(hash)
        if (record === undefined || record.revokedAt !== null) {
          return yield* Effect.fail(
            of(Unauthenticated, "unauthenticated", lang, {
              zh: "密钥未知或已吊销",
              en: "unknown or revoked api key"
            })
          )
        }
        const now = yield* clock.currentTimeMillis
        const start = RateLimits.windowStart(now, limit.windowMs)
        const count = yield* limits.hit(`key:${hash}`, start)
        if (count > limit.perWindow) {
          const seconds = Math.max(1, Math.ceil((start + limit.windowMs - now) / 1000))
          return yield* Effect.fail(
            of(
              RateLimited,
              "rate-limited",
              lang,
              {
                zh: `该密钥在 ${limit.windowMs / 1000} 秒内的请求超过 ${limit.perWindow} 次：请在 ${seconds} 秒后重试`,
                en: `more than ${limit.perWindow} requests in ${limit.windowMs / 1000} s with this key: retry in ${seconds} s`
              },
              { retryAfterSeconds: seconds }
            )
          )
        }
        return { actor: { agency: record.agency, role: record.role } as Actor.Actor, auditor: record.auditor }
      })
    return Authentication.of({
      bearer: (httpEffect, { credential }) =>
        Effect.flatMap(principalOf(credential), (p) => Effect.provideService(httpEffect, CurrentPrincipal, p)),
      apiKey: (httpEffect, { credential }) =>
        Effect.flatMap(principalOf(credential), (p) => Effect.provideService(httpEffect, CurrentPrincipal, p))
    })
  })
)

/** Request-validation failures as `InvalidInput` (paths from the request slot), response failures as `Internal`. */
export const RequestProblemsLive = HttpApiMiddleware.layerSchemaErrorTransform(RequestProblems, (error) =>
  Effect.gen(function* () {
    const lang = yield* requestLang
    if (error.kind === "Body" || error.kind === "ResponseHeaders") {
      return yield* Effect.fail(
        of(Internal, "internal", lang, {
          zh: "服务器未能作答",
          en: "the server could not answer this request"
        })
      )
    }
    const slot = error.kind === "Payload" ? "payload" : error.kind.toLowerCase()
    const problems = localise(DecodeError.problemsOf(error.cause.issue), lang, [slot])
    return yield* Effect.fail(of(InvalidInput, "invalid-input", lang, describeProblems(problems), { problems }))
  })
)

/** Every handler group of the API (needs Cases, CaseIndex, AuditLog, DecisionLog, ApiKeys and Clock). */
export const layer = Layer.mergeAll(
  SystemHandlers,
  CatalogueHandlers,
  DecisionsHandlers,
  CasesHandlers,
  AuditHandlers
).pipe(Layer.provideMerge(AuthenticationLive), Layer.provideMerge(RequestProblemsLive))
