/**
 * The API's handlers: thin over the core — catalogue and registry reads,
 * validators, and the Cases service — with the core's CaseErrors mapped to
 * problems. The actor of every case command is the authenticated principal.
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
  Clock,
  EventStore,
  Integrity,
  MachineJson,
  RateLimits,
  Registry,
  Validator
} from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as HttpServerResponse from "effect/http/HttpServerResponse"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { Api, decisionEndpointName } from "./Api.ts"
import { Authentication, CurrentPrincipal, type Principal, RateLimit } from "./Principal.ts"
import { describeProblems } from "./Problem.ts"
import { fromCaseError } from "./ProblemDetails.ts"
import {
  AuditorRequired,
  Forbidden,
  IdempotencyMismatch,
  InvalidInput,
  NotFound,
  RateLimited,
  Refused,
  Unauthenticated,
  VersionConflict
} from "./Problems.ts"

/** The core's CaseError as the API's problem; a corrupt stream is a defect (500). */
export type CaseProblem = NotFound | InvalidInput | VersionConflict | IdempotencyMismatch | Refused | Forbidden

export const toProblem =
  (at: ReadonlyArray<string> = []) =>
  (e: CaseError.CaseError): Effect.Effect<never, CaseProblem> => {
    const p = fromCaseError(e)
    switch (e.reason) {
      case "invalid-input": {
        const problems = e.problems.map((x) => ({ path: [...at, ...x.path], message: x.message }))
        return Effect.fail(new InvalidInput({ detail: describeProblems(problems), problems }))
      }
      case "not-found":
      case "not-readable":
        // a case the principal may not read answers as one that does not exist
        return Effect.fail(new NotFound({ detail: `no case \`${e.caseId}\`` }))
      case "unknown-machine":
        return Effect.fail(new NotFound({ detail: p.detail }))
      case "version-conflict":
        return Effect.fail(
          new VersionConflict({ detail: p.detail, expectedVersion: e.expectedVersion, actualVersion: e.actualVersion })
        )
      case "idempotency-mismatch":
        return Effect.fail(new IdempotencyMismatch({ detail: p.detail }))
      case "refused": {
        const decision = e.decision
        if (decision === null) return Effect.die(e)
        const byActor =
          decision.reasons.length > 0 && decision.reasons.every((f) => f.rule.endsWith("/actor-permitted"))
        return Effect.fail(
          byActor ? new Forbidden({ detail: p.detail, decision }) : new Refused({ detail: p.detail, decision })
        )
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

const CatalogueHandlers = HttpApiBuilder.group(Api, "catalogue", (handlers) =>
  handlers
    .handle("regulations", () => Effect.succeed(Catalogue.documents))
    .handle("article", ({ params }) => {
      const a = Catalogue.getArticle(`${params.doc}/${params.article}`)
      return a === undefined
        ? Effect.fail(new NotFound({ detail: `no article \`${params.doc}/${params.article}\`` }))
        : Effect.succeed(a)
    })
    .handle("rules", () => Effect.succeed(Registry.rules))
    .handle("machines", () =>
      Effect.succeed(Registry.machines.map((m) => ({ id: m.id, title: m.title, citations: m.citations })))
    )
    .handle("machine", ({ params, query }) => {
      const m = Registry.getMachine(`${params.procedure}/${params.name}`)
      if (m === undefined)
        return Effect.fail(new NotFound({ detail: `no machine \`${params.procedure}/${params.name}\`` }))
      return query.format === "mermaid"
        ? Effect.succeed(HttpServerResponse.text(MachineJson.toMermaid(m), { contentType: "text/vnd.mermaid" }))
        : Effect.succeed(MachineJson.toJson(m) as unknown)
    })
)

interface DynamicHandlers {
  handle: (
    name: string,
    f: (req: { payload: unknown; query: { asOf?: string } }) => Effect.Effect<unknown>
  ) => DynamicHandlers
}

// one handler per validator, as the endpoints were generated from the registry
const DecisionsHandlers = HttpApiBuilder.group(
  Api,
  "decisions",
  Effect.fnUntraced(function* (handlers) {
    const clock = yield* Clock.Clock
    let h = handlers as unknown as DynamicHandlers
    for (const v of Registry.validators) {
      h = h.handle(decisionEndpointName(v.id), ({ payload, query }) =>
        Effect.map(query.asOf === undefined ? clock.today : Effect.succeed(query.asOf as never), (asOf) =>
          Validator.decide(v, payload as never, asOf)
        )
      )
    }
    return h as unknown as typeof handlers
  }) as never
)

/** The principal as the actor of a case command: agency and role only. */
const actorOf = (p: Principal) => ({ agency: p.actor.agency, role: p.actor.role }) as Actor.Actor

const auditorOnly = <A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E | AuditorRequired, R | CurrentPrincipal> =>
  Effect.flatMap(
    Effect.service(CurrentPrincipal),
    (p): Effect.Effect<A, E | AuditorRequired, R> =>
      p.auditor
        ? effect
        : Effect.fail(new AuditorRequired({ detail: "the audit trail is read with an auditor's key only" }))
  )

const CasesHandlers = HttpApiBuilder.group(
  Api,
  "cases",
  Effect.fnUntraced(function* (handlers) {
    const cases = yield* Cases.Cases
    const index = yield* CaseIndex.CaseIndex
    const audit = yield* AuditLog.AuditLog
    const store = yield* EventStore.EventStore
    const principal = Effect.service(CurrentPrincipal)
    return handlers
      .handle("start", ({ payload, headers }) =>
        Effect.flatMap(principal, (p) =>
          cases.start({
            machine: payload.machine,
            context: payload.context,
            actor: actorOf(p),
            id: payload.id,
            idempotencyKey: headers["idempotency-key"]
          })
        ).pipe(Effect.catchTag("CaseError", toProblem(["payload", "context"])))
      )
      .handle("fire", ({ params, payload, headers }) =>
        Effect.flatMap(principal, (p) =>
          cases.fire({
            caseId: params.id,
            event: { type: payload.type, payload: payload.payload ?? {} },
            actor: actorOf(p),
            expectedVersion: payload.expectedVersion,
            idempotencyKey: headers["idempotency-key"]
          })
        ).pipe(Effect.catchTag("CaseError", toProblem(["payload"])))
      )
      .handle("get", ({ params }) =>
        Effect.flatMap(principal, (p) => cases.get(params.id, p.actor)).pipe(Effect.catchTag("CaseError", toProblem()))
      )
      .handle("history", ({ params }) =>
        Effect.flatMap(principal, (p) => cases.history(params.id, p.actor)).pipe(
          Effect.catchTag("CaseError", toProblem())
        )
      )
      .handle("list", ({ query }) =>
        Effect.flatMap(principal, (p) =>
          index.list({
            ...query,
            readableBy: {
              agency: p.actor.agency,
              machines: Access.readableMachines(Registry.machines, p.actor.agency)
            }
          })
        )
      )
      .handle("verifyAudit", () =>
        auditorOnly(
          Integrity.verify.pipe(
            Effect.provideService(AuditLog.AuditLog, audit),
            Effect.provideService(EventStore.EventStore, store)
          )
        )
      )
      .handle("decisionsByRule", ({ params, query }) =>
        auditorOnly(index.decisionsByRule(`${params.procedure}/${params.name}`, query))
      )
  })
)

/**
 * Keys map to principals through the ApiKeys port (a bearer token or an
 * `x-api-key` header); each authenticated request counts against the key's
 * rate limit.
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
        const hash = yield* ApiKeys.hashKey(Redacted.value(credential))
        const record = yield* keys.findByHash(hash)
        if (record === undefined || record.revokedAt !== null) {
          return yield* new Unauthenticated({ detail: "unknown or revoked api key" })
        }
        const now = yield* clock.currentTimeMillis
        const start = RateLimits.windowStart(now, limit.windowMs)
        const count = yield* limits.hit(`key:${hash}`, start)
        if (count > limit.perWindow) {
          return yield* new RateLimited({
            detail: `more than ${limit.perWindow} requests in ${limit.windowMs / 1000} s with this key`,
            retryAfterSeconds: Math.max(1, Math.ceil((start + limit.windowMs - now) / 1000))
          })
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

/** Every handler group of the API (needs Cases, CaseIndex, AuditLog, ApiKeys and Clock). */
export const layer = Layer.mergeAll(SystemHandlers, CatalogueHandlers, DecisionsHandlers, CasesHandlers).pipe(
  Layer.provideMerge(AuthenticationLive)
)
