/**
 * The rule registry: every validator and machine the core ships, and every rule
 * they apply with its citations — from an article id a reader finds the rules
 * that enforce it. Feeds the docs, the HTTP catalogue and the citation tests.
 */
import type { ArticleId } from "./catalogue/Article.ts"
import type { Message, RuleId, Severity } from "./decision/Finding.ts"
import type { AnyMachine } from "./machine/Machine.ts"
import type { AnyValidator } from "./procedure.ts"
import { procedures } from "./procedures.ts"
import { type RuleAlias, ruleAliases } from "./ruleAliases.ts"

export type { AnyValidator, MachineExample } from "./procedure.ts"

export const validators: ReadonlyArray<AnyValidator> = procedures.flatMap((p) => p.validators)

export const machines: ReadonlyArray<AnyMachine> = procedures.flatMap((p) => p.machines)

export interface RuleInfo {
  readonly id: RuleId
  readonly title: Message
  readonly severity: Severity
  readonly citations: ReadonlyArray<ArticleId>
  /** Validators (`seals/use`) and machine guards (`seals/signing#certificateValidAtSealing`) that apply it. */
  readonly usedBy: ReadonlyArray<string>
}

const collect = (): ReadonlyArray<RuleInfo> => {
  const byId = new Map<string, { info: Omit<RuleInfo, "usedBy">; usedBy: string[] }>()
  const add = (
    rule: { id: RuleId; title: Message; severity: Severity; citations: ReadonlyArray<ArticleId> },
    user: string
  ) => {
    const known = byId.get(rule.id)
    if (known === undefined) {
      const { id, title, severity, citations } = rule
      byId.set(rule.id, { info: { id, title, severity, citations }, usedBy: [user] })
    } else known.usedBy.push(user)
  }
  for (const v of validators) {
    if (v.scope !== undefined) add(v.scope, v.id)
    for (const r of v.rules) add(r, v.id)
  }
  for (const m of machines) for (const [name, g] of Object.entries(m.guards)) add(g, `${m.id}#${name}`)
  return [...byId.values()]
    .map(({ info, usedBy }) => ({ ...info, usedBy }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Every rule, sorted by id. */
export const rules: ReadonlyArray<RuleInfo> = collect()

/** A rule id kept for one release, and the rule it now stands for (see ruleAliases.ts). */
export { type RuleAlias, ruleAliases } from "./ruleAliases.ts"

/** The alias an old rule id is, if it is one. */
export const aliasOf = (id: string): RuleAlias | undefined => ruleAliases.find((a) => a.id === id)

/** The id a rule is known by now: an alias resolves to the rule it stands for. */
export const resolveRuleId = (id: string): string => aliasOf(id)?.aliasOf ?? id

/** The ids a rule's decisions may be recorded under: its own and its aliases'. */
export const recordedIds = (id: string): ReadonlyArray<string> => {
  const now = resolveRuleId(id)
  return [now, ...ruleAliases.filter((a) => a.aliasOf === now).map((a) => a.id)]
}

/** A rule by its id, or by an alias of it (then `aliasOf` says so). */
export const getRule = (id: string): RuleInfo | undefined => {
  const now = resolveRuleId(id)
  return rules.find((r) => r.id === now)
}

/** The rules that cite an article (or any article of a document, given a document id). */
export const citing = (articleOrDocument: string): ReadonlyArray<RuleInfo> =>
  rules.filter((r) => r.citations.some((c) => c === articleOrDocument || c.startsWith(`${articleOrDocument}/`)))

export const getValidator = (id: string) => validators.find((v) => v.id === id)
export const getMachine = (id: string) => machines.find((m) => m.id === id)

/** Every article cited anywhere: by rules, by machines as a whole, and by actor tables. */
export const citedArticles = (): ReadonlyArray<string> => {
  const all = new Set<string>()
  for (const r of rules) for (const c of r.citations) all.add(c)
  for (const m of machines) {
    for (const c of m.citations) all.add(c)
    for (const t of m.transitions) for (const a of t.actors) for (const c of a.citations) all.add(c)
  }
  return [...all].sort()
}

/** Each machine's example: a valid starting context and event payloads (see Procedure.examples). */
export const examples = procedures.flatMap((p) => p.examples ?? [])

/** An example input for every validator, with the day it is decided on (see validatorExamples.ts). */
export { type ValidatorExample, validatorExamples } from "./validatorExamples.ts"
