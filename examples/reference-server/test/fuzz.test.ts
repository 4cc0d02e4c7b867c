/**
 * The reference server fuzzed from its own `/openapi.json`: requests are
 * generated from the served document's operations and schemas (fast-check over
 * the JSON Schemas it publishes), seeded with the machines' examples so cases
 * are created and driven, then mutated (a field dropped, retyped, made NUL or a
 * lone surrogate, nested deep, an unknown one added), sent with every kind of
 * credential and retried with idempotency keys; every response is checked
 * against the document (status declared, content type declared, body valid).
 * Fixed hostile cases follow over raw sockets. After the run, the audit chain
 * verifies and every accepted case reads back.
 */
import { connect } from "node:net"
import { Registry } from "@zhengwu/core"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { demoAuditor, demoKeyOf, demoKeys, demoUnit } from "../demoKeys.ts"
import { arbitraryOf } from "./fuzz/arbitrary.ts"
import * as OpenApi from "./fuzz/openapi.ts"
import { type ServerProcess, startServer } from "./server-process.ts"

const generated = 20_000
const concurrency = 8

let server: ServerProcess
let doc: Parameters<typeof OpenApi.read>[0]
beforeAll(async () => {
  server = await startServer({
    ZHENGWU_DATA_DIR: "memory",
    ZHENGWU_DEMO: "1",
    DATABASE_URL: "",
    ZHENGWU_RATE_LIMIT_PER_MINUTE: "100000000",
    ZHENGWU_MAX_BODY_BYTES: String(64 * 1024)
  })
  doc = await (await fetch(`${server.url}/openapi.json`)).json()
}, 60_000)
afterAll(() => server.stop())

interface CaseRef {
  readonly id: string
  readonly machine: string
  readonly key: string
}

/** A request before the cases it refers to exist: references into the pool resolve at send time. */
interface Recipe {
  readonly op: number
  readonly method: string | null
  readonly path: ReadonlyArray<{ readonly pool: number } | { readonly value: string }>
  readonly query: ReadonlyArray<readonly [string, string]>
  readonly auth: Readonly<Record<string, string>>
  readonly idempotencyKey: string | null
  readonly body:
    | { readonly kind: "none" }
    | { readonly kind: "json"; readonly value: unknown }
    | { readonly kind: "raw"; readonly text: string }
    | { readonly kind: "start"; readonly example: number; readonly mutation: Mutation | null }
    | {
        readonly kind: "fire"
        readonly pick: number
        readonly mutation: Mutation | null
        readonly expectedVersion: number | null
      }
}

interface Mutation {
  readonly at: ReadonlyArray<number>
  readonly kind: "drop" | "retype" | "nul" | "surrogate" | "deep" | "extra" | "huge"
}

const hostileString = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "%00",
  "../..",
  "",
  " ",
  "🙂",
  "'; drop table x;--"
)

const mutate = (value: unknown, m: Mutation): unknown => {
  const copy = JSON.parse(JSON.stringify(value)) as unknown
  const replacement = (old: unknown): unknown => {
    switch (m.kind) {
      case "retype":
        return typeof old === "string" ? 7 : typeof old === "number" ? "7" : typeof old === "object" ? "x" : [old]
      case "nul":
        return "n\u0000l"
      case "surrogate":
        return "s\uD800"
      case "deep": {
        let v: unknown = 1
        for (let i = 0; i < 70; i++) v = [v]
        return v
      }
      case "huge":
        return 1e308 * 10
      default:
        return old
    }
  }
  let at: unknown = copy
  for (const [depth, n] of m.at.entries()) {
    if (at === null || typeof at !== "object") break
    const keys = Object.keys(at)
    if (keys.length === 0) break
    const k = keys[n % keys.length] as string
    const child = (at as Record<string, unknown>)[k]
    const last = depth === m.at.length - 1 || child === null || typeof child !== "object"
    if (last) {
      const target = at as Record<string, unknown>
      if (m.kind === "drop") delete target[k]
      else if (m.kind === "extra") target[`${k}Extra`] = 1
      else target[k] = replacement(child)
      return copy
    }
    at = child
  }
  return copy
}

const mutation: fc.Arbitrary<Mutation | null> = fc.option(
  fc.record({
    at: fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 5 }),
    kind: fc.constantFrom("drop", "retype", "nul", "surrogate", "deep", "extra", "huge")
  }),
  { freq: 2 }
)

/** Percent-encodes, turning a lone surrogate (which has no UTF-8) into U+FFFD first, as a URL parser would. */
const encode = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/gu, "\uFFFD"))

const keys = demoKeys().map((k) => k.key)
const auth: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...keys).map((k) => ({ "x-api-key": k })) },
  { weight: 1, arbitrary: fc.constantFrom(...keys).map((k) => ({ authorization: `Bearer ${k}` })) },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constant({ "x-api-key": demoAuditor.key }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...keys), fc.constantFrom(...keys))
      .map(([a, b]) => ({ "x-api-key": a, authorization: `Bearer ${b}` }))
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ "x-api-key": "nope" }, { authorization: "Basic Zm9v" }, { authorization: "Bearer" })
  }
)

/** Values a path parameter may take that the server knows, by template and parameter. */
const known = (template: string, name: string): ReadonlyArray<string> => {
  if (template.startsWith("/v1/machines/"))
    return Registry.machines.map((m) => m.id.split("/")[name === "procedure" ? 0 : 1] ?? "")
  if (template.startsWith("/v1/rules/"))
    return Registry.rules.map((r) => r.id.split("/")[name === "procedure" ? 0 : 1] ?? "")
  if (template.startsWith("/v1/regulations/"))
    return name === "doc" ? ["sh-egov-2012", "xuhui-eseal-2015"] : ["4", "10", "99"]
  return []
}

const recipes = (operations: ReadonlyArray<OpenApi.Operation>): fc.Arbitrary<Recipe> => {
  const arb = arbitraryOf(doc)
  const examples = Registry.examples
  // the case operations, where state changes, are drawn four times as often as the others
  const weighted = operations.flatMap((o, i) => (o.template.startsWith("/v1/cases") ? [i, i, i, i] : [i]))
  return fc.constantFrom(...weighted).chain((op) => {
    const o = operations[op] as OpenApi.Operation
    const pathParams = o.parameters.filter((p) => p.in === "path")
    const queryParams = o.parameters.filter((p) => p.in === "query")
    const path = fc.tuple(
      ...pathParams.map((p) => {
        const choices: Array<fc.Arbitrary<{ pool: number } | { value: string }>> = [
          arb(p.schema as never).map((v) => ({ value: String(v) })),
          hostileString.map((value) => ({ value }))
        ]
        if (p.name === "id")
          choices.push(
            fc.nat().map((pool) => ({ pool })),
            fc.nat().map((pool) => ({ pool }))
          )
        const k = known(o.template, p.name)
        if (k.length > 0)
          choices.push(
            fc.constantFrom(...k).map((value) => ({ value })),
            fc.constantFrom(...k).map((value) => ({ value }))
          )
        return fc.oneof(...choices)
      })
    )
    const query = fc
      .tuple(
        ...queryParams.map((p) =>
          fc.option(
            fc.oneof(arb(p.schema as never).map(String), hostileString).map((v) => [p.name, v] as const),
            { freq: 2 }
          )
        ),
        fc.oneof(
          { weight: 8, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom("bogus", "asof", "LIMIT"), fc.string({ maxLength: 4 })) }
        )
      )
      .map((qs) => qs.filter((q): q is readonly [string, string] => q !== null))
    const body: fc.Arbitrary<Recipe["body"]> =
      o.body === undefined
        ? fc.constant({ kind: "none" as const })
        : fc.oneof(
            { weight: 3, arbitrary: arb(o.body as never).map((value) => ({ kind: "json" as const, value })) },
            {
              weight: o.template === "/v1/cases" ? 6 : 0,
              arbitrary: fc.record({
                kind: fc.constant("start" as const),
                example: fc.nat({ max: examples.length - 1 }),
                mutation
              })
            },
            {
              weight: o.template === "/v1/cases/{id}/events" ? 8 : 0,
              arbitrary: fc.record({
                kind: fc.constant("fire" as const),
                pick: fc.nat(),
                mutation,
                expectedVersion: fc.option(fc.nat({ max: 6 }), { nil: null })
              })
            },
            {
              weight: 1,
              arbitrary: fc
                .oneof(
                  fc.string({ maxLength: 40 }),
                  fc.constantFrom(
                    "{",
                    "[1,",
                    "nul",
                    `${"[".repeat(500)}${"]".repeat(500)}`,
                    '{"a":"\\ud800"}',
                    '{"\\u0000":1}'
                  )
                )
                .map((text) => ({ kind: "raw" as const, text }))
            }
          )
    return fc.record({
      op: fc.constant(op),
      // mostly the operation's own method; sometimes another, which the edge must answer 405
      method: fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD") }
      ),
      path,
      query,
      auth,
      idempotencyKey: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.oneof(fc.constantFrom("k1", "k2", "k3"), fc.string({ maxLength: 10 })) }
      ),
      body
    })
  })
}

/** The demo key a step of the machine's actor table is taken with. */
const keyForEvent = (machineId: string, event: string, n: number): string => {
  const m = Registry.getMachine(machineId)
  const rules = (m?.transitions ?? []).filter((t) => t.event === event).flatMap((t) => t.actors)
  const rule = rules[n % Math.max(1, rules.length)]
  if (rule === undefined) return demoKeyOf(demoUnit, "drafter")
  return demoKeyOf(rule.agency.kind === "named" ? rule.agency.agency : demoUnit, rule.role)
}

/** The fields a problem may carry: the RFC 9457 ones and the structured facts of its reason. */
const problemFields = new Set([
  "type",
  "title",
  "status",
  "detail",
  "problems",
  "decision",
  "expectedVersion",
  "actualVersion",
  "retryAfterSeconds"
])

/** Every error, whatever its status and whoever answered it, in the one problem shape; null when it is. */
const oneShape = (status: number, text: string, head: boolean): string | null => {
  if (status < 400 || head) return null
  let p: Record<string, unknown>
  try {
    p = JSON.parse(text) as Record<string, unknown>
  } catch {
    return "an error that is not a problem document"
  }
  if (typeof p.type !== "string" || !p.type.startsWith("urn:zhengwu:problem:")) return `problem type ${String(p.type)}`
  if (p.status !== status || typeof p.title !== "string" || typeof p.detail !== "string") return "problem fields"
  const extra = Object.keys(p).filter((k) => !problemFields.has(k))
  return extra.length === 0 ? null : `problem with other fields: ${extra.join(", ")}`
}

describe("the reference server fuzzed from its own OpenAPI document", () => {
  it(`${generated} generated requests and the hostile classes: 0 answers of 500, 0 answers that contradict /openapi.json, every error in the one problem shape; afterwards the audit chain verifies and every accepted case reads back`, async () => {
    const { operations, check, checkNoRoute } = OpenApi.read(doc)
    expect(operations.length).toBeGreaterThan(40)
    const pool: Array<CaseRef> = []
    const statuses = new Map<number, number>()
    const contradictions: Array<string> = []
    let fiveHundreds = 0
    let sent = 0

    const record = (what: string, op: OpenApi.Operation | null, r: Response, text: string, head: boolean) => {
      sent++
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
      if (r.status >= 500 && r.status !== 503) fiveHundreds++
      const why = check(op, r.status, r.headers.get("content-type"), text, head) ?? oneShape(r.status, text, head)
      if (why !== null && contradictions.length < 50) contradictions.push(`${what} → ${r.status}: ${why}`)
    }

    const send = async (recipe: Recipe) => {
      const op = operations[recipe.op] as OpenApi.Operation
      const method = recipe.method ?? op.method
      const values = [...recipe.path]
      let path = op.template
      // an empty path parameter leaves an empty segment: a path no route has
      let noRoute = false
      for (const p of op.parameters.filter((x) => x.in === "path")) {
        const v = values.shift()
        const value =
          v === undefined ? "x" : "pool" in v ? (pool[v.pool % Math.max(1, pool.length)]?.id ?? "none") : v.value
        // an empty parameter leaves an empty segment; `.` and `..` are dot segments the URL parser removes
        if (value === "" || value === "." || value === "..") noRoute = true
        path = path.replace(`{${p.name}}`, encode(value))
      }
      const qs = recipe.query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")
      const headers = new Headers(recipe.auth)
      if (recipe.idempotencyKey !== null) {
        try {
          headers.set("idempotency-key", recipe.idempotencyKey)
        } catch {
          // not a header value fetch can send
        }
      }
      let body: string | undefined
      let started: { machine: string; key: string } | null = null
      const b = recipe.body
      if (b.kind === "json") body = JSON.stringify(b.value)
      else if (b.kind === "raw") body = b.text
      else if (b.kind === "start") {
        const e = Registry.examples[b.example]
        if (e === undefined) throw new Error("no example")
        const m = Registry.getMachine(e.machine)
        const key = demoKeyOf(e.unitAgency, m?.transitions[0]?.actors[0]?.role ?? "drafter")
        headers.set("x-api-key", key)
        headers.delete("authorization")
        const value = { machine: e.machine, input: e.input }
        body = JSON.stringify(b.mutation === null ? value : mutate(value, b.mutation))
        started = { machine: e.machine, key }
      } else if (b.kind === "fire") {
        const c = pool[b.pick % Math.max(1, pool.length)]
        const m = c === undefined ? undefined : Registry.getMachine(c.machine)
        const example = Registry.examples.find((e) => e.machine === c?.machine)
        if (c !== undefined && m !== undefined && example !== undefined) {
          path = `/v1/cases/${encodeURIComponent(c.id)}/events`
          noRoute = false
          const t = m.transitions[b.pick % m.transitions.length]
          const event = t?.event ?? "submit"
          headers.set("x-api-key", keyForEvent(c.machine, event, b.pick))
          headers.delete("authorization")
          const value = {
            type: event,
            payload: example.payloads[event] ?? {},
            ...(b.expectedVersion === null ? {} : { expectedVersion: b.expectedVersion })
          }
          body = JSON.stringify(b.mutation === null ? value : mutate(value, b.mutation))
        } else body = JSON.stringify({ type: "submit" })
      }
      if (body !== undefined && method !== "GET" && method !== "HEAD") headers.set("content-type", "application/json")
      const url = `${server.url}${path}${qs === "" ? "" : `?${qs}`}`
      const r = await fetch(url, {
        method,
        headers,
        ...(body === undefined || method === "GET" || method === "HEAD" ? {} : { body })
      })
      const text = await r.text()
      const declared = operations.find(
        (x) => x.template === op.template && x.method === (method === "HEAD" ? "GET" : method)
      )
      if (noRoute) {
        sent++
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
        const why = checkNoRoute(r.status, r.headers.get("content-type"), text, method === "HEAD")
        if (why !== null && contradictions.length < 50) contradictions.push(`${method} ${path} → ${r.status}: ${why}`)
      } else record(`${method} ${path}`, declared ?? null, r, text, method === "HEAD")
      if (started !== null && method === "POST" && r.status === 200) {
        const view = JSON.parse(text) as { id: string }
        if (!pool.some((c) => c.id === view.id)) pool.push({ id: view.id, ...started })
      }
    }

    const all = fc.sample(recipes(operations), { numRuns: generated, seed: 20261202 })
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < all.length) {
          const recipe = all[next++] as Recipe
          await send(recipe)
        }
      })
    )

    // the hostile classes as fixed cases, over raw sockets where fetch cannot go
    const hostile = await hostileRequests(server.url, pool[0]?.id ?? "none")
    for (const h of hostile) {
      sent++
      statuses.set(h.status, (statuses.get(h.status) ?? 0) + 1)
      if (h.status >= 500 && h.status !== 501 && h.status !== 503) fiveHundreds++
      const op =
        h.template === null
          ? undefined
          : operations.find((o) => o.template === h.template && o.method === (h.method === "HEAD" ? "GET" : h.method))
      const why =
        (h.template === null
          ? checkNoRoute(h.status, h.contentType, h.body, false)
          : check(op ?? null, h.status, h.contentType, h.body, h.method === "HEAD")) ??
        oneShape(h.status, h.body, h.method === "HEAD")
      if (why !== null && contradictions.length < 50) contradictions.push(`${h.what} → ${h.status}: ${why}`)
    }

    // afterwards: the chain verifies, and every accepted case reads back, with its history
    const verify = await (
      await fetch(`${server.url}/v1/audit/verify`, { headers: { "x-api-key": demoAuditor.key } })
    ).json()
    const unreadable: Array<string> = []
    for (const c of pool) {
      for (const p of [`/v1/cases/${encodeURIComponent(c.id)}`, `/v1/cases/${encodeURIComponent(c.id)}/history`]) {
        const r = await fetch(`${server.url}${p}`, { headers: { "x-api-key": c.key } })
        if (r.status !== 200) unreadable.push(`${p} ${r.status}`)
        await r.arrayBuffer()
      }
    }
    process.stdout.write(
      `fuzz from /openapi.json: ${sent} requests (${generated} generated from ${operations.length} operations, ${hostile.length} hostile), ${pool.length} cases created, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}, 500s = ${fiveHundreds}, contradictions = ${contradictions.length}, audit ${JSON.stringify(verify)}\n`
    )
    expect(contradictions).toEqual([])
    expect(fiveHundreds).toBe(0)
    expect(sent).toBeGreaterThanOrEqual(20_000)
    expect(pool.length).toBeGreaterThan(50)
    expect(verify).toMatchObject({ ok: true })
    expect(unreadable).toEqual([])
    // the run reached the interesting answers: accepted and refused events, conflicts, retries
    for (const s of [200, 400, 401, 403, 404, 405, 409, 413, 415, 422, 501])
      expect(statuses.get(s) ?? 0, `status ${s}`).toBeGreaterThan(0)
  }, 600_000)
})

interface HostileAnswer {
  readonly what: string
  readonly template: string | null
  readonly method: string
  readonly status: number
  readonly contentType: string | null
  readonly body: string
}

const rawRequest = (url: string, text: string) =>
  new Promise<{ status: number; contentType: string | null; body: string }>((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = connect(Number(port), hostname)
    let out = ""
    socket.on("data", (d) => {
      out += String(d)
    })
    socket.on("error", () => resolve({ status: 0, contentType: null, body: "" }))
    socket.on("close", () => {
      const [head = "", ...rest] = out.split("\r\n\r\n")
      const status = Number(/^HTTP\/1\.1 (\d{3})/u.exec(head)?.[1] ?? 0)
      const contentType = /\r\ncontent-type: ([^\r\n]+)/iu.exec(head)?.[1] ?? null
      const raw = rest.join("\r\n\r\n")
      // a chunked body (from Node's own writes) is not used by the server: bodies carry content-length
      resolve({ status, contentType, body: raw })
    })
    socket.write(text)
    // every request sent here asks for `connection: close` (or is refused): the server closes when it has answered
    setTimeout(() => socket.destroy(), 15_000).unref()
  })

/** Every method token on every route, and the body and target classes that once gave 500s. */
const hostileRequests = async (url: string, caseId: string): Promise<ReadonlyArray<HostileAnswer>> => {
  const key = demoKeyOf(demoUnit, "drafter")
  const targets: ReadonlyArray<readonly [string, string]> = [
    ["/healthz", "/healthz"],
    ["/v1/regulations", "/v1/regulations"],
    ["/v1/cases", "/v1/cases"],
    ["/v1/cases/{id}", `/v1/cases/${caseId}`],
    ["/v1/cases/{id}/events", `/v1/cases/${caseId}/events`],
    ["/v1/decisions/seals/use", "/v1/decisions/seals/use"],
    ["/v1/machines/{procedure}/{name}", "/v1/machines/seals/signing"]
  ]
  const tokens = [
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "CONNECT",
    "OPTIONS",
    "TRACE",
    "PATCH",
    "TRACK",
    "PROPFIND",
    "BREW",
    "X-Y"
  ]
  const out: Array<HostileAnswer> = []
  for (const [template, path] of targets) {
    for (const method of tokens) {
      const r = await rawRequest(
        url,
        `${method} ${path} HTTP/1.1\r\nhost: x\r\nx-api-key: ${key}\r\nconnection: close\r\n\r\n`
      )
      // a method the route declares is checked as that operation; any other as the edge declares
      out.push({ what: `${method} ${path}`, template, method, ...r })
    }
  }
  const post = (path: string, body: string, template: string | null) =>
    rawRequest(
      url,
      `POST ${path} HTTP/1.1\r\nhost: x\r\nx-api-key: ${key}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
    ).then((r) => out.push({ what: `POST ${path} ${body.slice(0, 40)}`, template, method: "POST", ...r }))
  // over the body limit (64 KiB here): declared, and sent chunked without a length
  await post("/v1/decisions/seals/use", `"${"x".repeat(70 * 1024)}"`, "/v1/decisions/seals/use")
  const chunk = `"${"y".repeat(70 * 1024)}"`
  const chunked = await rawRequest(
    url,
    `POST /v1/decisions/seals/use HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`
  )
  out.push({ what: "POST chunked over the limit", template: "/v1/decisions/seals/use", method: "POST", ...chunked })
  for (const depth of [65, 1000, 4000, 4384, 10_000]) {
    await post("/v1/cases", `{"machine":"seals/signing","input":${"[".repeat(depth)}${"]".repeat(depth)}}`, "/v1/cases")
  }
  for (const s of ["\\u0000", "\\ud800", "\\udfff", "a\\u0000b"]) {
    await post("/v1/cases", `{"machine":"seals/signing","input":{"k":"${s}"}}`, "/v1/cases")
    await post("/v1/cases", `{"machine":"seals/signing","input":{"${s}":1}}`, "/v1/cases")
    await post(`/v1/cases/${caseId}/events`, `{"type":"reject","payload":{"reason":"${s}"}}`, "/v1/cases/{id}/events")
  }
  for (const [path, template] of [
    [`/v1/cases/%00`, "/v1/cases/{id}"],
    [`/v1/cases/%ED%A0%80`, "/v1/cases/{id}"],
    [`/v1/cases?machine=%00`, "/v1/cases"],
    [`/v1/cases?limit=1.5`, "/v1/cases"],
    [`/v1/cases?limit=1e3`, "/v1/cases"],
    [`/v1/decisions/seals/use?asOf=2026-3-2`, "/v1/decisions/seals/use"],
    [`/v1/machines/seals/signing?format=svg`, "/v1/machines/{procedure}/{name}"],
    [`/v1/machines/seals/signing?format=mermaid`, "/v1/machines/{procedure}/{name}"],
    [`/nowhere`, null],
    [`/v1/cases/a/b/c`, null]
  ] as const) {
    const r = await rawRequest(url, `GET ${path} HTTP/1.1\r\nhost: x\r\nx-api-key: ${key}\r\nconnection: close\r\n\r\n`)
    out.push({ what: `GET ${path}`, template, method: "GET", ...r })
  }
  return out
}
