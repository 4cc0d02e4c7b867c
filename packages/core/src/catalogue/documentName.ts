/**
 * A document as clerks read it: `《上海市电子政务管理办法》` / `Shanghai Municipal
 * Measures for the Administration of E-Government` — from the documents alone
 * (Documents.ts), so what decides and names a document never loads the
 * articles' text. Part of the one cite helper (citation.ts re-exports it).
 */
import type { Message } from "../decision/Finding.ts"
import type { Document } from "./Document.ts"
import * as Documents from "./Documents.ts"

/** A document by its titles (the id as given when the catalogue does not hold it). */
export const document = (doc: string | Pick<Document, "titleZh" | "titleEn">): Message => {
  const d = typeof doc === "string" ? Documents.getDocument(doc) : doc
  return d === undefined ? { zh: String(doc), en: String(doc) } : { zh: `《${d.titleZh}》`, en: d.titleEn }
}
