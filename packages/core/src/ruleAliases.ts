/**
 * Rule ids kept as aliases for one release: a clause that two procedures
 * encoded twice is now one rule, and the id a vendor stored still finds it
 * (in the registry, the CLI's `explain`, the HTTP decisions-by-rule). Each
 * alias says which rule it stands for and when it goes.
 */
import type { Message, RuleId } from "./decision/Finding.ts"

export interface RuleAlias {
  /** The old id. */
  readonly id: RuleId
  /** The rule it now stands for. */
  readonly aliasOf: RuleId
  /** Why it is an alias. */
  readonly note: Message
  /** The last release that keeps the alias. */
  readonly until: string
}

const merged = (id: string, aliasOf: string): RuleAlias => ({
  id: id as RuleId,
  aliasOf: aliasOf as RuleId,
  note: {
    zh: "同一条款只由一条规则表述：申报审查适用该规则",
    en: "one rule per clause: the project application is checked by this rule"
  },
  until: "0.2.0"
})

export const ruleAliases: ReadonlyArray<RuleAlias> = [
  merged("approvals/no-new-business-network", "networks/no-new-business-network"),
  merged("approvals/no-new-non-classified-business-network", "networks/no-new-non-classified-business-network"),
  merged("approvals/public-facing-on-extranet", "networks/public-facing-system-on-extranet"),
  merged("approvals/licensed-software", "security/licensed-software"),
  merged("approvals/certified-security-products", "security/certified-security-products")
]
