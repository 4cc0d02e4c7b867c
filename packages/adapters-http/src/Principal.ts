/**
 * Who is calling: the principal an API key or bearer token maps to — an agency
 * and a role. The actor of every event is the authenticated principal, never a
 * field of the request body.
 */
import { type Actor, ApiKeys } from "@zhengwu/core"
import * as Context from "effect/Context"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as HttpApiSecurity from "effect/http-api/HttpApiSecurity"
import * as Schema from "effect/Schema"
import { Internal, InvalidInput, RateLimited, Unauthenticated } from "./Problems.ts"

/** The principal a key stands for: who acts (agency and role), and whether operators made it an auditor's. */
export interface Principal {
  readonly actor: Actor.Actor
  readonly auditor: boolean
}

export class CurrentPrincipal extends Context.Service<CurrentPrincipal, Principal>()(
  "@zhengwu/adapters-http/CurrentPrincipal"
) {}

export const apiKeyHeader = "x-api-key"

export class Authentication extends HttpApiMiddleware.Service<
  Authentication,
  { provides: CurrentPrincipal; requires: never }
>()("@zhengwu/adapters-http/Authentication", {
  requiredForClient: true,
  security: {
    bearer: HttpApiSecurity.bearer,
    apiKey: HttpApiSecurity.apiKey({ key: apiKeyHeader, in: "header" })
  },
  error: [Unauthenticated, RateLimited]
}) {}

/**
 * The per-key rate limit: at most `perWindow` authenticated requests per key in
 * each fixed window of `windowMs` (counted in storage, so across all server
 * processes). Over it: 429 with the seconds until the window ends.
 */
export class RateLimit extends Context.Reference<{ readonly perWindow: number; readonly windowMs: number }>(
  "@zhengwu/adapters-http/RateLimit",
  { defaultValue: () => ({ perWindow: 600, windowMs: 60_000 }) }
) {}

/**
 * Turns the API's own request-validation failures into the project's problem
 * shape (`InvalidInput`, each problem with its path, in the request's language)
 * and a response-encoding failure into the one `Internal` problem.
 */
export class RequestProblems extends HttpApiMiddleware.Service<RequestProblems>()(
  "@zhengwu/adapters-http/RequestProblems",
  { error: [InvalidInput, Internal] }
) {}

export const PrincipalJson = Schema.Struct({ agency: Schema.String, role: Schema.String })
export { ApiKeys }
