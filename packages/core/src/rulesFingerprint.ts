/**
 * What the rules version hashes: the catalogue (every document with its dates
 * and level, every article's text) and the rule set (every rule's id, title,
 * severity and citations; which rules each validator applies; every machine as
 * data), as one canonical JSON text. A change to any of them is a new rules
 * version; the code inside a rule's check is covered by the package version.
 */
import * as Catalogue from "./catalogue/Catalogue.ts"
import * as MachineJson from "./machine/serialise.ts"
import { canonicalJson } from "./ports/canonicalJson.ts"
import * as Registry from "./registry.ts"

export const text = (): string =>
  canonicalJson({
    documents: Catalogue.documents,
    articles: Catalogue.articles,
    rules: Registry.rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, citations: r.citations })),
    validators: Registry.validators.map((v) => ({
      id: v.id,
      scope: v.scope?.id ?? null,
      rules: v.rules.map((r) => r.id)
    })),
    machines: Registry.machines.map((m) => MachineJson.toJson(m))
  })
