/**
 * Coverage of the catalogue: for every article, whether a rule encodes it, why
 * it is not formalised, or why it is not a rule at all. Articles of documents
 * whose procedures are still to be built are `planned`, naming the procedure.
 */
import * as Catalogue from "./catalogue/Catalogue.ts"
import type { CoverageDecision } from "./procedure.ts"
import { procedures } from "./procedures.ts"
import * as Registry from "./registry.ts"

export type Coverage =
  | { readonly status: "encoded"; readonly rules: ReadonlyArray<string> }
  | { readonly status: "not-formalised"; readonly reason: string }
  | { readonly status: "not-a-rule"; readonly reason: string }
  | { readonly status: "planned"; readonly procedure: string }

/** Articles the procedures deliberately leave out or find no rule in, with why. */
const decided: Record<string, CoverageDecision> = Object.assign({}, ...procedures.map((p) => p.coverage))

/** Which procedure will encode the articles of each document not yet encoded. */
const plannedBy: Record<string, string> = {
  "sh-egov-2012": "approvals, networks, security, data-sharing, websites",
  "sh-extranet-2020": "networks",
  "sh-digital-cert": "certificates",
  "sh-archive-2005": "archives",
  "sh-public-data-2018": "data-sharing",
  "sh-data-2021": "data-sharing",
  "minhang-it-2023": "approvals",
  "yangpu-it-2018": "approvals",
  "sh-website-security-2012": "security",
  "sh-gov-website": "websites",
  "egov-cloud-password": "security",
  "sh-e-license": "e-licences"
}

export const coverageOf = (articleId: string): Coverage => {
  const rules = Registry.rules.filter((r) => r.citations.includes(articleId as never)).map((r) => r.id)
  if (rules.length > 0) return { status: "encoded", rules }
  const d = decided[articleId]
  if (d !== undefined)
    return d.status === "not-a-rule"
      ? { status: "not-a-rule", reason: d.reason }
      : { status: "not-formalised", reason: d.reason }
  const doc = articleId.slice(0, articleId.indexOf("/"))
  return { status: "planned", procedure: plannedBy[doc] ?? "not yet assigned" }
}

/** Every catalogued article with its coverage. */
export const coverage = (): ReadonlyArray<{ readonly article: string; readonly coverage: Coverage }> =>
  Catalogue.articles.map((a) => ({ article: a.id, coverage: coverageOf(a.id) }))
