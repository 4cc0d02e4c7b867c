/**
 * Which version of the rules made a decision: the core's package version and a
 * hash of the catalogue (every document and article text) and the rule set
 * (every rule's id, title, severity and citations; every machine as data).
 * A vendor stores it with each decision, so an auditor can tell which rules
 * applied and replay with the same ones. The hash is generated
 * (`pnpm docs:generate` writes `rulesVersion.generated.ts`) and a test
 * recomputes it from the registry, so it cannot go stale.
 */
import * as Schema from "effect/Schema"
import { rulesVersion } from "./rulesVersion.generated.ts"

export const RulesVersion = Schema.Struct({
  /** The version of `@zhengwu/core`. */
  package: Schema.String,
  /** `sha256:<hex>` of the catalogue and the rule set. */
  hash: Schema.String
})
export type RulesVersion = typeof RulesVersion.Type

/** The rules of this build. */
export const current: RulesVersion = rulesVersion
