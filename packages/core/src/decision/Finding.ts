/**
 * A finding: what one rule concluded about one input, with the articles it
 * enforces and the facts it used, so a clerk sees why and an auditor can replay it.
 */
import * as Schema from "effect/Schema"
import { ArticleId } from "../catalogue/Article.ts"

/** Stable rule id, `<procedure>/<rule-name>`, e.g. `seals/document-type-permitted`. Never renamed once published. */
export const RuleId = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^[a-z0-9-]+\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/u)),
  Schema.brand("RuleId")
)
export type RuleId = typeof RuleId.Type

/** A message in both languages; Chinese first, as the regulation speaks Chinese. */
export const Message = Schema.Struct({ zh: Schema.String, en: Schema.String })
export type Message = typeof Message.Type

/**
 * - `satisfied`: the rule applies and the input meets it;
 * - `violated`: the rule applies and the input breaks it;
 * - `not-applicable`: the rule does not apply (its articles are not in force on
 *   the date asked, or the input is outside its scope).
 */
export const Status = Schema.Literals(["satisfied", "violated", "not-applicable"])
export type Status = typeof Status.Type

/** What a violation means: `error` refuses, `warning` allows with a warning. */
export const Severity = Schema.Literals(["error", "warning"])
export type Severity = typeof Severity.Type

/** The facts a rule used: plain JSON, so a decision can be stored and replayed. */
export const Facts = Schema.Record(Schema.String, Schema.Json)
export type Facts = typeof Facts.Type

export const Finding = Schema.Struct({
  rule: RuleId,
  status: Status,
  severity: Severity,
  message: Message,
  citations: Schema.Array(ArticleId),
  facts: Facts
})
export type Finding = typeof Finding.Type
