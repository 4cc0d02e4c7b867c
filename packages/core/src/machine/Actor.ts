/**
 * Who fires an event: an agency (机关/单位) and a role within it. Which actors may
 * fire which event is part of a machine's definition, with the article that
 * names the competent agency.
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import type { Message } from "../decision/Finding.ts"

/** An agency id, e.g. `sh-municipal-drc` for 市发展改革委, or a unit's own id. */
export const AgencyId = Schema.NonEmptyString.pipe(Schema.brand("AgencyId"))
export type AgencyId = typeof AgencyId.Type

/** An AgencyId from a literal (for data tables, examples and tests); throws on an empty string. */
export const agencyId = (s: string): AgencyId => {
  if (s.length === 0) throw new Error("an agency id is not empty")
  return s as AgencyId
}

export const Actor = Schema.Struct({
  agency: AgencyId,
  role: Schema.NonEmptyString
})
export type Actor = typeof Actor.Type

/**
 * Which agency an actor rule names:
 * - `named`: one agency the regulation names (e.g. 市财政局);
 * - `case`: the agency recorded on the case itself (e.g. the unit that owns the seal),
 *   resolved by a named reference of the machine;
 * - `any`: any agency (the role alone decides).
 */
export type AgencyMatcher =
  | { readonly kind: "named"; readonly agency: string; readonly name: Message }
  | { readonly kind: "case"; readonly ref: string }
  | { readonly kind: "any" }

/** One entry of a machine's actor table. */
export interface ActorRule {
  readonly agency: AgencyMatcher
  readonly role: string
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
}

/** An agency an article gives oversight (监督) of a whole procedure: it reads every case (see Access). */
export interface Oversight {
  readonly agency: string
  readonly name: Message
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
}

export const describe = (rule: ActorRule): string => {
  const who =
    rule.agency.kind === "named" ? rule.agency.agency : rule.agency.kind === "case" ? `case.${rule.agency.ref}` : "any"
  return `${who}:${rule.role}`
}
