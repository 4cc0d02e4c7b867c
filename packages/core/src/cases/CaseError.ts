/** Why a case operation did not happen. Nothing was written when one of these is returned. */
import * as Schema from "effect/Schema"
import { Decision } from "../decision/Decision.ts"
import { Problem } from "../decision/DecodeError.ts"

export const Reason = Schema.Literals([
  "not-found",
  /** The case exists but the reader is not a party to it (see Access); transports answer as for `not-found`. */
  "not-readable",
  "unknown-machine",
  "invalid-input",
  "refused",
  "version-conflict",
  "idempotency-mismatch",
  "corrupt-stream"
])
export type Reason = typeof Reason.Type

export class CaseError extends Schema.TaggedError<CaseError>()("CaseError", {
  reason: Reason,
  caseId: Schema.NullOr(Schema.String),
  /** For `refused`: the decision that says which article, which facts and why. */
  decision: Schema.NullOr(Decision),
  /** For `invalid-input`: each problem with its path. */
  problems: Schema.Array(Problem),
  /** For `version-conflict`: what the caller expected and what the case is at. */
  expectedVersion: Schema.NullOr(Schema.Int),
  actualVersion: Schema.NullOr(Schema.Int),
  detail: Schema.NullOr(Schema.String)
}) {}

export const caseError = (
  reason: Reason,
  fields: Partial<Omit<ConstructorParameters<typeof CaseError>[0], "reason">> = {}
): CaseError =>
  new CaseError({
    reason,
    caseId: fields.caseId ?? null,
    decision: fields.decision ?? null,
    problems: fields.problems ?? [],
    expectedVersion: fields.expectedVersion ?? null,
    actualVersion: fields.actualVersion ?? null,
    detail: fields.detail ?? null
  })
