/**
 * A citation as clerks read it: `《上海市电子政务管理办法》第十五条` and
 * `Shanghai Municipal Measures for the Administration of E-Government, art 15`,
 * from the catalogue's own titles and labels — never the id alone.
 */
import type { Message } from "../decision/Finding.ts"
import * as Catalogue from "./Catalogue.ts"

export const name = (articleId: string): Message => {
  const article = Catalogue.getArticle(articleId)
  const doc = Catalogue.documentOf(articleId)
  if (article === undefined || doc === undefined) return { zh: articleId, en: articleId }
  const numbered = /^第.+条$/u.test(article.label)
  return {
    zh: `《${doc.titleZh}》${article.label}`,
    en: `${doc.titleEn}, ${numbered ? "art" : "section"} ${article.number}`
  }
}

/** Several citations, each once, in both languages. */
export const names = (articleIds: ReadonlyArray<string>): Message => {
  const each = [...new Set(articleIds)].map(name)
  return { zh: each.map((n) => n.zh).join("、"), en: each.map((n) => n.en).join("; ") }
}
