/**
 * The one builder of RFC 9457 problem documents (`application/problem+json`)
 * for everything answered outside the API's typed errors: the edge's refusals
 * (404, 405, 408, 413, 414, 415, 431, 501), authentication refusals it can
 * decide alone, timeouts (503) and the last-resort 500. The shape is the one
 * the OpenAPI document declares as `Problem`: `type` (`urn:zhengwu:problem:…`),
 * `title`, `status`, `detail`, and for invalid input each problem with its path.
 */
export const contentType = "application/problem+json"

/** What went wrong, and the status and title each reason answers with. */
export const reasons = {
  "invalid-input": { status: 400, title: "invalid input" },
  unauthenticated: { status: 401, title: "unauthenticated" },
  "not-found": { status: 404, title: "not found" },
  "method-not-allowed": { status: 405, title: "method not allowed" },
  "request-timeout": { status: 408, title: "request timeout" },
  "body-too-large": { status: 413, title: "request body too large" },
  "uri-too-long": { status: 414, title: "request uri too long" },
  "unsupported-media-type": { status: 415, title: "unsupported media type" },
  "headers-too-large": { status: 431, title: "request header fields too large" },
  internal: { status: 500, title: "internal error" },
  "not-implemented": { status: 501, title: "method not implemented" },
  timeout: { status: 503, title: "request timed out" },
  unavailable: { status: 503, title: "service unavailable" }
} as const

export type Reason = keyof typeof reasons

/** One problem of an invalid request: where (`["payload", "context", "request"]`) and what. */
export interface InputProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
}

/** The problem document (declared as `Problem` in the OpenAPI document). */
export interface Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly problems?: ReadonlyArray<InputProblem>
}

export const typeOf = (reason: string): string => `urn:zhengwu:problem:${reason}`

/** Builds the problem for a reason; `problems` only for invalid input. */
export const make = (reason: Reason, detail: string, problems?: ReadonlyArray<InputProblem>): Problem => ({
  type: typeOf(reason),
  title: reasons[reason].title,
  status: reasons[reason].status,
  detail,
  ...(problems === undefined ? {} : { problems })
})

/** The problem as a web `Response`. */
export const response = (p: Problem, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(p), { status: p.status, headers: { "content-type": contentType, ...headers } })

/** The problem as raw HTTP/1.1 bytes, for answers written straight to a socket (bad requests, CONNECT). */
export const rawResponse = (p: Problem, headers: Record<string, string> = {}): string => {
  const body = JSON.stringify(p)
  const statusText = p.title.replace(/(^|\s)\S/gu, (c) => c.toUpperCase())
  const lines = [
    `HTTP/1.1 ${p.status} ${statusText}`,
    `content-type: ${contentType}`,
    `content-length: ${new TextEncoder().encode(body).byteLength}`,
    "connection: close",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)
  ]
  return `${lines.join("\r\n")}\r\n\r\n${body}`
}

/** The detail for a list of input problems: each `path: message`, joined. */
export const describeProblems = (problems: ReadonlyArray<InputProblem>): string =>
  problems.map((p) => `${p.path.length > 0 ? `\`${p.path.join(".")}\`: ` : ""}${p.message}`).join("; ")
