/**
 * The regulation catalogue: every catalogued document and article, looked up by
 * id, filtered by date, ordered by level of force. The documents alone (no
 * article text) are in Documents.ts, which is what decisions use.
 */
import type { Article, ArticleId } from "./Article.ts"
import type { DocumentId } from "./Document.ts"
import { articles as byDocument } from "./documents/articles.ts"

export {
  compareByForce,
  documentOf,
  documents,
  documentsInForce,
  getDocument,
  inForceOn,
  prevailing,
  shipped,
  type View
} from "./Documents.ts"

export const articles: ReadonlyArray<Article> = byDocument.flat()

const articleById = new Map<string, Article>(articles.map((a) => [a.id, a]))

export const getArticle = (id: string): Article | undefined => articleById.get(id)
export const hasArticle = (id: string): id is ArticleId => articleById.has(id)
export const articlesOf = (id: DocumentId | string): ReadonlyArray<Article> => articles.filter((a) => a.document === id)
