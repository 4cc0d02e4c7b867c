/**
 * The language a problem's `title` and `detail` are written in, from the
 * request's `Accept-Language`: Chinese (zh-CN) unless the caller prefers
 * English. The structured fields beside them (paths, decisions, versions) are
 * the same in both.
 */
export type Lang = "zh" | "en"

export const defaultLang: Lang = "zh"

/** The preferred of zh and en by `Accept-Language` (RFC 9110 weights); zh when neither is asked for. */
export const negotiate = (header: string | null | undefined): Lang => {
  if (header === null || header === undefined || header.trim() === "") return defaultLang
  let best: { lang: Lang; q: number } | null = null
  for (const part of header.split(",")) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";")
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    const q = qParam === undefined ? 1 : Number(qParam.slice(2))
    if (!Number.isFinite(q) || q <= 0) continue
    const lang: Lang | null = tag.startsWith("zh") ? "zh" : tag.startsWith("en") ? "en" : null
    if (lang !== null && (best === null || q > best.q)) best = { lang, q }
  }
  return best?.lang ?? defaultLang
}

/** A text in both languages. */
export interface Text {
  readonly zh: string
  readonly en: string
}

export const pick = (text: Text, lang: Lang): string => text[lang]
