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
import type { Document } from "./Document.ts"
import * as Documents from "./Documents.ts"
import * as Citation from "./documentName.ts"

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

/** The document of a cited article when the source omits its start (its date of effect is unknown). */
const undatedDocumentOf = (article: string): Document | undefined => {
  let doc = undatedByArticle.get(article)
  if (doc === undefined) {
    const d = Documents.documentOf(article)
    doc = d !== undefined && d.inForceFrom === null ? d : null
    if (undatedByArticle.size < 4096) undatedByArticle.set(article, doc)
  }
  return doc ?? undefined
}
const undatedByArticle = new Map<string, Document | null>()

/** Whether a citation list cites any document whose start the source omits. */
export const citesUndated = (citations: ReadonlyArray<string>): boolean => {
  for (const c of citations) if (undatedDocumentOf(c) !== undefined) return true
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
  return [...startUnknown(lists, asOf, undatedDocumentOf)].map(([doc, articles]) => cached(doc, articles, asOf))
}

/**
 * The documents cited by the lists whose start is unknown on `asOf` (in order
 * of first citation), each with the articles of it that were cited, once each;
 * `documentOf` is the shipped catalogue's or a view's lookup.
 */
const startUnknown = (
  lists: ReadonlyArray<ReadonlyArray<string>>,
  asOf: LocalDate,
  documentOf: (article: string) => Document | undefined
): Map<Document, Array<ArticleId>> => {
  const byDocument = new Map<Document, Array<ArticleId>>()
  for (const list of lists) {
    for (const c of list) {
      const doc = documentOf(c)
      if (doc === undefined || doc.inForceFrom !== null || Documents.inForceOn(doc, asOf) !== "unknown") continue
      const articles = byDocument.get(doc) ?? []
      if (!articles.includes(c as ArticleId)) articles.push(c as ArticleId)
      byDocument.set(doc, articles)
    }
  }
  return byDocument
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

/**
 * The caveats for citation lists in a view of the catalogue (impact/Amendment.ts):
 * one per document whose start the view leaves unknown on `asOf`. Not cached:
 * views are short-lived.
 */
export const caveatsIn = (
  view: Documents.View,
  lists: ReadonlyArray<ReadonlyArray<string>>,
  asOf: LocalDate
): ReadonlyArray<Finding> => {
  const documentOf = (c: string) => view.document(c.slice(0, c.indexOf("/")))
  return [...startUnknown(lists, asOf, documentOf)].map(([doc, articles]) => caveat(doc, articles, asOf))
}

/**
 * The caveats for several citation lists on a day, remembered by the lists
 * themselves (a trie over their identities: the rules' citation lists are
 * long-lived, so a decision of the same rules on the same day reuses them).
 */
interface ListsNode {
  readonly next: WeakMap<ReadonlyArray<string>, ListsNode>
  readonly days: Map<LocalDate, ReadonlyArray<Finding>>
}
const listsRoot: ListsNode = { next: new WeakMap(), days: new Map() }
export const caveatsForLists = (
  lists: ReadonlyArray<ReadonlyArray<string>>,
  asOf: LocalDate
): ReadonlyArray<Finding> => {
  let node = listsRoot
  for (const list of lists) {
    let child = node.next.get(list)
    if (child === undefined) {
      child = { next: new WeakMap(), days: new Map() }
      node.next.set(list, child)
    }
    node = child
  }
  let caveats = node.days.get(asOf)
  if (caveats === undefined) {
    if (node.days.size >= 64) node.days.clear()
    caveats = caveatsFor(lists, asOf)
    node.days.set(asOf, caveats)
  }
  return caveats
}
