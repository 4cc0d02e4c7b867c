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
  DecisionLog,
  type EventStore,
  type Ids,
  type RateLimits,
  Registry,
  type UnitOfWork
} from "@zhengwu/core"
import * as HttpRouter from "effect/http/HttpRouter"
import * as HttpServer from "effect/http/HttpServer"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as HttpApiScalar from "effect/http-api/HttpApiScalar"
import * as Layer from "effect/Layer"
import { Api } from "./Api.ts"
import * as Edge from "./Edge.ts"
import * as Handlers from "./Handlers.ts"
import { type Lang, negotiate } from "./Language.ts"
import { RateLimit } from "./Principal.ts"
import * as Problem from "./Problem.ts"

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
  const decisionLog = DecisionLog.layer({ inputs: options.decisionLogInputs === true }).pipe(
    Layer.provideMerge(services)
  )
  const api = HttpApiBuilder.layer(Api, { openapiPath: "/openapi.json" }).pipe(
    Layer.provide(Handlers.layer.pipe(Layer.provide(rateLimit))),
    Layer.provide(Layer.merge(cases, decisionLog))
  )
  return Layer.mergeAll(api, HttpApiScalar.layer(Api, { path: "/docs" }))
}

export interface HandlerOptions extends Edge.EdgeOptions {
  /** Record each validator input in the decision log, not only its hash (default false). */
  readonly decisionLogInputs?: boolean | undefined
  /** Authenticated requests per key per minute (default 600); 429 above it. */
  readonly rateLimitPerMinute?: number | undefined
  /** A request not answered in this time gets a 503 problem (default 30 s). */
  readonly timeoutMs?: number | undefined
}

export const defaultRateLimitPerMinute = 600
export const defaultTimeoutMs = 30_000

export const defaultMaxBodyBytes = Edge.defaultMaxBodyBytes

/**
 * Wraps the API's web handler with the edge: a request is answered by the
 * edge's problem or reaches the API with a body already read (at most
 * `maxBodyBytes`), checked and well-formed. Nothing thrown escapes: a defect
 * anywhere is a 500 problem, and a request not answered in `timeoutMs` a 503.
 */
export const guard =
  (handler: (request: Request) => Promise<Response>, options: HandlerOptions = {}) =>
  async (request: Request): Promise<Response> => {
    const lang = negotiate(request.headers.get("accept-language"))
    try {
      const url = new URL(request.url)
      const pre = Edge.preflight(request.method, url.pathname + url.search, (n) => request.headers.get(n), options)
      if (pre._tag === "Answer") return Problem.response(pre.response, pre.headers)
      let forwarded = request
      if (pre.readsBody) {
        const limit = options.maxBodyBytes ?? defaultMaxBodyBytes
        const body = await readLimited(request, limit)
        if (body === null) return Problem.response(Edge.tooLarge(lang, limit))
        const bad = Edge.bodyProblem(body, options, lang)
        if (bad !== null) return Problem.response(bad)
        forwarded = new Request(request.url, { method: request.method, headers: request.headers, body })
      }
      const response = await withTimeout(handler(forwarded), options.timeoutMs ?? defaultTimeoutMs, lang)
      // one shape for every 500, and never a bare one
      if (response.status === 500) return internal(lang)
      if (response.status > 500 && !(response.headers.get("content-type") ?? "").includes("problem+json")) {
        return internal(lang)
      }
      return response
    } catch {
      return internal(lang)
    }
  }

const internal = (lang: Lang) =>
  Problem.response(
    Problem.make("internal", lang, { zh: "服务器未能作答", en: "the server could not answer this request" })
  )

const withTimeout = async (answer: Promise<Response>, timeoutMs: number, lang: Lang): Promise<Response> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<Response>((resolve) => {
    timer = setTimeout(
      () =>
        resolve(
          Problem.response(
            Problem.make("timeout", lang, {
              zh: `${timeoutMs} 毫秒内未能作答，请稍后重试`,
              en: `no answer within ${timeoutMs} ms; retry shortly`
            }),
            { "retry-after": "1" }
          )
        ),
      timeoutMs
    )
  })
  return Promise.race([answer, timedOut]).finally(() => clearTimeout(timer))
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
