/**
 * The edge every request passes before the API reads it, each refusal an RFC
 * 9457 problem (in the request's language) and nothing thrown, in this order:
 * the request target's length (414), the route and method (404; 405 with
 * `Allow`; 501 for a method token the server does not know), the target's
 * encoding (no malformed percent-encoding, no NUL, no lone surrogate in the
 * path or the query: 400), the credentials of authenticated routes (one
 * credential, well-formed: two that disagree are a 401), the `Idempotency-Key`
 * of state-changing routes, and the body (size, media type, UTF-8, JSON, and
 * what a case can store: no NUL, no lone surrogate, nothing deeper than the
 * depth limit). What passes can be decoded, stored and read back.
 */
import { StorableJson } from "@zhengwu/core"
import { type Lang, negotiate, type Text } from "./Language.ts"
import * as Problem from "./Problem.ts"
import * as Routes from "./Routes.ts"

export interface EdgeOptions {
  /** Largest accepted request body in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number | undefined
  /** Longest accepted request target (path and query) in bytes (default 8 KiB). */
  readonly maxUrlBytes?: number | undefined
  /** Deepest accepted JSON nesting (default the core's storable maximum, 64). */
  readonly maxJsonDepth?: number | undefined
}

export const defaultMaxBodyBytes = 1024 * 1024
export const defaultMaxUrlBytes = 8 * 1024

/** Methods the API may answer on some route; any other token is 501 where the path exists. */
const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"])

export type Preflight =
  | { readonly _tag: "Answer"; readonly response: Problem.Problem; readonly headers: Record<string, string> }
  | { readonly _tag: "Pass"; readonly route: Routes.Route; readonly readsBody: boolean; readonly lang: Lang }

const answer = (response: Problem.Problem, headers: Record<string, string> = {}): Preflight => ({
  _tag: "Answer",
  response,
  headers
})

const q = (lang: Lang, s: string) => (lang === "zh" ? `“${s}”` : `"${s}"`)
const shown = (s: string) => s.replaceAll("\u0000", "\\0").replace(/[\uD800-\uDFFF]/gu, "\uFFFD")

const invalid = (lang: Lang, detail: Text, path: ReadonlyArray<string | number>, message: Text) =>
  answer(Problem.make("invalid-input", lang, detail, { problems: [{ path, message: message[lang] }] }))

const malformed: Text = { zh: "百分号编码有误", en: "malformed percent-encoding" }

const decode = (part: string, plus: boolean): string | null => {
  try {
    return decodeURIComponent(plus ? part.replaceAll("+", " ") : part)
  } catch {
    return null
  }
}

/** The path's segments decoded for routing: a segment that does not decode is kept as sent (it is refused later). */
const routingSegments = (path: string): ReadonlyArray<string> =>
  path
    .split("/")
    .slice(1)
    .map((raw) => decode(raw, false) ?? raw)

/** The problem with the path's segments (malformed percent-encoding, NUL, a lone surrogate), or null. */
const pathProblem = (path: string, lang: Lang): Preflight | null => {
  for (const [i, raw] of path.split("/").slice(1).entries()) {
    const s = decode(raw, false)
    if (s === null) {
      return invalid(
        lang,
        { zh: "请求路径不是有效的百分号编码 UTF-8", en: "the path is not valid percent-encoded UTF-8" },
        ["path", i],
        malformed
      )
    }
    const bad = StorableJson.stringProblemText(s)
    if (bad !== null) {
      return invalid(
        lang,
        { zh: `路径第 ${i + 1} 段${bad.zh}`, en: `path segment ${i + 1} ${bad.en}` },
        ["path", i],
        bad
      )
    }
  }
  return null
}

const queryProblem = (query: string, lang: Lang): Preflight | null => {
  if (query === "") return null
  for (const pair of query.split("&")) {
    if (pair === "") continue
    const eq = pair.indexOf("=")
    const rawKey = eq < 0 ? pair : pair.slice(0, eq)
    const key = decode(rawKey, true)
    const value = decode(eq < 0 ? "" : pair.slice(eq + 1), true)
    if (key === null || value === null) {
      return invalid(
        lang,
        { zh: "查询参数不是有效的百分号编码 UTF-8", en: "the query is not valid percent-encoded UTF-8" },
        ["query", rawKey],
        malformed
      )
    }
    const bad = StorableJson.stringProblemText(key) ?? StorableJson.stringProblemText(value)
    if (bad !== null) {
      return invalid(
        lang,
        { zh: `查询参数${q("zh", shown(key))}${bad.zh}`, en: `query parameter ${q("en", shown(key))} ${bad.en}` },
        ["query", key],
        bad
      )
    }
  }
  return null
}

const bearer = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/u
const visibleAscii = /^[\x21-\x7E]+$/u

/** One credential at most (the same token twice is one), each well-formed. */
const credentialProblem = (header: (name: string) => string | null, lang: Lang): Preflight | null => {
  const unauthenticated = (detail: Text) => answer(Problem.make("unauthenticated", lang, detail))
  const authorization = header("authorization")
  const apiKey = header("x-api-key")
  let token: string | null = null
  if (authorization !== null) {
    const m = bearer.exec(authorization)
    if (m === null) {
      return unauthenticated({
        zh: "authorization 请求头不是 Bearer 加令牌的形式",
        en: "the authorization header is not Bearer followed by a token"
      })
    }
    token = m[1] ?? null
  }
  if (apiKey !== null && !visibleAscii.test(apiKey)) {
    return unauthenticated({ zh: "x-api-key 请求头不是密钥", en: "the x-api-key header is not a key" })
  }
  if (token !== null && apiKey !== null && token !== apiKey) {
    return unauthenticated({
      zh: "同时发送了不同的 Bearer 令牌和 x-api-key：只能使用一个凭据",
      en: "a bearer token and an x-api-key that differ: send one credential"
    })
  }
  return null
}

const idempotencyKey = /^[\x21-\x7E]{1,255}$/u

const isJson = (contentType: string | null) =>
  contentType !== null && /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/iu.test(contentType.trim())

/**
 * Everything the edge decides from the request line and headers. `target` is
 * the request target (`/path?query`) as received; `header` looks a header up
 * by lower-case name.
 */
export const preflight = (
  method: string,
  target: string,
  header: (name: string) => string | null,
  options: EdgeOptions = {}
): Preflight => {
  const lang = negotiate(header("accept-language"))
  const maxUrl = options.maxUrlBytes ?? defaultMaxUrlBytes
  if (target.length > maxUrl) {
    return answer(
      Problem.make("uri-too-long", lang, { zh: `上限为 ${maxUrl} 字节`, en: `the limit is ${maxUrl} bytes` })
    )
  }
  const at = target.indexOf("?")
  const path = at < 0 ? target : target.slice(0, at)
  const query = at < 0 ? "" : target.slice(at + 1)
  if (!path.startsWith("/")) {
    return answer(Problem.make("not-found", lang, { zh: "请求目标不是路径", en: "the request target is not a path" }))
  }
  const matched = Routes.match(routingSegments(path))
  if (matched.length === 0) {
    return answer(
      Problem.make("not-found", lang, {
        zh: `没有路径为${q("zh", shown(path))}的接口`,
        en: `no route ${q("en", shown(path))}`
      })
    )
  }
  const route =
    matched.find((r) => r.method === method) ??
    (method === "HEAD" ? matched.find((r) => r.method === "GET") : undefined)
  if (route === undefined) {
    const allow = Routes.allow(matched).join(", ")
    return knownMethods.has(method)
      ? answer(
          Problem.make("method-not-allowed", lang, {
            zh: `${q("zh", shown(path))}不接受 ${method} 方法，可用：${allow}`,
            en: `${method} is not allowed on ${q("en", shown(path))}; allowed: ${allow}`
          }),
          { allow }
        )
      : answer(
          Problem.make("not-implemented", lang, {
            zh: `未实现 ${shown(method)} 方法`,
            en: `the method ${shown(method)} is not implemented`
          }),
          { allow }
        )
  }
  const badPath = pathProblem(path, lang)
  if (badPath !== null) return badPath
  const badQuery = queryProblem(query, lang)
  if (badQuery !== null) return badQuery
  if (route.authenticated) {
    const bad = credentialProblem(header, lang)
    if (bad !== null) return bad
  }
  if (route.changesState) {
    const key = header("idempotency-key")
    if (key !== null && !idempotencyKey.test(key)) {
      return invalid(
        lang,
        {
          zh: "idempotency-key 请求头须为 1 至 255 个可见 ASCII 字符",
          en: "the idempotency-key header must be 1 to 255 visible ascii characters"
        },
        ["headers", "idempotency-key"],
        { zh: "1 至 255 个可见 ASCII 字符", en: "1 to 255 visible ascii characters" }
      )
    }
  }
  const readsBody = route.method === "POST" || route.method === "PUT" || route.method === "PATCH"
  if (readsBody) {
    const limit = options.maxBodyBytes ?? defaultMaxBodyBytes
    const declared = header("content-length")
    if (declared !== null && Number(declared) > limit) return answer(tooLarge(lang, limit))
    if (!isJson(header("content-type"))) {
      return answer(
        Problem.make("unsupported-media-type", lang, {
          zh: "请求体请以 application/json（UTF-8）发送",
          en: "send the body as application/json (utf-8)"
        })
      )
    }
  }
  return { _tag: "Pass", route, readsBody, lang }
}

/** The 413 problem for a body over `limit` bytes. */
export const tooLarge = (lang: Lang, limit: number): Problem.Problem =>
  Problem.make("body-too-large", lang, { zh: `上限为 ${limit} 字节`, en: `the limit is ${limit} bytes` })

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })

/** The body checked: UTF-8, one JSON value, storable; null when it passes, else the problem. */
export const bodyProblem = (
  bytes: Uint8Array,
  options: EdgeOptions = {},
  lang: Lang = "zh"
): Problem.Problem | null => {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return Problem.make(
      "invalid-input",
      lang,
      { zh: "请求体不是 UTF-8 文本", en: "the body is not UTF-8" },
      { problems: [{ path: ["payload"], message: lang === "zh" ? "不是 UTF-8" : "not UTF-8" }] }
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const why = e instanceof Error ? e.message : "not JSON"
    return Problem.make(
      "invalid-input",
      lang,
      { zh: `请求体不是 JSON：${why}`, en: `the body is not JSON: ${why}` },
      { problems: [{ path: ["payload"], message: lang === "zh" ? "不是 JSON" : "not JSON" }] }
    )
  }
  const found = StorableJson.problems(value, { maxDepth: options.maxJsonDepth ?? StorableJson.maxDepth })
  if (found.length === 0) return null
  const problems = found.map((p) => ({
    path: ["payload", ...p.path],
    message: lang === "zh" ? (p.zh ?? p.message) : p.message
  }))
  return Problem.make("invalid-input", lang, Problem.describeProblems(problems), { problems })
}
