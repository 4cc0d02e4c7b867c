/**
 * @zhengwu/client — a typed fetch client for the Zhengwu HTTP API, for apps
 * that do not use Effect: openapi-fetch over the types generated from the
 * API's own OpenAPI document, so every path, body, parameter and answer is
 * typed (a case's start body is the union of every machine's input; each
 * machine's event endpoint the union of its events).
 */
import createFetchClient, { type Client, type ClientOptions as FetchOptions } from "openapi-fetch"
import type { components, operations, paths } from "./openapi.ts"

export type { components, operations, paths }

export interface ClientOptions {
  /** e.g. `http://127.0.0.1:3000` */
  readonly baseUrl: string
  /** Sent as `x-api-key`: the principal (agency and role) the server acts as. */
  readonly apiKey?: string | undefined
  /** The language of problem titles and details (`Accept-Language`): Chinese by default, as the server answers. */
  readonly lang?: "zh" | "en" | undefined
  /** A fetch of your own (a test double, a web handler, a proxy); the global fetch by default. */
  readonly fetch?: FetchOptions["fetch"] | undefined
}

export type ZhengwuClient = Client<paths>

/** A client for one server and key. */
export const createClient = (options: ClientOptions): ZhengwuClient => {
  const headers: Record<string, string> = { "accept-language": options.lang === "en" ? "en" : "zh-CN" }
  if (options.apiKey !== undefined) headers["x-api-key"] = options.apiKey
  return createFetchClient<paths>({
    baseUrl: options.baseUrl,
    headers,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch })
  })
}

/** A problem the server answered (RFC 9457), as the document declares it. */
export type Problem = components["schemas"] extends { Problem: infer P } ? P : never
