/**
 * The one builder of RFC 9457 problem documents (`application/problem+json`):
 * every error the server answers — the edge's refusals, request validation,
 * the cases' refusals and conflicts, authentication, limits, timeouts and the
 * last-resort 500 — is built here, in one shape: `type`
 * (`urn:zhengwu:problem:<reason>`), `title` and `detail` in the language the
 * request prefers (Chinese by default), `status`, and the structured fields of
 * the reason beside them (each invalid input with its path, the decision that
 * refused, the versions that conflict).
 */
import type { Decision } from "@zhengwu/core"
import { type Lang, pick, type Text } from "./Language.ts"

export const contentType = "application/problem+json"

/** What went wrong, and the status and title each reason answers with. */
export const reasons = {
  "invalid-input": { status: 400, title: { zh: "输入无效", en: "invalid input" } },
  unauthenticated: { status: 401, title: { zh: "未认证", en: "unauthenticated" } },
  "not-permitted": { status: 403, title: { zh: "依规定无权办理", en: "not permitted by the regulation" } },
  "auditor-required": { status: 403, title: { zh: "需要审计员权限", en: "auditor role required" } },
  "not-found": { status: 404, title: { zh: "未找到", en: "not found" } },
  "method-not-allowed": { status: 405, title: { zh: "不支持该方法", en: "method not allowed" } },
  "request-timeout": { status: 408, title: { zh: "请求超时", en: "request timeout" } },
  "version-conflict": { status: 409, title: { zh: "版本冲突", en: "version conflict" } },
  "not-possible-now": { status: 409, title: { zh: "当前状态下不能办理", en: "not possible in the case's state" } },
  "body-too-large": { status: 413, title: { zh: "请求体过大", en: "request body too large" } },
  "uri-too-long": { status: 414, title: { zh: "请求地址过长", en: "request uri too long" } },
  "unsupported-media-type": { status: 415, title: { zh: "不支持的媒体类型", en: "unsupported media type" } },
  refused: { status: 422, title: { zh: "依规定不予办理", en: "refused by the regulation" } },
  "idempotency-mismatch": {
    status: 422,
    title: { zh: "幂等键已用于其他请求", en: "idempotency key reused with a different request" }
  },
  "rate-limited": { status: 429, title: { zh: "请求过于频繁", en: "too many requests" } },
  "headers-too-large": { status: 431, title: { zh: "请求头过大", en: "request header fields too large" } },
  internal: { status: 500, title: { zh: "服务器内部错误", en: "internal error" } },
  "not-implemented": { status: 501, title: { zh: "未实现该方法", en: "method not implemented" } },
  timeout: { status: 503, title: { zh: "处理超时", en: "request timed out" } },
  unavailable: { status: 503, title: { zh: "服务暂不可用", en: "service unavailable" } }
} as const

export type Reason = keyof typeof reasons

/** One problem of an invalid request: where (`["payload", "input", "request"]`) and what. */
export interface InputProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** The fields a reason may carry beside the text. */
export interface Extra {
  readonly problems?: ReadonlyArray<InputProblem>
  readonly decision?: Decision.Decision
  readonly expectedVersion?: number | null
  readonly actualVersion?: number | null
  readonly retryAfterSeconds?: number
}

/** The problem document (declared as `Problem` in the OpenAPI document). */
export interface Problem extends Extra {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
}

export const typeOf = (reason: string): string => `urn:zhengwu:problem:${reason}`

/** Builds the problem for a reason, its title and detail in `lang`. */
export const make = <R extends Reason>(
  reason: R,
  lang: Lang,
  detail: Text,
  extra: Extra = {}
): Problem & { readonly status: (typeof reasons)[R]["status"] } => ({
  type: typeOf(reason),
  title: pick(reasons[reason].title, lang),
  status: reasons[reason].status,
  detail: pick(detail, lang),
  ...extra
})

/** The problem as a web `Response`. */
export const response = (p: Problem, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "content-type": contentType, "content-language": languageOf(p), ...headers }
  })

/** The language tag of a problem's text (its title tells: every title is in one language). */
const languageOf = (p: Problem): string => (Object.values(reasons).some((r) => r.title.en === p.title) ? "en" : "zh-CN")

/** The problem as raw HTTP/1.1 bytes, for answers written straight to a socket (bad requests, CONNECT). */
export const rawResponse = (p: Problem, headers: Record<string, string> = {}): string => {
  const body = JSON.stringify(p)
  const lines = [
    `HTTP/1.1 ${p.status} ${statusText[p.status] ?? "Error"}`,
    `content-type: ${contentType}`,
    `content-language: ${languageOf(p)}`,
    `content-length: ${new TextEncoder().encode(body).byteLength}`,
    "connection: close",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)
  ]
  return `${lines.join("\r\n")}\r\n\r\n${body}`
}

const statusText: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
  501: "Not Implemented"
}

/** The detail for a list of input problems: each `path: message`, joined. */
export const describeProblems = (problems: ReadonlyArray<InputProblem>): Text => {
  const each = problems.map((p) => `${p.path.length > 0 ? `${p.path.join(".")}: ` : ""}${p.message}`)
  return { zh: each.join("；"), en: each.join("; ") }
}
