/**
 * The API's routes as a table read from its definition: for each path
 * pattern, the methods it answers and, per method, whether it needs a
 * credential and whether it changes state. The edge answers 404 and 405 from
 * it, before anything else reads the request.
 */
import * as HttpApi from "effect/http-api/HttpApi"
import { Api } from "./Api.ts"
import { Authentication } from "./Principal.ts"

export interface Route {
  readonly method: string
  /** The definition's path, e.g. `/v1/cases/:id`. */
  readonly path: string
  readonly segments: ReadonlyArray<string | null>
  readonly authenticated: boolean
  /** POST, PUT, PATCH, DELETE: takes an `Idempotency-Key`. */
  readonly changesState: boolean
}

const toSegments = (path: string): ReadonlyArray<string | null> =>
  path
    .split("/")
    .slice(1)
    .map((s) => (s.startsWith(":") ? null : s))

const collect = (): ReadonlyArray<Route> => {
  const routes: Array<Route> = []
  HttpApi.reflect(Api, {
    onGroup: () => {},
    onEndpoint: ({ endpoint, middleware }) => {
      routes.push({
        method: endpoint.method,
        path: endpoint.path,
        segments: toSegments(endpoint.path),
        authenticated: [...middleware].some((m) => (m as unknown) === Authentication),
        changesState: endpoint.method !== "GET" && endpoint.method !== "HEAD"
      })
    }
  })
  for (const path of ["/openapi.json", "/docs"]) {
    routes.push({ method: "GET", path, segments: toSegments(path), authenticated: false, changesState: false })
  }
  return routes
}

export const routes: ReadonlyArray<Route> = collect()

const matches = (route: Route, segments: ReadonlyArray<string>): boolean =>
  route.segments.length === segments.length &&
  route.segments.every((s, i) => (s === null ? (segments[i] ?? "").length > 0 : s === segments[i]))

/** The routes whose pattern matches the decoded path segments (one per method). */
export const match = (segments: ReadonlyArray<string>): ReadonlyArray<Route> =>
  routes.filter((r) => matches(r, segments))

/** The methods a path answers, for `Allow` (HEAD wherever GET is). */
export const allow = (matched: ReadonlyArray<Route>): ReadonlyArray<string> => {
  const methods = new Set(matched.map((r) => r.method))
  if (methods.has("GET")) methods.add("HEAD")
  return [...methods]
}
