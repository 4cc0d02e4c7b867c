/**
 * How clerks read a citation, built in one place: a document as
 * `《上海市电子政务管理办法》` / `Shanghai Municipal Measures for the Administration
 * of E-Government`, an article as `《…》第十五条` / `…, art 15`, and a message
 * with the articles it rests on — from the catalogue's own titles and labels,
 * never the id alone.
 */
import type { Message } from "../decision/Finding.ts"
import * as Catalogue from "./Catalogue.ts"
import * as Documents from "./Documents.ts"
import { document } from "./documentName.ts"

export { document } from "./documentName.ts"

export const name = (articleId: string): Message => {
  const article = Catalogue.getArticle(articleId)
  const doc = Documents.documentOf(articleId)
  if (article === undefined || doc === undefined) return { zh: articleId, en: articleId }
  const numbered = /^第.+条$/u.test(article.label)
  return {
    zh: `${document(doc).zh}${article.label}`,
    en: `${document(doc).en}, ${numbered ? "art" : "section"} ${article.number}`
  }
}

/** Several citations, each once, in both languages. */
export const names = (articleIds: ReadonlyArray<string>): Message => {
  const each = [...new Set(articleIds)].map(name)
  return { zh: each.map((n) => n.zh).join("、"), en: each.map((n) => n.en).join("; ") }
}

/** A message with the articles it rests on: `…（依据《…》第四条）` / `… (under …, art 4)`. */
export const cite = (message: Message, articleIds: ReadonlyArray<string>): Message => {
  if (articleIds.length === 0) return message
  const by = names(articleIds)
  return { zh: `${message.zh}（依据${by.zh}）`, en: `${message.en} (under ${by.en})` }
}
