/**
 * A validator: an input schema and the rules that decide on it. `decide` is a
 * pure function of typed input and date; `decideUnknown` decodes first and
 * answers a DecodeError (never a decision) for bad input.
 */
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import type * as Catalogue from "../catalogue/Catalogue.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import { type Decision, fromFindings } from "./Decision.ts"
import { type DecodeError, decoder } from "./DecodeError.ts"
import type { Message } from "./Finding.ts"
import { evaluate, type Rule } from "./Rule.ts"

export interface Validator<I> {
  /** Stable id, `<procedure>/<name>`, e.g. `seals/use`. */
  readonly id: string
  readonly title: Message
  readonly input: Schema.Codec<I, unknown>
  /**
   * Who the validator's document applies to. When the scope rule is not
   * satisfied the decision is `not-applicable`, whatever the other rules say.
   */
  readonly scope?: Rule<I>
  readonly rules: ReadonlyArray<Rule<I>>
}

export const make = <I>(v: Validator<I>): Validator<I> => v

/**
 * Applies every rule as of `asOf` and derives the decision from the findings;
 * in a view of the catalogue when given (impact/Amendment.ts).
 */
export const decide = <I>(validator: Validator<I>, input: I, asOf: LocalDate, view?: Catalogue.View): Decision => {
  if (validator.scope !== undefined) {
    const scope = evaluate(validator.scope, input, asOf, view)
    if (scope.status !== "satisfied") {
      const outside = { ...scope, status: "not-applicable" as const }
      return { ...fromFindings(validator.id, asOf, [outside]), outcome: "not-applicable", reasons: [outside] }
    }
  }
  return fromFindings(
    validator.id,
    asOf,
    validator.rules.map((r) => evaluate(r, input, asOf, view)),
    [],
    view
  )
}

/** Decodes unknown input (e.g. parsed JSON) with the validator's schema. */
export const decodeInput = <I>(validator: Validator<I>): ((input: unknown) => Result.Result<I, DecodeError>) => {
  let d = decoders.get(validator)
  if (d === undefined) {
    d = decoder(validator.input, `${validator.id} input`)
    decoders.set(validator, d)
  }
  return d as (input: unknown) => Result.Result<I, DecodeError>
}
const decoders = new WeakMap<object, (input: unknown) => Result.Result<unknown, DecodeError>>()

/** Decode, then decide. Bad input gives a DecodeError naming the path; no decision is made. */
export const decideUnknown = <I>(
  validator: Validator<I>,
  input: unknown,
  asOf: LocalDate
): Result.Result<Decision, DecodeError> => Result.map(decodeInput(validator)(input), (i) => decide(validator, i, asOf))
