/**
 * A validator: an input schema and the rules that decide on it. `decide` is a
 * pure function of typed input and date; `decideUnknown` decodes first and
 * answers a DecodeError (never a decision) for bad input.
 */
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import { caveatsFor, citesUndated } from "../catalogue/caveats.ts"
import type * as Documents from "../catalogue/Documents.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import { applies, type Decision, derive, fromFindings, refuses } from "./Decision.ts"
import { type DecodeError, decoder } from "./DecodeError.ts"
import type { Finding, Message } from "./Finding.ts"
import { enterDecision, evaluate, leaveDecision, notInForceFinding, perDay, type Rule, run } from "./Rule.ts"
import * as RulesVersion from "./RulesVersion.ts"

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
  /** Bit i set when rule i cites a document whose start is unknown (validators of at most 30 rules). */
  readonly undatedMask: number
  /**
   * The caveats of a decision whose reasons are the rules of a mask (of
   * undatedMask), remembered per mask: indexed by the mask for validators of at
   * most 10 rules, in a map (of at most 1024 masks) above.
   */
  readonly caveats: Array<ReadonlyArray<Finding> | undefined> | Map<number, ReadonlyArray<Finding>>
}
const maxMasked = 30
const planOf = perDay(
  (v: Validator<never>, asOf: LocalDate): Plan => ({
    scope: v.scope === undefined ? null : notInForceFinding(v.scope, asOf),
    rules: v.rules.map((r) => notInForceFinding(r, asOf)),
    undated: [...(v.scope === undefined ? [] : [v.scope]), ...v.rules].some((r) => citesUndated(r.citations)),
    undatedMask: v.rules.reduce((m, r, i) => (i < maxMasked && citesUndated(r.citations) ? m | (1 << i) : m), 0),
    caveats: v.rules.length <= 10 ? new Array(1 << v.rules.length).fill(undefined) : new Map()
  })
)

/** The plan of the validator and day asked last, answered without a lookup (decisions come in runs). */
let lastValidator: object | undefined
let lastDay: LocalDate | undefined
let lastPlan: Plan | undefined
const planFor = (v: Validator<never>, asOf: LocalDate): Plan => {
  if (v === lastValidator && asOf === lastDay) return lastPlan as Plan
  const plan = planOf(v, asOf)
  lastValidator = v
  lastDay = asOf
  lastPlan = plan
  return plan
}

/**
 * The caveats of a decision of the day resting on the rules of `mask` (each
 * citing an undated document), in rule order: what Decision.withCaveats
 * computes from the reasons, found once per (validator, day, mask).
 */
const caveatsOf = (plan: Plan, rules: ReadonlyArray<Rule<never>>, mask: number, asOf: LocalDate) => {
  const byMask = plan.caveats
  let c = Array.isArray(byMask) ? byMask[mask] : byMask.get(mask)
  if (c === undefined) {
    c = caveatsFor(
      rules.filter((_, i) => (mask & (1 << i)) !== 0).map((r) => r.citations),
      asOf
    )
    if (Array.isArray(byMask)) byMask[mask] = c
    else if (byMask.size < 1024) byMask.set(mask, c)
  }
  return c
}

/**
 * Applies every rule as of `asOf` and derives the decision from the findings;
 * in a view of the catalogue when given (impact/Amendment.ts).
 */
export const decide = <I>(validator: Validator<I>, input: I, asOf: LocalDate, view?: Documents.View): Decision => {
  // the rules of one decision may share what they derive from the input (Rule.sharedInDecision)
  const was = enterDecision()
  try {
    return view === undefined ? decideShipped(validator, input, asOf) : decideIn(view, validator, input, asOf)
  } finally {
    leaveDecision(was)
  }
}

const decideShipped = <I>(validator: Validator<I>, input: I, asOf: LocalDate): Decision => {
  const plan = planFor(validator as unknown as Validator<never>, asOf)
  if (validator.scope !== undefined) {
    const scope = plan.scope ?? run(validator.scope, input, asOf)
    if (scope.status !== "satisfied") {
      const outside = { ...scope, status: "not-applicable" as const }
      return { ...fromFindings(validator.id, asOf, [outside]), outcome: "not-applicable", reasons: [outside] }
    }
  }
  const rules = validator.rules
  const n = rules.length
  const findings: Array<Finding> = []
  if (n > maxMasked) {
    for (let i = 0; i < n; i++) findings.push(plan.rules[i] ?? run(rules[i] as Rule<I>, input, asOf))
    return derive(validator.id, asOf, findings, none, plan.undated)
  }
  // one pass: each finding, the refusing ones, and (as bit masks) which rules refuse and which apply
  let refusing: Array<Finding> | undefined
  let refusingMask = 0
  let applyingMask = 0
  let applying = 0
  for (let i = 0; i < n; i++) {
    const f = plan.rules[i] ?? run(rules[i] as Rule<I>, input, asOf)
    findings.push(f)
    if (refuses(f)) {
      if (refusing === undefined) refusing = []
      refusing.push(f)
      refusingMask |= 1 << i
    } else if (applies(f)) {
      applying++
      applyingMask |= 1 << i
    }
  }
  const rulesVersion = RulesVersion.current
  if (refusing === undefined && applying === 0)
    return { subject: validator.id, outcome: "not-applicable", asOf, reasons: findings, findings, rulesVersion }
  // the "in force: date unknown" caveats of the documents the reasons rest on (Decision.withCaveats)
  const mask = (refusing === undefined ? applyingMask : refusingMask) & plan.undatedMask
  const caveats = mask === 0 ? none : caveatsOf(plan, rules as ReadonlyArray<Rule<never>>, mask, asOf)
  // the caveats follow the rules' findings; an allowed decision whose rules all apply has its findings as reasons
  let reasons: Array<Finding>
  if (refusing !== undefined) reasons = refusing
  else if (applying === n) reasons = findings
  else {
    reasons = []
    for (let i = 0; i < n; i++) if ((applyingMask & (1 << i)) !== 0) reasons.push(findings[i] as Finding)
    for (const c of caveats) reasons.push(c)
  }
  for (const c of caveats) findings.push(c)
  return {
    subject: validator.id,
    outcome: refusing === undefined ? "allowed" : "refused",
    asOf,
    reasons,
    findings,
    rulesVersion
  }
}

const none: ReadonlyArray<never> = []

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
