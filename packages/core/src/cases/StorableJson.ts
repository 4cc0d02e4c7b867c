/**
 * What a case can store and read back exactly: JSON whose strings and keys are
 * well-formed Unicode without NUL (PostgreSQL's `text` and `jsonb` refuse
 * U+0000; a lone surrogate has no UTF-8 form, so it would come back changed),
 * numbers finite (JSON has no infinity; `1e400` parses to one), nested no
 * deeper than a fixed bound (so that every reader — decoders,
 * canonical JSON, the database — handles it with room to spare). Anything else
 * is refused before it is written, with the path of each problem: whatever is
 * accepted can be read back.
 */
import type { Problem } from "../decision/DecodeError.ts"

/** The deepest nesting accepted (an object or array at depth 1 is the top level). */
export const maxDepth = 64

/** With the `u` flag a surrogate pair is one astral code point, so this matches lone surrogates only. */
const lone = /[\uD800-\uDFFF]/u

/** Why a string cannot be stored, or null when it can. */
export const stringProblem = (s: string): string | null => stringProblemText(s)?.en ?? null

/** Why a string cannot be stored, in both languages, or null when it can. */
export const stringProblemText = (s: string): { readonly zh: string; readonly en: string } | null => {
  if (s.includes("\u0000"))
    return { zh: "含有无法存储的空字符（U+0000）", en: "contains NUL (U+0000), which cannot be stored" }
  if (lone.test(s)) {
    return {
      zh: "含有孤立的代理字符，不是有效的 Unicode 文本",
      en: "contains a lone surrogate, which is not Unicode text"
    }
  }
  return null
}

/**
 * Every problem that keeps `value` from being stored, each with its path (at
 * most `limit` problems, so a hostile value costs bounded work to report).
 * `value` is assumed to be JSON (parsed or decoded); a non-JSON value is not
 * looked into.
 */
export const problems = (
  value: unknown,
  options: { readonly maxDepth?: number; readonly limit?: number } = {}
): ReadonlyArray<Problem> => {
  const depthLimit = options.maxDepth ?? maxDepth
  const limit = options.limit ?? 20
  const found: Array<Problem> = []
  const walk = (v: unknown, path: Array<string | number>, depth: number): void => {
    if (found.length >= limit) return
    if (typeof v === "string") {
      const p = stringProblemText(v)
      if (p !== null) found.push({ path: [...path], message: p.en, zh: p.zh })
      return
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v))
        found.push({ path: [...path], message: "a number too large to store", zh: "数值过大，无法存储" })
      return
    }
    if (v === null || typeof v !== "object") return
    if (depth > depthLimit) {
      found.push({
        path: [...path],
        message: `nested deeper than ${depthLimit} levels`,
        zh: `嵌套超过 ${depthLimit} 层`
      })
      return
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && found.length < limit; i++) {
        path.push(i)
        walk(v[i], path, depth + 1)
        path.pop()
      }
      return
    }
    for (const key of Object.keys(v)) {
      if (found.length >= limit) return
      path.push(key)
      const p = stringProblemText(key)
      if (p !== null) found.push({ path: [...path], message: `key ${p.en}`, zh: `字段名${p.zh}` })
      walk((v as Record<string, unknown>)[key], path, depth + 1)
      path.pop()
    }
  }
  walk(value, [], 1)
  return found
}
