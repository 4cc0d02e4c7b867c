/**
 * A validator: an input schema and the rules that decide on it. `decide` is a
 * pure function of typed input and date; `decideUnknown` decodes first and
 * answers a DecodeError (never a decision) for bad input.
 */
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import { citesUndated } from "../catalogue/caveats.ts"
import type * as Documents from "../catalogue/Documents.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import { type Decision, derive, fromFindings } from "./Decision.ts"
import { type DecodeError, decoder } from "./DecodeError.ts"
import type { Finding, Message } from "./Finding.ts"
import { evaluate, notInForceFinding, perDay, type Rule, run } from "./Rule.ts"

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
 * What of a decision depends on the validator and the day only: for the scope
 * and each rule, its not-applicable finding when its articles are not in force
 * that day (null when they are). Computed once per (validator, day).
 */
interface Plan {
  readonly scope: Finding | null
  readonly rules: ReadonlyArray<Finding | null>
  /** Whether any rule cites a document whose start is unknown (its decisions may carry a caveat). */
  readonly undated: boolean
}
const planOf = perDay(
  (v: Validator<never>, asOf: LocalDate): Plan => ({
    scope: v.scope === undefined ? null : notInForceFinding(v.scope, asOf),
    rules: v.rules.map((r) => notInForceFinding(r, asOf)),
    undated: [...(v.scope === undefined ? [] : [v.scope]), ...v.rules].some((r) => citesUndated(r.citations))
  })
)

/**
 * Applies every rule as of `asOf` and derives the decision from the findings;
 * in a view of the catalogue when given (impact/Amendment.ts).
 */
export const decide = <I>(validator: Validator<I>, input: I, asOf: LocalDate, view?: Documents.View): Decision => {
  if (view !== undefined) return decideIn(view, validator, input, asOf)
  const plan = planOf(validator as unknown as Validator<never>, asOf)
  if (validator.scope !== undefined) {
    const scope = plan.scope ?? run(validator.scope, input, asOf)
    if (scope.status !== "satisfied") {
      const outside = { ...scope, status: "not-applicable" as const }
      return { ...fromFindings(validator.id, asOf, [outside]), outcome: "not-applicable", reasons: [outside] }
    }
  }
  const rules = validator.rules
  const findings = new Array<Finding>(rules.length)
  for (let i = 0; i < rules.length; i++) findings[i] = plan.rules[i] ?? run(rules[i] as Rule<I>, input, asOf)
  return derive(validator.id, asOf, findings, none, plan.undated)
}

const none: ReadonlyArray<string> = []

/** `decide` in a view of the catalogue: nothing cached, every rule's articles looked up in the view. */
const decideIn = <I>(view: Documents.View, validator: Validator<I>, input: I, asOf: LocalDate): Decision => {
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
    none,
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
