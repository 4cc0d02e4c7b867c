/**
 * A rule: code plus the articles it enforces. Evaluating a rule as of a date
 * gives a Finding; a rule applies only while every document it cites is in force.
 */
import type { ArticleId } from "../catalogue/Article.ts"
import type { Document } from "../catalogue/Document.ts"
import * as Documents from "../catalogue/Documents.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import type { Facts, Finding, Message, RuleId, Severity } from "./Finding.ts"

/** What a rule's check concludes, before the rule's identity is attached. */
export interface Check {
  readonly status: Finding["status"]
  readonly message: Message
  readonly facts: Facts
}

export interface Rule<I> {
  readonly id: RuleId
  readonly title: Message
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
  readonly severity: Severity
  /** Method syntax on purpose: registries hold rules of every input type. */
  check(input: I, asOf: LocalDate): Check
}

export interface RuleSpec<I> {
  readonly id: string
  readonly title: Message
  readonly citations: readonly [string, ...Array<string>]
  readonly severity?: Severity
  readonly check: (input: I, asOf: LocalDate) => Check
}

/** Defines a rule; ids and citations are checked against the catalogue by the test suite. */
export const make = <I>(spec: RuleSpec<I>): Rule<I> => ({
  id: spec.id as RuleId,
  title: spec.title,
  citations: spec.citations as Rule<I>["citations"],
  severity: spec.severity ?? "error",
  check: spec.check
})

export const satisfied = (en: string, zh: string, facts: Facts = {}): Check => ({
  status: "satisfied",
  message: { zh, en },
  facts
})
export const violated = (en: string, zh: string, facts: Facts = {}): Check => ({
  status: "violated",
  message: { zh, en },
  facts
})
export const notApplicable = (en: string, zh: string, facts: Facts = {}): Check => ({
  status: "not-applicable",
  message: { zh, en },
  facts
})

/** The documents a citation list rests on, looked up once per list (rules and machines are long-lived). */
const citedDocuments = new WeakMap<ReadonlyArray<string>, ReadonlyArray<Document>>()
const documentsOf = (citations: ReadonlyArray<string>): ReadonlyArray<Document> => {
  let docs = citedDocuments.get(citations)
  if (docs === undefined) {
    docs = [...new Set(citations.map((c) => Documents.documentOf(c)))].filter((d) => d !== undefined)
    citedDocuments.set(citations, docs)
  }
  return docs
}

/** The documents of a list that are not in force on `asOf`, as the facts of a not-applicable finding name them. */
const outOfForce = (docs: ReadonlyArray<Document>, asOf: LocalDate) =>
  docs.flatMap((doc) =>
    Documents.inForceOn(doc, asOf) === "no"
      ? [
          {
            document: doc.id,
            inForceFrom: doc.inForceFrom,
            inForceUntil: doc.inForceUntil,
            ...(doc.startBound === null ? {} : { notBefore: doc.startBound.notBefore })
          }
        ]
      : []
  )

const computeNotInForce = (citations: ReadonlyArray<string>, asOf: LocalDate) =>
  outOfForce(documentsOf(citations), asOf)

/**
 * A value computed once per key and day (documents' dates are static data, so
 * whatever depends only on a rule and the day is computed once, not per input).
 * The last day asked is answered without a lookup; at most 256 days are kept.
 */
export const perDay = <K extends object, V>(compute: (key: K, asOf: LocalDate) => V) => {
  const cache = new WeakMap<K, { day: LocalDate | null; value: V | undefined; days: Map<LocalDate, V> }>()
  return (key: K, asOf: LocalDate): V => {
    let c = cache.get(key)
    if (c === undefined) {
      c = { day: null, value: undefined, days: new Map() }
      cache.set(key, c)
    }
    if (c.day === asOf) return c.value as V
    let v = c.days.get(asOf)
    if (v === undefined) {
      if (c.days.size >= 256) c.days.clear()
      v = compute(key, asOf)
      c.days.set(asOf, v)
    }
    c.day = asOf
    c.value = v
    return v
  }
}

const notInForceOf = perDay(computeNotInForce)

/**
 * Cited documents that are not in force on `asOf`. A document whose start the
 * source omits counts as in force from the earliest day its text allows
 * (`notBefore`, then in the facts); decisions resting on it carry a caveat.
 * Computed once per citation list and day.
 */
export const notInForce = (rule: Pick<Rule<unknown>, "citations">, asOf: LocalDate, view?: Documents.View) =>
  view === undefined ? notInForceOf(rule.citations, asOf) : notInForceIn(view, rule.citations, asOf)

/**
 * The same as notInForce, in a view of the catalogue: a document as the view
 * has it, and each cited article the view repeals on `asOf` (a rule rests on
 * every article it cites, so it no longer applies once one is repealed).
 */
const notInForceIn = (view: Documents.View, citations: ReadonlyArray<string>, asOf: LocalDate) => {
  const docs = [...new Set(citations.map((c) => c.slice(0, c.indexOf("/"))))]
    .map((id) => view.document(id))
    .filter((d) => d !== undefined)
  const out: Array<{
    document: string
    inForceFrom: LocalDate | null
    inForceUntil: LocalDate | null
    notBefore?: LocalDate | null
    article?: string
    repealedFrom?: LocalDate
  }> = outOfForce(docs, asOf)
  for (const c of citations) {
    const from = view.repealedFrom(c)
    if (from === null || asOf < from || out.some((m) => m.document === c.slice(0, c.indexOf("/")))) continue
    const doc = view.document(c.slice(0, c.indexOf("/")))
    out.push({
      document: c.slice(0, c.indexOf("/")),
      inForceFrom: doc?.inForceFrom ?? null,
      inForceUntil: doc?.inForceUntil ?? null,
      article: c,
      repealedFrom: from
    })
  }
  return out
}

/**
 * The finding of a rule whose cited articles are not in force on `asOf`, or
 * null when they are: it depends on the rule and the day only, so it is built
 * once per (rule, day) and shared by every decision of that day.
 */
const notInForceFindingOf = (rule: Rule<never>, asOf: LocalDate, view?: Documents.View): Finding | null => {
  const missing = notInForce(rule, asOf, view)
  return missing.length === 0
    ? null
    : {
        rule: rule.id,
        severity: rule.severity,
        citations: rule.citations,
        status: "not-applicable",
        message: {
          zh: `所依据的条款于${asOf}尚未施行或已失效`,
          en: `the cited articles are not in force on ${asOf}`
        },
        facts: { asOf, notInForce: missing }
      }
}
const notInForceFindingShipped = perDay((rule: Rule<never>, asOf: LocalDate) => notInForceFindingOf(rule, asOf))

/**
 * In a view of the catalogue (impact/Amendment.ts) it is computed afresh: views
 * are short-lived and never change the shipped catalogue's answers.
 */
export const notInForceFinding = (rule: Rule<never>, asOf: LocalDate, view?: Documents.View): Finding | null =>
  view === undefined ? notInForceFindingShipped(rule, asOf) : notInForceFindingOf(rule, asOf, view)

/**
 * Decisions in progress. A value derived from the input alone (a topology's
 * graph) may be shared by the rules of one decision (`sharedInDecision`),
 * never across two, for the caller may change its input between them: each
 * decision is a new `decision` number, and outside a decision (a rule
 * evaluated alone, a machine's guard) nothing is shared.
 */
let decision = 0
let deciding = false

/** Enters a decision (Validator.decide); give what it answers to `leaveDecision` when the decision is made. */
export const enterDecision = (): boolean => {
  const was = deciding
  decision++
  deciding = true
  return was
}
export const leaveDecision = (was: boolean): void => {
  decision++
  deciding = was
}

/**
 * `compute` remembered for the input of the decision in progress (by
 * identity, one input at a time); computed afresh outside a decision.
 */
export const sharedInDecision = <K extends object, V>(compute: (key: K) => V): ((key: K) => V) => {
  let key: K | undefined
  let at = -1
  let value: V | undefined
  return (k: K): V => {
    if (!deciding) return compute(k)
    if (at === decision && key === k) return value as V
    value = compute(k)
    key = k
    at = decision
    return value
  }
}

/** Runs a rule's check on input whose rule is in force: the finding, or `violated` when the check throws. */
export const run = <I>(rule: Rule<I>, input: I, asOf: LocalDate): Finding => {
  try {
    const c = rule.check(input, asOf)
    return {
      rule: rule.id,
      severity: rule.severity,
      citations: rule.citations,
      status: c.status,
      message: c.message,
      facts: c.facts
    }
  } catch (cause) {
    return {
      rule: rule.id,
      severity: "error",
      citations: rule.citations,
      status: "violated",
      message: { zh: "规则评估失败，按拒绝处理", en: "rule evaluation failed; refused by default" },
      facts: { error: cause instanceof Error ? cause.message : String(cause) }
    }
  }
}

/**
 * Evaluates a rule as of a day. Before its articles are in force the finding is
 * `not-applicable` (in the shipped catalogue, or in `view` when given); a check that throws is `violated` (deny by default), never
 * an exception escaping.
 */
export const evaluate = <I>(rule: Rule<I>, input: I, asOf: LocalDate, view?: Documents.View): Finding =>
  notInForceFinding(rule as Rule<never>, asOf, view) ?? run(rule, input, asOf)

/** The same rule over another input shape (e.g. a validator rule reused as a machine guard). */
export const contramap = <I, J>(rule: Rule<I>, f: (j: J) => I): Rule<J> => ({
  ...rule,
  check: (j, asOf) => rule.check(f(j), asOf)
})
