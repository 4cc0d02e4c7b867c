/**
 * An article (条) of a catalogued document. Documents without numbered articles
 * (plans, guides, standards) are catalogued by their numbered sections instead.
 */
import * as Schema from "effect/Schema"
import { DocumentId } from "./Document.ts"

/**
 * Stable article id: `<document>/<number>`, e.g. `sh-egov-2012/13` for 第十三条, or
 * `sh-website-security-2012/1.1.1` for a numbered section. Vendors store these.
 */
export const ArticleId = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[0-9]+(?:\.[0-9]+)*$/u)),
  Schema.brand("ArticleId")
)
export type ArticleId = typeof ArticleId.Type

export const Article = Schema.Struct({
  id: ArticleId,
  document: DocumentId,
  /** `13` for 第十三条; `1.1` for section 一(一). */
  number: Schema.String,
  /** The label as printed, e.g. `第十三条` or `一、管理机制(一)管理责任`. */
  label: Schema.String,
  /** The article's own heading where the source gives one, e.g. `定义` from `第三条(定义)`. */
  heading: Schema.NullOr(Schema.String),
  /** The chapter (章) it stands in, as printed, e.g. `第五章网络建设`, or null. */
  chapter: Schema.NullOr(Schema.String),
  /** The Chinese text exactly as in the project's copy of the source (a test proves it). */
  textZh: Schema.String,
  /** A one-line English gloss: what the article says, not a translation. */
  glossEn: Schema.String,
  /** True when the source cuts the article off mid-text. */
  truncated: Schema.Boolean
})
export type Article = typeof Article.Type
