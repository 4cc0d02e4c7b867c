/**
 * Expected impacts computed without the impact function: rules modified by
 * hand as an amendment would change them, then decided directly.
 */

import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import type { Document } from "../../src/catalogue/Document.ts"
import type { LocalDate } from "../../src/date/LocalDate.ts"
import * as Rule from "../../src/decision/Rule.ts"
import type { Validator } from "../../src/decision/Validator.ts"

/** An article id outside the catalogue: a rule citing only it is in force on every day. */
const nowhere = "hand-modified/0" as Rule.Rule<unknown>["citations"][0]

/** Whether a document with these dates is in force on a day, as the catalogue documents it (written out again here). */
export const inForce = (doc: Pick<Document, "inForceFrom" | "inForceUntil" | "startBound">, asOf: LocalDate) => {
  if (doc.inForceUntil !== null && asOf > doc.inForceUntil) return false
  if (doc.inForceFrom === null) return doc.startBound?.notBefore == null || asOf >= doc.startBound.notBefore
  return asOf >= doc.inForceFrom
}

/**
 * A rule whose in-force test is `applies` (by its cited documents' amended
 * dates and repealed articles) instead of the catalogue's: it cites no
 * catalogued article, so the catalogue's own test never stops it.
 */
export const reDated = <I>(
  rule: Rule.Rule<I>,
  applies: (citations: ReadonlyArray<string>, asOf: LocalDate) => boolean
) =>
  Rule.make<I>({
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    citations: [nowhere],
    check: (input, asOf) =>
      applies(rule.citations, asOf)
        ? rule.check(input, asOf)
        : Rule.notApplicable("not in force (hand-modified)", "未施行（手工修改）")
  })

/** A validator whose rules are all re-dated. */
export const reDatedValidator = <I>(
  v: Validator<I>,
  applies: (citations: ReadonlyArray<string>, asOf: LocalDate) => boolean
): Validator<I> => ({
  ...v,
  ...(v.scope === undefined ? {} : { scope: reDated(v.scope, applies) }),
  rules: v.rules.map((r) => reDated(r, applies))
})

/** The in-force test of the shipped catalogue with some documents' dates replaced and some articles repealed. */
export const amendedDates =
  (
    dates: Readonly<Record<string, Partial<Pick<Document, "inForceFrom" | "inForceUntil">>>>,
    repealed: Readonly<Record<string, LocalDate>> = {}
  ) =>
  (citations: ReadonlyArray<string>, asOf: LocalDate): boolean =>
    citations.every((c) => {
      const id = c.slice(0, c.indexOf("/"))
      const shipped = Catalogue.getDocument(id)
      if (shipped === undefined) return true
      const doc = { ...shipped, ...dates[id], ...(dates[id]?.inForceFrom === undefined ? {} : { startBound: null }) }
      const from = repealed[c]
      return inForce(doc, asOf) && (from === undefined || asOf < from)
    })
