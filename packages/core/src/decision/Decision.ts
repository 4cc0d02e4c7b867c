/**
 * A decision (决定): the outcome of a validator or a refused transition, and the
 * findings that determined it (as in Cedar, a decision names its reasons).
 */
import * as Schema from "effect/Schema"
import { caveatsForList, caveatsForLists, caveatsIn, citesUndated, isCaveat } from "../catalogue/caveats.ts"
import type * as Documents from "../catalogue/Documents.ts"
import { LocalDate } from "../date/LocalDate.ts"
import { Finding } from "./Finding.ts"
import * as RulesVersion from "./RulesVersion.ts"

export const Outcome = Schema.Literals(["allowed", "refused", "not-applicable"])
export type Outcome = typeof Outcome.Type

/**
 * What kind of refusal a machine's decision is (absent for validators):
 * - `not-in-force`: the procedure's articles are not in force on the day;
 * - `no-such-transition`: the event is not possible in the case's state;
 * - `actor-not-permitted`: the actor table does not name who fires it;
 * - `guard-refused`: a rule the transition guards with is violated.
 */
export const RefusalKind = Schema.Literals([
  "not-in-force",
  "no-such-transition",
  "actor-not-permitted",
  "guard-refused"
])
export type RefusalKind = typeof RefusalKind.Type

export const Decision = Schema.Struct({
  /** The validator or machine that decided, e.g. `seals/use` or `seals/signing`. */
  subject: Schema.String,
  outcome: Outcome,
  /** The day the rules were applied as of. */
  asOf: LocalDate,
  /** The findings that determined the outcome. */
  reasons: Schema.Array(Finding),
  /** Every finding evaluated, in rule order. */
  findings: Schema.Array(Finding),
  /** For a refused transition: what kind of refusal it is. */
  refusal: Schema.optional(RefusalKind),
  /** The rules that made the decision: package version and a hash of the catalogue and rule set. */
  rulesVersion: RulesVersion.RulesVersion
})
export type Decision = typeof Decision.Type

/** A finding that refuses: an error-severity violation. */
export const refuses = (f: Finding): boolean => f.status === "violated" && f.severity === "error"
/** A finding of a rule that applies (satisfied or violated). */
export const applies = (f: Finding): boolean => f.status !== "not-applicable"

/**
 * Derives the outcome from findings: refused when any error-severity rule is
 * violated; otherwise allowed when at least one rule applied; otherwise not
 * applicable. The reasons are, respectively, the violations, the applicable
 * findings, or all the not-applicable ones. An allowed or refused decision
 * resting on a document whose start date is unknown gets the caveat saying so
 * (see withCaveats); `restsOn` adds citations it rests on besides its reasons.
 */
export const fromFindings = (
  subject: string,
  asOf: LocalDate,
  findings: ReadonlyArray<Finding>,
  restsOn: ReadonlyArray<string> = none,
  view?: Documents.View
): Decision => derive(subject, asOf, findings, restsOn, true, view)

const none: ReadonlyArray<string> = []

/**
 * `fromFindings`, told whether the findings may rest on an undated document:
 * a validator whose rules cite none (known once per validator and day) skips
 * the caveat check. In a view of the catalogue (impact/Amendment.ts) the
 * caveats are those of the documents as the view has them.
 */
export const derive = (
  subject: string,
  asOf: LocalDate,
  findings: ReadonlyArray<Finding>,
  restsOn: ReadonlyArray<string>,
  mayRestOnUndated: boolean,
  view?: Documents.View
): Decision => {
  const rulesVersion = RulesVersion.current
  // one pass: the refusing findings, and whether any applies (the applicable ones are listed only when needed)
  let refusing: Array<Finding> | undefined
  let applicable = 0
  for (const f of findings) {
    if (refuses(f)) {
      if (refusing === undefined) refusing = []
      refusing.push(f)
    } else if (applies(f)) applicable++
  }
  if (refusing !== undefined) {
    const d: Decision = { subject, outcome: "refused", asOf, reasons: refusing, findings, rulesVersion }
    return mayRestOnUndated || view !== undefined ? withCaveats(d, restsOn, view) : d
  }
  if (applicable > 0) {
    const d: Decision = {
      subject,
      outcome: "allowed",
      asOf,
      reasons: applicable === findings.length ? findings : findings.filter(applies),
      findings,
      rulesVersion
    }
    return mayRestOnUndated || view !== undefined ? withCaveats(d, restsOn, view) : d
  }
  return { subject, outcome: "not-applicable", asOf, reasons: findings, findings, rulesVersion }
}

/** A refused transition's decision: its findings, and what kind of refusal it is. */
export const refusal = (
  subject: string,
  asOf: LocalDate,
  kind: RefusalKind,
  findings: ReadonlyArray<Finding>,
  restsOn: ReadonlyArray<string> = [],
  view?: Documents.View
): Decision => ({ ...fromFindings(subject, asOf, findings, restsOn, view), outcome: "refused", refusal: kind })

/**
 * Adds to an allowed or refused decision the "in force: date unknown" caveat of
 * each document it rests on whose start the source omits (catalogue/caveats.ts):
 * the documents its reasons cite, and those of `restsOn`. A caveat is a
 * warning, so it follows the rule for reasons above: it is among the findings
 * of every such decision and among the reasons of an allowed one (whose reasons
 * are its applicable findings), never among a refusal's (its error-severity
 * violations). The outcome never changes. In a view of the catalogue
 * (impact/Amendment.ts) the documents are as the view has them.
 */
export const withCaveats = (
  decision: Decision,
  restsOn: ReadonlyArray<string> = none,
  view?: Documents.View
): Decision => {
  if (decision.outcome === "not-applicable") return decision
  if (view !== undefined) return withCaveatsIn(view, decision, restsOn)
  // the lists of citations resting on undated documents, found without allocating in the common case of one
  let first: ReadonlyArray<string> | undefined = citesUndated(restsOn) ? restsOn : undefined
  let several = false
  for (const f of decision.reasons) {
    if (!applies(f) || isCaveat(f) || f.citations === first || !citesUndated(f.citations)) continue
    if (first === undefined) first = f.citations
    else several = true
  }
  if (first === undefined) return decision
  let caveats = several
    ? caveatsForLists(
        [restsOn, ...decision.reasons.filter((f) => applies(f) && !isCaveat(f)).map((f) => f.citations)].filter(
          citesUndated
        ),
        decision.asOf
      )
    : caveatsForList(first, decision.asOf)
  if (decision.findings.some(isCaveat)) {
    const known = new Set(decision.findings.filter(isCaveat).map((f) => f.facts.document))
    caveats = caveats.filter((c) => !known.has(c.facts.document))
  }
  return appendCaveats(decision, caveats)
}

/** A decision with caveats added: among its findings, and among its reasons when it is allowed. */
const appendCaveats = (decision: Decision, caveats: ReadonlyArray<Finding>): Decision =>
  caveats.length === 0
    ? decision
    : {
        ...decision,
        reasons: decision.outcome === "allowed" ? [...decision.reasons, ...caveats] : decision.reasons,
        findings: [...decision.findings, ...caveats]
      }

const withCaveatsIn = (view: Documents.View, decision: Decision, restsOn: ReadonlyArray<string>): Decision => {
  const lists = [restsOn, ...decision.reasons.filter((f) => applies(f) && !isCaveat(f)).map((f) => f.citations)]
  const known = new Set(decision.findings.filter(isCaveat).map((f) => f.facts.document))
  const caveats = caveatsIn(view, lists, decision.asOf).filter((c) => !known.has(c.facts.document))
  return appendCaveats(decision, caveats)
}

/** Every article cited by a decision's reasons, once each, in order of first appearance. */
export const citations = (decision: Decision): ReadonlyArray<string> => [
  ...new Set(decision.reasons.flatMap((f) => f.citations))
]
