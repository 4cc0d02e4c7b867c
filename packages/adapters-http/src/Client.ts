/**
 * The typed client, generated from the same API definition as the server: a
 * renamed field or a changed schema is a compile error in the app that calls it.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpApiClient from "effect/http-api/HttpApiClient"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as Layer from "effect/Layer"
import { Api } from "./Api.ts"
import { Authentication, apiKeyHeader } from "./Principal.ts"

export interface ClientOptions {
  /** e.g. `http://127.0.0.1:3000` */
  readonly baseUrl: string
  /** Sent as `x-api-key`; the server maps it to the principal that acts. */
  readonly apiKey?: string | undefined
}

export type ZhengwuClient = HttpApiClient.ForApi<typeof Api>

export class Client extends Context.Service<Client, ZhengwuClient>()("@zhengwu/adapters-http/Client") {}

const authentication = (apiKey: string | undefined) =>
  HttpApiMiddleware.layerClient(Authentication, ({ next, request }) =>
    next(apiKey === undefined ? request : HttpClientRequest.setHeader(request, apiKeyHeader, apiKey))
  )

/** Builds a client for one base URL and key (over `fetch`). */
export const make = (options: ClientOptions) =>
  HttpApiClient.make(Api, {
    transformClient: (client) => client.pipe(HttpClient.mapRequest(HttpClientRequest.prependUrl(options.baseUrl)))
  }).pipe(Effect.provide(Layer.merge(authentication(options.apiKey), FetchHttpClient.layer)))

/** The client as a service, for apps composing layers. */
export const layer = (options: ClientOptions) => Layer.effect(Client, make(options))
