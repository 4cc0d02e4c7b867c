/**
 * The edge over a real Node server on loopback, driven with raw sockets where
 * `fetch` cannot go: every method token gets a declared answer and the
 * process keeps answering; NUL, lone surrogates, malformed percent-encoding
 * and deep nesting are refused at the edge with a 400 naming the path; two
 * credentials that disagree, or a malformed one, are a 401; retried writes
 * with an `Idempotency-Key` have one effect.
 */
import { connect } from "node:net"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as NodeServer from "../src/NodeServer.ts"
import { keys, makeHandler } from "./memory.ts"

const web = makeHandler({ maxBodyBytes: 64 * 1024 })
let server: NodeServer.RunningServer
beforeAll(async () => {
  server = await NodeServer.serve(web.handler, { maxBodyBytes: 64 * 1024, log: () => {} })
})
afterAll(async () => {
  await server.close()
  await web.dispose()
})

/** Sends raw bytes, returns the status and the body of the first response. */
const raw = (text: string) =>
  new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1")
    let out = ""
    socket.on("data", (d) => {
      out += String(d)
    })
    socket.on("error", reject)
    socket.on("close", () => {
      const [head = "", ...rest] = out.split("\r\n\r\n")
      const status = Number(/^HTTP\/1\.1 (\d{3})/u.exec(head)?.[1] ?? 0)
      resolve({ status, headers: head.toLowerCase(), body: rest.join("\r\n\r\n") })
    })
    socket.write(text)
    // every request sent here asks for `connection: close` (or is refused): the server closes when it has answered
    setTimeout(() => socket.destroy(), 15_000).unref()
  })

const request = (method: string, path: string, headers: Record<string, string> = {}) =>
  raw(
    `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("")}\r\n`
  )

const alive = async () => expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

const call = (path: string, init: RequestInit & { key?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.key !== undefined) headers.set("x-api-key", init.key)
  if (init.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json")
  return fetch(`${server.url}${path}`, { ...init, headers })
}

const problemOf = (body: string) => JSON.parse(body) as { type: string; status: number; problems?: unknown[] }

const seal = {
  request: {
    documentKind: "notice",
    channel: "internal-office-platform",
    secrecy: "none",
    sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
    issuers: { lead: "xh-office", coIssuers: [] },
    certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2027-12-31" }
  }
}

describe("every method token gets a declared answer and the server stays up", () => {
  const rfc9110 = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]
  const others = ["TRACK", "PROPFIND", "MKCOL", "COPY", "LOCK", "PURGE", "QUERY", "SEARCH", "M-SEARCH", "BREW"]

  it.each([...rfc9110, ...others])("%s on /healthz", async (method) => {
    const r = await request(method, "/healthz")
    if (method === "GET" || method === "HEAD") expect(r.status).toBe(200)
    else {
      expect([405, 501]).toContain(r.status)
      expect(r.headers).toContain("content-type: application/problem+json")
      expect(problemOf(r.body).status).toBe(r.status)
      if (method !== "CONNECT") expect(r.headers).toMatch(/\r\nallow: get, head/u)
    }
    await alive()
  })

  it("random method tokens: each answered 4xx or 5xx as a problem (never a reset), the server stays up", async () => {
    const tchar = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~".split(""))
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: tchar, minLength: 1, maxLength: 12 }), async (method) => {
        const r = await request(method, "/v1/cases")
        expect(r.status, method).toBeGreaterThanOrEqual(200)
        if (r.status >= 400) expect(problemOf(r.body).status).toBe(r.status)
      }),
      { numRuns: 60 }
    )
    await alive()
  })

  it("a malformed request line, headers over the limit and an oversized target are problems too", async () => {
    const bad = await raw("GET /\u0001 HTTP/1.1\r\nhost: x\r\n\r\n")
    expect(bad.status).toBe(400)
    expect(problemOf(bad.body).type).toBe("urn:zhengwu:problem:invalid-input")
    const big = await request("GET", "/healthz", { "x-padding": "a".repeat(20_000) })
    expect([big.status, problemOf(big.body).status]).toEqual([431, 431])
    const long = await request("GET", `/v1/regulations?${"a=b&".repeat(3000)}`)
    expect([long.status, problemOf(long.body).status]).toEqual([414, 414])
    await alive()
  })
})

describe("NUL, lone surrogates, malformed encoding and deep nesting are refused at the edge, naming the path", () => {
  it("in a path id and a query string", async () => {
    for (const [path, at] of [
      ["/v1/cases/%00", ["path", 2]],
      ["/v1/cases/a%E0%A4%A", ["path", 2]],
      ["/v1/cases?machine=%00", ["query", "machine"]],
      ["/v1/cases?state=%ZZ", ["query", "state"]]
    ] as const) {
      const r = await call(path, { key: keys.drafter.key })
      expect(r.status, path).toBe(400)
      expect((await r.json()).problems[0].path, path).toEqual(at)
    }
  })

  it("in JSON bodies: values and keys, escaped NUL and lone surrogates", async () => {
    const cases: Array<[string, ReadonlyArray<string | number>]> = [
      [`{"machine":"seals/signing","input":{"request":"\\u0000"}}`, ["payload", "input", "request"]],
      [`{"machine":"seals/signing","input":{"\\ud800":1}}`, ["payload", "input", "\ud800"]],
      [`{"machine":"seals/signing\\udfff","input":{}}`, ["payload", "machine"]]
    ]
    for (const [body, path] of cases) {
      const r = await call("/v1/cases", { method: "POST", key: keys.drafter.key, body })
      expect(r.status, body).toBe(400)
      expect((await r.json()).problems[0].path, body).toEqual(path)
    }
    const notUtf8 = await call("/v1/decisions/seals/use", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]) })
    expect(notUtf8.status).toBe(400)
  })

  it("at 4,384 levels deep a start is refused with the path where the limit is passed; nothing is stored", async () => {
    const depth = 4384
    const body = `{"machine":"seals/signing","input":${"[".repeat(depth)}${"]".repeat(depth)}}`
    const r = await call("/v1/cases", { method: "POST", key: keys.drafter.key, body })
    expect(r.status).toBe(400)
    const p = await r.json()
    expect(p.problems[0].path.slice(0, 2)).toEqual(["payload", "input"])
    expect(p.problems[0].message).toBe("嵌套超过 64 层")
  })
})

describe("credentials", () => {
  const list = (headers: Record<string, string>) => call("/v1/cases", { headers })

  it("one credential passes, whichever header carries it; the same key in both is one credential", async () => {
    expect((await list({ "x-api-key": keys.drafter.key })).status).toBe(200)
    expect((await list({ authorization: `Bearer ${keys.drafter.key}` })).status).toBe(200)
    expect((await list({ authorization: `Bearer ${keys.drafter.key}`, "x-api-key": keys.drafter.key })).status).toBe(
      200
    )
  })

  it("two credentials that disagree, or any invalid one, are a 401", async () => {
    for (const headers of [
      { authorization: `Bearer ${keys.approver.key}`, "x-api-key": keys.drafter.key },
      { authorization: "Bearer nope", "x-api-key": keys.drafter.key },
      { authorization: `Bearer ${keys.drafter.key}`, "x-api-key": "nope" },
      { authorization: `Basic ${keys.drafter.key}`, "x-api-key": keys.drafter.key },
      { authorization: "Bearer", "x-api-key": keys.drafter.key },
      { "x-api-key": "nope" }
    ]) {
      const r = await list(headers)
      expect(r.status, JSON.stringify(headers)).toBe(401)
      expect((await r.json()).type).toBe("urn:zhengwu:problem:unauthenticated")
    }
  })
})

describe("retries through Idempotency-Key", () => {
  it("a start without an id, retried with the same key, answers the same case; another body with the key is 422", async () => {
    const start = (input: unknown) =>
      call("/v1/cases", {
        method: "POST",
        key: keys.drafter.key,
        headers: { "idempotency-key": "start-1" },
        body: JSON.stringify({ machine: "seals/signing", input })
      })
    const first = await start(seal)
    expect(first.status).toBe(200)
    const again = await start(seal)
    expect(await again.json()).toEqual(await first.clone().json())
    const other = await start({ request: { ...seal.request, documentKind: "report" } })
    expect(other.status).toBe(422)
    expect((await other.json()).type).toBe("urn:zhengwu:problem:idempotency-mismatch")
  })

  it("eight concurrent starts with one key create one case", async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        call("/v1/cases", {
          method: "POST",
          key: keys.drafter.key,
          headers: { "idempotency-key": "start-concurrent" },
          body: JSON.stringify({ machine: "seals/signing", input: seal })
        }).then((r) => r.json())
      )
    )
    expect(new Set(responses.map((r) => r.id)).size).toBe(1)
  })

  it("an event retried with its key answers as it did; the key with another event is 422", async () => {
    const c = await (
      await call("/v1/cases", {
        method: "POST",
        key: keys.drafter.key,
        body: JSON.stringify({ machine: "seals/signing", input: seal })
      })
    ).json()
    const fire = (key: string, event: unknown) =>
      call(`/v1/cases/${c.id}/events`, {
        method: "POST",
        key,
        headers: { "idempotency-key": "ev-1" },
        body: JSON.stringify(event)
      })
    const submitted = await (await fire(keys.drafter.key, { type: "submit" })).json()
    expect(await (await fire(keys.drafter.key, { type: "submit" })).json()).toEqual(submitted)
    expect((await fire(keys.drafter.key, { type: "withdraw" })).status).toBe(422)
    const bad = await call(`/v1/cases/${c.id}/events`, {
      method: "POST",
      key: keys.drafter.key,
      headers: { "idempotency-key": "a key with spaces" },
      body: JSON.stringify({ type: "withdraw" })
    })
    expect(bad.status).toBe(400)
  })
})
