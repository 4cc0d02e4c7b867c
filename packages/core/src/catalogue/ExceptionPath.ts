/**
 * The way out a soft provision names. A provision that admits exceptions — 原则上
 * (in principle), 主要 (mainly), 应考虑 (should consider), 可 (may) — yields a
 * warning, not a refusal, and the warning's facts carry the exception path the
 * text itself names (国家另有明确规定, 按照程序报批后暂缓实施, …), quoted verbatim
 * from the article that names it (a test proves the quotation).
 */
import type { ArticleId } from "./Article.ts"

export interface ExceptionPath {
  /** The article that names the way out. */
  readonly provision: ArticleId
  /** The words of that article, verbatim. */
  readonly zh: string
  /** What the caller does to take it. */
  readonly en: string
}

/** An exception path (the article id and the quotation are checked against the catalogue by the test suite). */
export const make = (provision: string, zh: string, en: string): ExceptionPath => ({
  provision: provision as ArticleId,
  zh,
  en
})
