/**
 * The API's errors as typed RFC 9457 problems (`application/problem+json`).
 * Status codes belong to the transport: the core's CaseError reasons map to
 * them here (ProblemDetails.ts), never inside the core.
 */
import { Decision } from "@zhengwu/core"
import * as HttpApiError from "effect/http-api/HttpApiError"
import * as Schema from "effect/Schema"

const Problem = Schema.Struct({
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  message: Schema.String
})

export class InvalidInput extends HttpApiError.Problem<InvalidInput>()(
  "InvalidInput",
  { type: "urn:zhengwu:problem:invalid-input", status: 400, title: "invalid input" },
  { detail: Schema.String, problems: Schema.Array(Problem) }
) {}

export class Unauthenticated extends HttpApiError.Problem<Unauthenticated>()(
  "Unauthenticated",
  { type: "urn:zhengwu:problem:unauthenticated", status: 401, title: "unauthenticated" },
  { detail: Schema.String }
) {}

/** An actor outside the machine's actor table: the decision cites the article naming the competent agency. */
export class Forbidden extends HttpApiError.Problem<Forbidden>()(
  "Forbidden",
  { type: "urn:zhengwu:problem:forbidden", status: 403, title: "not permitted by the regulation" },
  { detail: Schema.String, decision: Decision.Decision }
) {}

/** The audit trail is read only with a key that operators made an auditor's. */
export class AuditorRequired extends HttpApiError.Problem<AuditorRequired>()(
  "AuditorRequired",
  { type: "urn:zhengwu:problem:auditor-required", status: 403, title: "auditor role required" },
  { detail: Schema.String }
) {}

export class NotFound extends HttpApiError.Problem<NotFound>()(
  "NotFound",
  { type: "urn:zhengwu:problem:not-found", status: 404, title: "not found" },
  { detail: Schema.String }
) {}

export class VersionConflict extends HttpApiError.Problem<VersionConflict>()(
  "VersionConflict",
  { type: "urn:zhengwu:problem:version-conflict", status: 409, title: "version conflict" },
  { detail: Schema.String, expectedVersion: Schema.NullOr(Schema.Int), actualVersion: Schema.NullOr(Schema.Int) }
) {}

export class IdempotencyMismatch extends HttpApiError.Problem<IdempotencyMismatch>()(
  "IdempotencyMismatch",
  {
    type: "urn:zhengwu:problem:idempotency-mismatch",
    status: 422,
    title: "idempotency key reused with a different request"
  },
  { detail: Schema.String }
) {}

/** Refused by a rule of the regulation: the decision says which article, which facts and why. */
export class Refused extends HttpApiError.Problem<Refused>()(
  "Refused",
  { type: "urn:zhengwu:problem:refused", status: 422, title: "refused by the regulation" },
  { detail: Schema.String, decision: Decision.Decision }
) {}

export class RateLimited extends HttpApiError.Problem<RateLimited>()(
  "RateLimited",
  { type: "urn:zhengwu:problem:rate-limited", status: 429, title: "too many requests" },
  { detail: Schema.String, retryAfterSeconds: Schema.Int }
) {}
