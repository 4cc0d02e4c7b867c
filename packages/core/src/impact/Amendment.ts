/**
 * An amendment (修订): a change to the catalogue or the rule set whose impact
 * the SDK can report (Impact.ts) — a document's in-force date moved, a
 * document or an article repealed, a rule replaced by a stricter one. Applying
 * an amendment gives a changed view of the catalogue and changed validators and
 * machines; the shipped catalogue and registry are never modified.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Catalogue from "../catalogue/Catalogue.ts"
import type { Document } from "../catalogue/Document.ts"
import * as LocalDate from "../date/LocalDate.ts"
import { Message } from "../decision/Finding.ts"
import type * as Rule from "../decision/Rule.ts"
import type { Validator } from "../decision/Validator.ts"
import type { AnyMachine } from "../machine/Machine.ts"
import type { AnyValidator } from "../procedure.ts"

/** A document takes effect on another day (新的施行日期). */
export const MoveInForce = Schema.Struct({
  kind: Schema.Literal("move-in-force"),
  document: Schema.String,
  inForceFrom: LocalDate.LocalDate
})

/** A document is repealed (废止): from `from` on it is no longer in force. */
export const RepealDocument = Schema.Struct({
  kind: Schema.Literal("repeal-document"),
  document: Schema.String,
  from: LocalDate.LocalDate
})

/**
 * An article is repealed (删除/废止某条): from `from` on, every rule citing it
 * no longer applies — a rule rests on every article it cites.
 */
export const RepealArticle = Schema.Struct({
  kind: Schema.Literal("repeal-article"),
  article: Schema.String,
  from: LocalDate.LocalDate
})

/**
 * A condition on the facts a rule's check reports (plain JSON, so an amendment
 * is data): a fact is one of some values, a number at least or at most a
 * bound, or a day at least some days after the day decided on.
 */
export const Condition = Schema.Union([
  Schema.Struct({ fact: Schema.String, oneOf: Schema.NonEmptyArray(Schema.Json) }),
  Schema.Struct({ fact: Schema.String, atLeast: Schema.Number }),
  Schema.Struct({ fact: Schema.String, atMost: Schema.Number }),
  Schema.Struct({ fact: Schema.String, daysAfterAsOfAtLeast: Schema.Int })
])
export type Condition = typeof Condition.Type

/**
 * A rule replaced by a stricter one (收紧): where the rule is satisfied, it is
 * violated unless every condition holds of its facts (the message says what
 * the new text requires); a warning may become an error. A tightened rule
 * never lets through what the rule refused.
 */
export const TightenRule = Schema.Struct({
  kind: Schema.Literal("tighten-rule"),
  rule: Schema.String,
  require: Schema.optional(Schema.Array(Condition)),
  /** What the stricter rule requires, as a refusal says it. Needed with `require`. */
  message: Schema.optional(Message),
  severity: Schema.optional(Schema.Literal("error"))
})

export const Change = Schema.Union([MoveInForce, RepealDocument, RepealArticle, TightenRule])
export type Change = typeof Change.Type

export const Amendment = Schema.Struct({
  /** What the amendment is, for the report (e.g. the draft's title). */
  title: Message,
  changes: Schema.NonEmptyArray(Change)
})
export type Amendment = typeof Amendment.Type

/** An amendment that names what the catalogue or registry does not hold; nothing is applied. */
export class AmendmentError extends Schema.TaggedError<AmendmentError>()("AmendmentError", {
  reason: Schema.Literals(["unknown-document", "unknown-article", "unknown-rule", "incomplete-change"]),
  change: Schema.Int,
  detail: Message
}) {
  override get message(): string {
    return `change ${this.change + 1}: ${this.detail.en}`
  }
}

/** The catalogue, validators and machines as an amendment has them. */
export interface Applied {
  readonly amendment: Amendment
  readonly view: Catalogue.View
  readonly validators: ReadonlyArray<AnyValidator>
  readonly machines: ReadonlyArray<AnyMachine>
  /** Each document the amendment changes: as shipped and as amended. */
  readonly documents: ReadonlyArray<{ readonly before: Document; readonly after: Document }>
  /** Each article repealed, from which day. */
  readonly repealed: ReadonlyArray<{ readonly article: string; readonly from: LocalDate.LocalDate }>
  /** Each rule tightened. */
  readonly tightened: ReadonlyArray<string>
}

/** The day before a day (a repeal taking effect on `from` leaves `from - 1` the last day in force). */
export const dayBefore = (d: LocalDate.LocalDate): LocalDate.LocalDate => {
  const y = Number(d.slice(0, 4))
  const m = Number(d.slice(5, 7))
  const day = Number(d.slice(8, 10))
  if (day > 1) return LocalDate.make(`${d.slice(0, 8)}${String(day - 1).padStart(2, "0")}`)
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1]
  return LocalDate.make(
    `${String(py).padStart(4, "0")}-${String(pm).padStart(2, "0")}-${String(LocalDate.daysInMonth(py, pm))}`
  )
}

/** A day `n` days after `d` (n may be negative), by counting through the calendar. */
export const addDays = (d: LocalDate.LocalDate, n: number): LocalDate.LocalDate => {
  const [y, m, day] = [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))]
  // days from civil (Howard Hinnant), then back through LocalDate.fromEpochMillis
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  const days = era * 146097 + doe - 719468
  return LocalDate.fromEpochMillis((days + n) * 86_400_000)
}

const holds = (c: Condition, facts: Rule.Check["facts"], asOf: LocalDate.LocalDate): boolean => {
  const v = facts[c.fact]
  if ("oneOf" in c) return c.oneOf.some((x) => JSON.stringify(x) === JSON.stringify(v))
  if ("atLeast" in c) return typeof v === "number" && v >= c.atLeast
  if ("atMost" in c) return typeof v === "number" && v <= c.atMost
  return typeof v === "string" && LocalDate.isLocalDate(v) && v >= addDays(asOf, c.daysAfterAsOfAtLeast)
}

const describe = (c: Condition): string =>
  "oneOf" in c
    ? `${c.fact} ∈ ${JSON.stringify(c.oneOf)}`
    : "atLeast" in c
      ? `${c.fact} ≥ ${c.atLeast}`
      : "atMost" in c
        ? `${c.fact} ≤ ${c.atMost}`
        : `${c.fact} ≥ asOf + ${c.daysAfterAsOfAtLeast}d`

/** The stricter rule a `tighten-rule` change makes of a rule (of any input: validator rule or machine guard). */
export const tighten = <I>(rule: Rule.Rule<I>, change: typeof TightenRule.Type): Rule.Rule<I> => ({
  ...rule,
  severity: change.severity ?? rule.severity,
  check: (input, asOf) => {
    const c = rule.check(input, asOf)
    if (c.status !== "satisfied") return c
    const failed = (change.require ?? []).filter((x) => !holds(x, c.facts, asOf))
    if (failed.length === 0) return c
    const message = change.message ?? { zh: "不符合修订后的规则", en: "does not meet the amended rule" }
    return {
      status: "violated",
      message,
      facts: { ...c.facts, amendmentRequires: failed.map(describe) }
    }
  }
})

/**
 * Applies an amendment: checks every change against the catalogue and
 * registry (an unknown id is an AmendmentError and nothing is applied), then
 * answers the changed view and the validators and machines with tightened
 * rules (by rule id: a validator's rule and a machine guard that reuses it).
 */
export const apply = (
  amendment: Amendment,
  registry: { readonly validators: ReadonlyArray<AnyValidator>; readonly machines: ReadonlyArray<AnyMachine> }
): Result.Result<Applied, AmendmentError> => {
  const ruleIds = new Set<string>()
  for (const v of registry.validators) {
    if (v.scope !== undefined) ruleIds.add(v.scope.id)
    for (const r of v.rules) ruleIds.add(r.id)
  }
  for (const m of registry.machines) for (const g of Object.values(m.guards)) ruleIds.add(g.id)

  const docs = new Map<string, Document>()
  const repealed = new Map<string, LocalDate.LocalDate>()
  const tightenings = new Map<string, typeof TightenRule.Type>()
  const fail = (change: number, reason: AmendmentError["reason"], en: string, zh: string) =>
    Result.fail(new AmendmentError({ reason, change, detail: { zh, en } }))
  for (const [i, c] of amendment.changes.entries()) {
    switch (c.kind) {
      case "move-in-force":
      case "repeal-document": {
        const doc = docs.get(c.document) ?? Catalogue.getDocument(c.document)
        if (doc === undefined)
          return fail(
            i,
            "unknown-document",
            `no document \`${c.document}\` is catalogued`,
            `目录中没有文件 \`${c.document}\``
          )
        docs.set(
          c.document,
          c.kind === "move-in-force"
            ? { ...doc, inForceFrom: c.inForceFrom, startBound: null }
            : { ...doc, inForceUntil: dayBefore(c.from) }
        )
        break
      }
      case "repeal-article":
        if (!Catalogue.hasArticle(c.article))
          return fail(
            i,
            "unknown-article",
            `no article \`${c.article}\` is catalogued`,
            `目录中没有条文 \`${c.article}\``
          )
        repealed.set(c.article, c.from)
        break
      case "tighten-rule":
        if (!ruleIds.has(c.rule))
          return fail(i, "unknown-rule", `no rule \`${c.rule}\` is registered`, `规则库中没有规则 \`${c.rule}\``)
        if ((c.require ?? []).length > 0 && c.message === undefined)
          return fail(
            i,
            "incomplete-change",
            "a tightened rule with conditions needs the message a refusal gives",
            "附加条件的收紧规则须写明拒绝时的说明"
          )
        if ((c.require ?? []).length === 0 && c.severity === undefined)
          return fail(
            i,
            "incomplete-change",
            "a tightened rule needs conditions or a severity",
            "收紧规则须附条件或提高严重程度"
          )
        tightenings.set(c.rule, c)
        break
    }
  }

  const view: Catalogue.View = {
    document: (id) => docs.get(id) ?? Catalogue.getDocument(id),
    repealedFrom: (article) => repealed.get(article) ?? null
  }
  const swap = <I>(r: Rule.Rule<I>): Rule.Rule<I> => {
    const t = tightenings.get(r.id)
    return t === undefined ? r : tighten(r, t)
  }
  const touches = (ids: ReadonlyArray<string>) => ids.some((id) => tightenings.has(id))
  const validators = registry.validators.map((v): AnyValidator => {
    const ids = [...(v.scope === undefined ? [] : [v.scope.id]), ...v.rules.map((r) => r.id)]
    if (!touches(ids)) return v
    const next: Validator<unknown> = {
      ...v,
      ...(v.scope === undefined ? {} : { scope: swap(v.scope) }),
      rules: v.rules.map(swap)
    }
    return next
  })
  const machines = registry.machines.map((m): AnyMachine => {
    if (!touches(Object.values(m.guards).map((g) => g.id))) return m
    return { ...m, guards: Object.fromEntries(Object.entries(m.guards).map(([name, g]) => [name, swap(g)])) }
  })
  return Result.succeed({
    amendment,
    view,
    validators,
    machines,
    documents: [...docs].map(([id, after]) => ({ before: Catalogue.getDocument(id) as Document, after })),
    repealed: [...repealed].map(([article, from]) => ({ article, from })),
    tightened: [...tightenings.keys()]
  })
}
