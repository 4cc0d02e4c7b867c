/**
 * The caveat "in force: date unknown" (施行日期不详). A document whose start the
 * source omits is applied from the earliest day its own text allows
 * (Document.startBound); from then on every decision resting on it carries one
 * caveat per such document, naming it and why its date is unknown.
 *
 * A caveat is a finding of the check `catalogue/in-force-date-known`, violated
 * with severity `warning`: it never refuses, and it is added only to a decision
 * that is allowed or refused, so it never makes a decision applicable either
 * (Decision.withCaveats). Its message names the document and any bound; its
 * facts say where the bound comes from (`because`, `evidence`).
 * A not-applicable decision rests on no document (it would be the same if the
 * document were not in force) and carries none. A decision rests on a document
 * when one of its reasons that applies cites it, or, for a machine's
 * transition, when the machine cites it (`restsOn`).
 */
import type { LocalDate } from "../date/LocalDate.ts"
import type { Finding, RuleId } from "../decision/Finding.ts"
import type { ArticleId } from "./Article.ts"
import * as Catalogue from "./Catalogue.ts"
import * as Citation from "./citation.ts"
import type { Document } from "./Document.ts"

/** The id caveat findings carry; it is no rule of the registry. */
export const caveatRule = "catalogue/in-force-date-known" as RuleId

export const isCaveat = (f: Pick<Finding, "rule">): boolean => f.rule === caveatRule

const zhDate = (d: LocalDate) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

/** The caveat for one undated document and the articles of it a decision rests on. */
export const caveat = (doc: Document, articles: ReadonlyArray<ArticleId>, asOf: LocalDate): Finding => {
  const bound = doc.startBound
  const notBefore = bound?.notBefore ?? null
  const evidence = bound?.evidence ?? null
  const boundZh = notBefore === null ? "" : `（据${evidence ?? "原文"}，不早于${zhDate(notBefore)}施行）`
  const boundEn = notBefore === null ? "" : ` (in force no earlier than ${notBefore}, by ${evidence ?? "its text"})`
  return {
    rule: caveatRule,
    status: "violated",
    severity: "warning",
    citations: articles,
    message: {
      zh: `施行日期不详：${Citation.document(doc).zh}未载明施行日期${boundZh}，本决定所依据的该文件条款于${zhDate(asOf)}是否已施行，无法确认`,
      en: `in force: date unknown: no date of effect is given for the ${Citation.document(doc).en}${boundEn}, so whether the articles this decision rests on were in force on ${asOf} cannot be confirmed`
    },
    facts: {
      document: doc.id,
      inForceFrom: null,
      notBefore,
      evidence,
      because: bound === null ? null : { ...bound.because },
      articles: [...articles]
    }
  }
}

/** Each catalogued article of a document whose start the source omits, with its document. */
const undatedArticles: ReadonlyMap<string, Document> = new Map(
  Catalogue.articles.flatMap((a) => {
    const doc = Catalogue.getDocument(a.document)
    return doc !== undefined && doc.inForceFrom === null ? [[a.id as string, doc] as const] : []
  })
)

/** Whether a citation list cites any document whose start the source omits. */
export const citesUndated = (citations: ReadonlyArray<string>): boolean => {
  for (const c of citations) if (undatedArticles.has(c)) return true
  return false
}

/** Caveats built, by document, articles and day: a decision per call must not rebuild the same messages. */
const built = new Map<string, Finding>()
const cached = (doc: Document, articles: ReadonlyArray<ArticleId>, asOf: LocalDate): Finding => {
  const key = `${doc.id} ${articles.join(",")} ${asOf}`
  let f = built.get(key)
  if (f === undefined) {
    if (built.size >= 4096) built.clear()
    f = caveat(doc, articles, asOf)
    built.set(key, f)
  }
  return f
}

/**
 * The caveats for the citation lists a decision rests on, one per document
 * whose start is unknown on `asOf` (in order of first citation), each citing
 * the articles of it that were cited.
 */
export const caveatsFor = (lists: ReadonlyArray<ReadonlyArray<string>>, asOf: LocalDate): ReadonlyArray<Finding> => {
  if (!lists.some(citesUndated)) return []
  const byDocument = new Map<Document, Array<ArticleId>>()
  for (const list of lists) {
    for (const c of list) {
      const doc = undatedArticles.get(c)
      if (doc === undefined || Catalogue.inForceOn(doc, asOf) !== "unknown") continue
      const articles = byDocument.get(doc) ?? []
      if (!articles.includes(c as ArticleId)) articles.push(c as ArticleId)
      byDocument.set(doc, articles)
    }
  }
  return [...byDocument].map(([doc, articles]) => cached(doc, articles, asOf))
}

/** The caveats for one citation list on a day, remembered per list (rules' citation lists are long-lived). */
const byList = new WeakMap<ReadonlyArray<string>, Map<LocalDate, ReadonlyArray<Finding>>>()
export const caveatsForList = (citations: ReadonlyArray<string>, asOf: LocalDate): ReadonlyArray<Finding> => {
  let days = byList.get(citations)
  if (days === undefined) {
    days = new Map()
    byList.set(citations, days)
  }
  let caveats = days.get(asOf)
  if (caveats === undefined) {
    if (days.size >= 64) days.clear()
    caveats = caveatsFor([citations], asOf)
    days.set(asOf, caveats)
  }
  return caveats
}
