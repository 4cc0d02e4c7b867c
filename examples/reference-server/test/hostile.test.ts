/**
 * Hostile input: fast-check generates malformed requests across every
 * endpoint — wrong types, missing and extra fields, huge strings and arrays,
 * deep nesting, invalid UTF-8, wrong content types, oversized bodies, path
 * tricks — through the same handler the server mounts. Every answer is a 4xx
 * problem document (never a 5xx, never a throw) and the stores are unchanged.
 */
import { App, Keys } from "@zhengwu/adapters-http"
import { AuditLog, CaseIndex, Clock, EventStore, Memory, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"
import { demoKeys } from "../demoKeys.ts"

const services = Memory.layer(Clock.layerFixed(1_772_416_800_000))
const runtime = ManagedRuntime.make(services)
const maxBodyBytes = 64 * 1024
const web = await (async () => {
  await runtime.runPromise(Keys.configure(demoKeys()))
  return App.makeWebHandler(Layer.succeedContext(await runtime.context()), { maxBodyBytes })
})()
afterAll(async () => {
  await web.dispose()
  await runtime.dispose()
})

const counts = () =>
  runtime.runPromise(
    Effect.gen(function* () {
      const events = yield* Effect.flatMap(Effect.service(EventStore.EventStore), (s) => s.readAll())
      const audit = yield* Effect.flatMap(Effect.service(AuditLog.AuditLog), (a) => a.list({}))
      const cases = yield* Effect.flatMap(Effect.service(CaseIndex.CaseIndex), (i) => i.list({ limit: 500 }))
      return { events: events.length, audit: audit.length, cases: cases.items.length }
    })
  )

const keys = demoKeys().map((k) => k.key)
const validators = Registry.validators.map((v) => v.id)
const machines = Registry.machines.map((m) => m.id)

const segment = fc.oneof(
  fc.constantFrom(
    "..",
    "%2e%2e",
    "%2F",
    "%00",
    "v1",
    "cases",
    "events",
    "rules",
    "decisions",
    "regulations",
    "machines"
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent)
)
const path = fc.oneof(
  fc.constantFrom(
    "/v1/cases",
    "/v1/cases/x/events",
    "/v1/cases/x",
    "/v1/cases/x/history",
    "/v1/audit/verify",
    "/v1/regulations",
    "/v1/rules",
    "/v1/machines",
    "/healthz",
    "/openapi.json"
  ),
  fc.constantFrom(...validators).map((v) => `/v1/decisions/${v}`),
  fc.constantFrom(...machines).map((m) => `/v1/machines/${m}`),
  fc
    .tuple(fc.constantFrom(...machines), fc.string({ maxLength: 8 }))
    .map(([m, q]) => `/v1/machines/${m}?format=${encodeURIComponent(q)}`),
  fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => `/${s.join("/")}`),
  fc
    .tuple(fc.constantFrom(...validators), fc.string({ maxLength: 12 }))
    .map(([v, d]) => `/v1/decisions/${v}?asOf=${encodeURIComponent(d)}`)
)

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`
const body: fc.Arbitrary<Uint8Array | string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.anything({ maxDepth: 3 }).map((x) => JSON.stringify(x) ?? "null"),
  fc.string({ maxLength: 200 }),
  fc.integer({ min: 1, max: 3000 }).map(deep),
  fc.integer({ min: 1, max: 20 }).map((n) => JSON.stringify({ machine: "seals/signing", input: "x".repeat(n * 5000) })),
  fc
    .integer({ min: 1, max: 40 })
    .map((n) => JSON.stringify({ type: "submit", payload: Array.from({ length: n * 500 }, () => 1) })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => new Uint8Array([0x7b, 0xff, 0xfe, ...b])),
  fc.constant("x".repeat(maxBodyBytes + 1)),
  fc.constantFrom('{"machine":', '{"type":"submit",', "{", "[1,2", "nul"),
  // valid shapes with one field of the wrong type or missing, or the case body with a broken input
  fc.constantFrom(...Registry.examples).map((e) =>
    JSON.stringify({
      machine: e.machine,
      input: Object.fromEntries(Object.keys(e.input as object).map((k) => [k, [[["wrong"]]]]))
    })
  ),
  fc.constantFrom(...Registry.examples).map((e) => JSON.stringify({ machine: e.machine, input: {} })),
  fc.constantFrom(...Registry.examples).map((e) => JSON.stringify({ machine: e.machine })),
  fc
    .record({
      type: fc.string({ maxLength: 10 }),
      payload: fc.anything({ maxDepth: 2 }),
      expectedVersion: fc.anything({ maxDepth: 1 })
    })
    .map((x) => JSON.stringify(x))
)
const contentType = fc.constantFrom(
  "application/json",
  "application/json",
  "application/json",
  "application/json",
  "application/json",
  undefined,
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "application/problem+json",
  "garbage"
)
const method = fc.oneof(
  { arbitrary: fc.constant("POST"), weight: 6 },
  { arbitrary: fc.constant("GET"), weight: 3 },
  { arbitrary: fc.constantFrom("PUT", "DELETE", "PATCH", "OPTIONS"), weight: 1 }
)
const auth = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...keys).map((k) => ({ "x-api-key": k })),
  fc.constantFrom(...keys).map((k) => ({ authorization: `Bearer ${k}` })),
  fc.string({ maxLength: 40 }).map((k) => ({ "x-api-key": k.replace(/[^\x20-\x7e]/gu, "") })),
  fc.constant({ authorization: "Basic Zm9vOmJhcg==" })
)
const request = fc.record({ method, path, body, contentType, auth })

describe("hostile input across every endpoint", () => {
  it("10,000 malformed requests: each answered with a 4xx problem document, no 5xx, the stores unchanged", async () => {
    const before = await counts()
    const statuses = new Map<number, number>()
    let tried = 0
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers = new Headers(r.auth)
        if (r.contentType !== undefined) headers.set("content-type", r.contentType)
        const body = r.method === "GET" ? undefined : r.body
        const response = await web.handler(
          new Request(`http://zhengwu.test${r.path}`, {
            method: r.method,
            headers,
            ...(body === undefined ? {} : { body: body as BodyInit })
          })
        )
        tried++
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        expect(response.status, `${r.method} ${r.path}`).toBeLessThan(500)
        if (response.status >= 400) {
          expect(response.headers.get("content-type") ?? "", `${r.method} ${r.path} ${response.status}`).toContain(
            "application/problem+json"
          )
          const problem = (await response.json()) as { status?: number }
          expect(problem.status ?? response.status).toBe(response.status)
        } else await response.arrayBuffer()
      }),
      { numRuns: 10_000 }
    )
    const after = await counts()
    expect(after).toEqual(before)
    const fiveHundreds = [...statuses].filter(([s]) => s >= 500).length
    const fourHundreds = [...statuses].filter(([s]) => s >= 400 && s < 500).reduce((n, [, c]) => n + c, 0)
    process.stdout.write(
      `hostile input: ${tried} requests tried, ${fourHundreds} answered 4xx, 5xx seen = ${fiveHundreds}, statuses ${JSON.stringify(Object.fromEntries(statuses))}, stores unchanged\n`
    )
    expect(fourHundreds).toBeGreaterThan(8000)
  }, 300_000)
})
