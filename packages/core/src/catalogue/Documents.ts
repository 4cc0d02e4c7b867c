/**
 * The catalogued documents without their articles' text: what deciding needs
 * (a document by id, whether it is in force on a day, which prevails). The
 * articles, with their text, are in Catalogue (loaded only by what shows them).
 */
import type { LocalDate } from "../date/LocalDate.ts"
import type { ArticleId } from "./Article.ts"
import type { Document, LevelOfForce } from "./Document.ts"
import { documents as all } from "./documents/index.ts"

export const documents: ReadonlyArray<Document> = all

const documentById = new Map<string, Document>(documents.map((d) => [d.id, d]))

export const getDocument = (id: string): Document | undefined => documentById.get(id)

/** The document an article id belongs to (the part before the slash). */
export const documentOf = (article: ArticleId | string): Document | undefined =>
  documentById.get(article.slice(0, article.indexOf("/")))

/**
 * Whether a document is in force on a day. When the source gives no date it
 * took effect, `no` before the earliest day its own text allows
 * (`startBound.notBefore`) and `unknown` from then on: the catalogue records
 * that rather than guessing, and decisions resting on it say so (caveats.ts).
 */
export const inForceOn = (doc: Document, date: LocalDate): "yes" | "no" | "unknown" => {
  if (doc.inForceUntil !== null && date > doc.inForceUntil) return "no"
  if (doc.inForceFrom === null) {
    const notBefore = doc.startBound?.notBefore ?? null
    return notBefore !== null && date < notBefore ? "no" : "unknown"
  }
  return date >= doc.inForceFrom ? "yes" : "no"
}

/**
 * A view of the catalogue: the documents (and repealed articles) as an
 * amendment would have them (impact/Amendment.ts). Rules, validators and
 * machines take one optionally; without it they read the shipped catalogue,
 * which a view never changes.
 */
export interface View {
  /** The document of an id as the view has it. */
  readonly document: (id: string) => Document | undefined
  /** The first day an article is repealed from, or null when the view repeals none of it. */
  readonly repealedFrom: (article: string) => LocalDate | null
}

/** The shipped catalogue as a view. */
export const shipped: View = { document: getDocument, repealedFrom: () => null }

/** Documents known to be in force on a day (those whose start is unknown are left out). */
export const documentsInForce = (date: LocalDate): ReadonlyArray<Document> =>
  documents.filter((d) => inForceOn(d, date) === "yes")

const rank: Record<LevelOfForce, number> = {
  "local-statute": 3,
  "government-rule": 2,
  "normative-document": 1,
  unknown: 0
}

/**
 * Orders two documents for precedence when their rules answer the same
 * question differently: the higher level of force first, then the later date
 * in force (the newer rule), then id. Negative when `a` prevails. Never used
 * to choose between two definitions each scoped to its own instrument
 * (本办法所称, 本条例中): both hold, each for the questions of its own document.
 */
export const compareByForce = (a: Document, b: Document): number => {
  const byLevel = rank[b.level] - rank[a.level]
  if (byLevel !== 0) return byLevel
  const da = a.inForceFrom ?? ""
  const db = b.inForceFrom ?? ""
  if (da !== db) return da > db ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The document that prevails of two (see compareByForce). */
export const prevailing = (a: Document, b: Document): Document => (compareByForce(a, b) <= 0 ? a : b)
