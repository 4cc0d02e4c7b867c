/**
 * The API as an application: routes (the HttpApi, `/openapi.json` and a docs
 * page) over the Cases service and the storage ports, and a web-standard
 * `Request → Response` handler with a front door that answers the protocol
 * errors deliberately: 404 and 405 (with `Allow`), 413 over the body limit,
 * 415 for a body that is not JSON, and never a bare 500.
 */
import {
  type ApiKeys,
  type AuditLog,
  type CaseIndex,
  Cases,
  type Clock,
  type EventStore,
  type Ids,
  type RateLimits,
  Registry,
  type UnitOfWork
} from "@zhengwu/core"
import * as HttpRouter from "effect/http/HttpRouter"
import * as HttpServer from "effect/http/HttpServer"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as HttpApiScalar from "effect/http-api/HttpApiScalar"
import * as Layer from "effect/Layer"
import { Api } from "./Api.ts"
import * as Handlers from "./Handlers.ts"
import { RateLimit } from "./Principal.ts"

export type Storage =
  | EventStore.EventStore
  | AuditLog.AuditLog
  | CaseIndex.CaseIndex
  | ApiKeys.ApiKeys
  | RateLimits.RateLimits
  | UnitOfWork.UnitOfWork

/** The API's routes over the given services (storage ports, Clock and Ids). */
export const routes = <E>(services: Layer.Layer<Storage | Clock.Clock | Ids.Ids, E>, options: HandlerOptions = {}) => {
  const cases = Cases.layer(Registry.getMachine).pipe(Layer.provideMerge(services))
  const rateLimit = Layer.succeed(RateLimit, {
    perWindow: options.rateLimitPerMinute ?? defaultRateLimitPerMinute,
    windowMs: 60_000
  })
  const api = HttpApiBuilder.layer(Api, { openapiPath: "/openapi.json" }).pipe(
    Layer.provide(Handlers.layer.pipe(Layer.provide(rateLimit))),
    Layer.provide(HttpApiMiddleware.layerProblemDetails({ includeDetails: true })),
    Layer.provide(cases)
  )
  return Layer.mergeAll(api, HttpApiScalar.layer(Api, { path: "/docs" }))
}

export interface HandlerOptions {
  /** Largest accepted request body in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number | undefined
  /** Authenticated requests per key per minute (default 600); 429 above it. */
  readonly rateLimitPerMinute?: number | undefined
  /** A request not answered in this time gets a 503 problem (default 30 s). */
  readonly timeoutMs?: number | undefined
}

export const defaultRateLimitPerMinute = 600
export const defaultTimeoutMs = 30_000

export const defaultMaxBodyBytes = 1024 * 1024

const problem = (status: number, reason: string, title: string, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: `urn:zhengwu:problem:${reason}`, title, status, detail }), {
    status,
    headers: { "content-type": "application/problem+json", ...headers }
  })

/** Every route of the API as a method and a path pattern, for 404 vs 405. */
const routeTable = Object.values(
  (Api as unknown as { groups: Record<string, { endpoints: Record<string, { method: string; path: string }> }> }).groups
)
  .flatMap((g) => Object.values(g.endpoints))
  .map((e) => ({ method: e.method, pattern: new RegExp(`^${e.path.replace(/:[A-Za-z]+/gu, "[^/]+")}$`, "u") }))
  .concat([
    { method: "GET", pattern: /^\/openapi\.json$/u },
    { method: "GET", pattern: /^\/docs$/u }
  ])

const allowedMethods = (path: string) => [
  ...new Set(routeTable.filter((r) => r.pattern.test(path)).map((r) => r.method))
]

const isJson = (contentType: string | null) =>
  contentType !== null && /^application\/json(?:\s*;.*)?$/iu.test(contentType.trim())

/**
 * Wraps the API's web handler with the front door. The body is read here
 * (at most `maxBodyBytes`), so the API sees only requests it can answer.
 */
export const guard =
  (handler: (request: Request) => Promise<Response>, options: HandlerOptions = {}) =>
  async (request: Request): Promise<Response> => {
    const limit = options.maxBodyBytes ?? defaultMaxBodyBytes
    const url = new URL(request.url)
    const allowed = allowedMethods(url.pathname)
    if (allowed.length === 0) return problem(404, "not-found", "not found", `no route \`${url.pathname}\``)
    if (!allowed.includes(request.method) && !(request.method === "HEAD" && allowed.includes("GET"))) {
      return problem(
        405,
        "method-not-allowed",
        "method not allowed",
        `\`${request.method}\` is not allowed on \`${url.pathname}\``,
        {
          allow: allowed.join(", ")
        }
      )
    }
    let forwarded = request
    if (request.method === "POST" || request.method === "PUT" || request.method === "PATCH") {
      const declared = Number(request.headers.get("content-length") ?? "0")
      if (declared > limit)
        return problem(413, "body-too-large", "request body too large", `the limit is ${limit} bytes`)
      if (!isJson(request.headers.get("content-type"))) {
        return problem(415, "unsupported-media-type", "unsupported media type", "send the body as `application/json`")
      }
      const body = await readLimited(request, limit)
      if (body === null) return problem(413, "body-too-large", "request body too large", `the limit is ${limit} bytes`)
      forwarded = new Request(request.url, { method: request.method, headers: request.headers, body })
    }
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
    let timer: ReturnType<typeof setTimeout> | undefined
    const timedOut = new Promise<Response>((resolve) => {
      timer = setTimeout(
        () =>
          resolve(
            problem(503, "timeout", "request timed out", `no answer within ${timeoutMs} ms`, { "retry-after": "1" })
          ),
        timeoutMs
      )
    })
    const response = await Promise.race([handler(forwarded), timedOut]).finally(() => clearTimeout(timer))
    if (response.status >= 500 && !(response.headers.get("content-type") ?? "").includes("problem+json")) {
      return problem(500, "internal", "internal error", "the server could not answer this request")
    }
    return response
  }

/** The body as bytes, or null when it exceeds `limit`. */
const readLimited = async (request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> => {
  if (request.body === null) return new Uint8Array(new ArrayBuffer(0))
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(new ArrayBuffer(size))
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.byteLength
  }
  return out
}

/**
 * A web-standard handler for the API over the given services: mount it in any
 * server that speaks `Request → Response`. Call `dispose` to release it.
 */
export const makeWebHandler = <E>(
  services: Layer.Layer<Storage | Clock.Clock | Ids.Ids, E>,
  options: HandlerOptions = {}
) => {
  const web = HttpRouter.toWebHandler(routes(services, options).pipe(Layer.provide(HttpServer.layerServices)), {
    disableLogger: true
  })
  return { handler: guard((request) => web.handler(request), options), dispose: web.dispose }
}
