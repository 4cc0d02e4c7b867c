/** Builds a document's catalogue entry from its data table. */
import type { LocalDate } from "../date/LocalDate.ts"
import type { Article, ArticleId } from "./Article.ts"
import type { Document, DocumentId, StartBound } from "./Document.ts"

export interface DocumentInput
  extends Omit<Document, "id" | "published" | "inForceFrom" | "inForceUntil" | "startBound" | "source"> {
  readonly id: string
  /** Defaults to the primary corpus. */
  readonly source?: string
  readonly published: string | null
  readonly inForceFrom: string | null
  readonly inForceUntil: string | null
  /** Required when `inForceFrom` is null (see StartBound); null otherwise. */
  readonly startBound: (Omit<StartBound, "notBefore"> & { readonly notBefore: string | null }) | null
}

export interface ArticleInput {
  readonly number: string
  readonly label: string
  readonly heading: string | null
  readonly chapter: string | null
  readonly textZh: string
  readonly glossEn: string
  readonly truncated?: boolean
}

export interface CatalogueEntry {
  readonly document: Document
  readonly articles: ReadonlyArray<Article>
}

export const primarySource = "000_5dfbf7890559298e.txt"

/** A document's catalogue entry from its data table (its articles are defined apart, see defineArticles). */
export const defineDocument = (doc: DocumentInput): Document => ({
  ...doc,
  id: doc.id as DocumentId,
  source: doc.source ?? primarySource,
  published: doc.published as LocalDate | null,
  inForceFrom: doc.inForceFrom as LocalDate | null,
  inForceUntil: doc.inForceUntil as LocalDate | null,
  startBound:
    doc.startBound === null ? null : { ...doc.startBound, notBefore: doc.startBound.notBefore as LocalDate | null }
})

/**
 * A document's articles from their data table. They live in their own module
 * (`<document>.articles.ts`), loaded only by what shows their text: deciding
 * needs the documents' dates, never the articles' text.
 */
export const defineArticles = (document: Document, articles: ReadonlyArray<ArticleInput>): ReadonlyArray<Article> =>
  articles.map((a) => ({
    id: `${document.id}/${a.number}` as ArticleId,
    document: document.id,
    number: a.number,
    label: a.label,
    heading: a.heading,
    chapter: a.chapter,
    textZh: a.textZh,
    glossEn: a.glossEn,
    truncated: a.truncated ?? false
  }))

/** A document with its articles (both defined apart; see defineDocument and defineArticles). */
export const define = (doc: DocumentInput, articles: ReadonlyArray<ArticleInput>): CatalogueEntry => {
  const document = defineDocument(doc)
  return { document, articles: defineArticles(document, articles) }
}
