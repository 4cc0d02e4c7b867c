/**
 * The API's errors as typed problems: one class per reason, so the OpenAPI
 * document declares each with its own `type`, and every instance is built by
 * the one builder (`Problem.make`), its title and detail in the request's
 * language. Status codes belong to the transport: the core's CaseError reasons
 * and refusal kinds map to them in Handlers, never inside the core.
 */
import { Decision } from "@zhengwu/core"
import * as Schema from "effect/Schema"
import type { Lang, Text } from "./Language.ts"
import * as Problem from "./Problem.ts"

const InputProblem = Schema.Struct({
  path: Schema.Array(Schema.Union([Schema.String, Schema.Int])),
  message: Schema.String
})

const encoding = { _tag: "Json", contentType: Problem.contentType }

/** The schema class of one reason's problem: its `type` and `status` fixed, its text in either language. */
const problemClass =
  <Self>() =>
  <const R extends Problem.Reason, const F extends Schema.Struct.Fields>(name: string, reason: R, fields: F) =>
    Schema.Error<Self>(name)(
      {
        type: Schema.Literal(Problem.typeOf(reason)),
        title: Schema.String,
        status: Schema.Literal(Problem.reasons[reason].status),
        detail: Schema.String,
        ...fields
      },
      {
        description: `${Problem.reasons[reason].title.zh} (${Problem.reasons[reason].title.en})`,
        httpApiStatus: Problem.reasons[reason].status,
        "~httpApiEncoding": encoding
      } as never
    )

export class InvalidInput extends problemClass<InvalidInput>()("InvalidInput", "invalid-input", {
  problems: Schema.Array(InputProblem)
}) {}

export class Unauthenticated extends problemClass<Unauthenticated>()("Unauthenticated", "unauthenticated", {}) {}

/** An actor outside the machine's actor table: the decision cites the article naming the competent agency. */
export class NotPermitted extends problemClass<NotPermitted>()("NotPermitted", "not-permitted", {
  decision: Decision.Decision
}) {}

/** The audit trail is read only with a key that operators made an auditor's. */
export class AuditorRequired extends problemClass<AuditorRequired>()("AuditorRequired", "auditor-required", {}) {}

export class NotFound extends problemClass<NotFound>()("NotFound", "not-found", {}) {}

export class VersionConflict extends problemClass<VersionConflict>()("VersionConflict", "version-conflict", {
  expectedVersion: Schema.NullOr(Schema.Int),
  actualVersion: Schema.NullOr(Schema.Int)
}) {}

/** An event the case's state does not allow: the decision names the state and the event. */
export class NotPossibleNow extends problemClass<NotPossibleNow>()("NotPossibleNow", "not-possible-now", {
  decision: Decision.Decision
}) {}

export class IdempotencyMismatch extends problemClass<IdempotencyMismatch>()(
  "IdempotencyMismatch",
  "idempotency-mismatch",
  {}
) {}

/** Refused by a rule of the regulation: the decision says which article, which facts and why. */
export class Refused extends problemClass<Refused>()("Refused", "refused", { decision: Decision.Decision }) {}

export class RateLimited extends problemClass<RateLimited>()("RateLimited", "rate-limited", {
  retryAfterSeconds: Schema.Int
}) {}

export class Internal extends problemClass<Internal>()("Internal", "internal", {}) {}

type Fields<C> = C extends new (fields: infer F) => unknown ? F : never

/** Builds a problem error of a class: its type, title and status from the reason, its text in `lang`. */
export const of = <C extends new (fields: never) => unknown>(
  Class: C,
  reason: Problem.Reason,
  lang: Lang,
  detail: Text,
  extra: Omit<Fields<C>, "type" | "title" | "status" | "detail"> = {} as never
): InstanceType<C> => new Class(Problem.make(reason, lang, detail, extra as Problem.Extra) as never) as InstanceType<C>
