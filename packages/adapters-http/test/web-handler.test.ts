import { afterAll, describe, expect, it } from "vitest"
import { keys, makeHandler } from "./memory.ts"

const { handler, dispose } = makeHandler({ maxBodyBytes: 64 * 1024 })
afterAll(() => dispose())

const base = "http://zhengwu.test"
const call = (path: string, init: RequestInit & { key?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.key !== undefined) headers.set("x-api-key", init.key)
  if (init.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json")
  return handler(new Request(`${base}${path}`, { ...init, headers }))
}
const json = async (r: Response) => ({ status: r.status, type: r.headers.get("content-type"), body: await r.json() })

const certificate = { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2027-12-31" }
const request = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: "xh-office", xuhuiDistrictUnit: true },
  issuers: { lead: "xh-office", coIssuers: [] },
  certificate
}

describe("the API as a web-standard handler, without a socket", () => {
  it("serves health, the catalogue and an article's text", async () => {
    expect(await json(await call("/healthz"))).toMatchObject({ status: 200, body: { status: "ok" } })
    const docs = await json(await call("/v1/regulations"))
    expect(docs.body.map((d: { id: string }) => d.id)).toContain("sh-egov-2012")
    const art = await json(await call("/v1/regulations/xuhui-eseal-2015/articles/4"))
    expect(art.body.textZh).toContain("不得在合同、协议、委托书")
  })

  it("decides a seal use as of a date: a 2026 contract is refused under xuhui-eseal-2015 art 4", async () => {
    const r = await json(
      await call("/v1/decisions/seals/use?asOf=2026-03-02", {
        method: "POST",
        body: JSON.stringify({ ...request, documentKind: "contract" })
      })
    )
    expect(r.status).toBe(200)
    expect(r.body.outcome).toBe("refused")
    expect(r.body.reasons[0].citations).toEqual(["xuhui-eseal-2015/4"])
  })

  it("answers bad input with a 400 problem that names the path", async () => {
    const r = await json(
      await call("/v1/decisions/seals/use", { method: "POST", body: JSON.stringify({ ...request, channel: 7 }) })
    )
    expect(r.status).toBe(400)
    expect(r.type).toContain("application/problem+json")
    expect(JSON.stringify(r.body)).toContain("channel")
  })

  it("runs a seal-signing case; the actor is the key's principal, a drafter approving is 403 citing art 7, another unit finds no case", async () => {
    const started = await json(
      await call("/v1/cases", {
        method: "POST",
        key: keys.drafter.key,
        body: JSON.stringify({
          machine: "seals/signing",
          input: { request }
        })
      })
    )
    expect(started).toMatchObject({ status: 200, body: { state: "drafted", version: 1 } })
    const id = started.body.id as string
    const fire = (key: string, event: unknown) =>
      call(`/v1/cases/${id}/events`, { method: "POST", key, body: JSON.stringify(event) }).then(json)
    expect((await fire(keys.drafter.key, { type: "submit" })).body.state).toBe("awaiting-approval")
    const forbidden = await fire(keys.drafter.key, { type: "approve" })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body.decision.reasons[0].citations).toEqual(["xuhui-eseal-2015/7"])
    // another unit is no party to the case: it sees no case, rather than a refusal that would reveal one
    expect((await fire(keys.otherUnit.key, { type: "approve" })).status).toBe(404)
    const stale = await fire(keys.approver.key, { type: "approve", expectedVersion: 1 })
    expect(stale).toMatchObject({ status: 409, body: { expectedVersion: 1, actualVersion: 2 } })
    expect((await fire(keys.approver.key, { type: "approve", expectedVersion: 2 })).body.state).toBe("approved")
    const sealed = await fire(keys.keeper.key, { type: "apply-seal", payload: { certificate } })
    expect(sealed.body).toMatchObject({ state: "sealed", version: 4, final: true })
    const events = await json(await call(`/v1/cases/${id}/events`, { key: keys.drafter.key }))
    expect(events.body.map((e: { type: string }) => e.type)).toEqual([
      "case-started",
      "submit",
      "approve",
      "apply-seal"
    ])
    // the timeline shows the refusal beside the accepted events, with its decision and citations
    const timeline = await json(await call(`/v1/cases/${id}/history`, { key: keys.drafter.key }))
    type Entry = {
      kind: string
      event?: string
      actor: { role: string }
      decision?: { refusal?: string; reasons: Array<{ citations: string[] }> }
    }
    expect(timeline.body.map((e: Entry) => `${e.kind} ${e.event ?? ""}`.trim())).toEqual([
      "started",
      "accepted submit",
      "refused approve",
      "accepted approve",
      "accepted apply-seal"
    ])
    const refused = (timeline.body as Entry[])[2]
    expect(refused?.actor.role).toBe("drafter")
    expect(refused?.decision?.refusal).toBe("actor-not-permitted")
    expect(refused?.decision?.reasons[0]?.citations).toEqual(["xuhui-eseal-2015/7"])
    expect((await call("/v1/audit/verify", { key: keys.drafter.key })).status).toBe(403)
    expect((await json(await call("/v1/audit/verify", { key: keys.auditor.key }))).body).toMatchObject({ ok: true })
  })

  it("answers every protocol error deliberately, as a problem document", async () => {
    expect((await call("/v1/cases")).status).toBe(401)
    expect((await call("/v1/cases", { key: "nope" })).status).toBe(401)
    expect((await call("/v1/cases/missing", { key: keys.drafter.key })).status).toBe(404)
    expect((await call("/nowhere")).status).toBe(404)
    const m = await call("/v1/regulations", { method: "DELETE" })
    expect([m.status, m.headers.get("allow")]).toEqual([405, "GET, HEAD"])
    expect((await call("/v1/decisions/seals/use", { method: "POST", body: "x".repeat(70 * 1024) })).status).toBe(413)
    const t = await call("/v1/decisions/seals/use", {
      method: "POST",
      body: "documentKind=notice",
      headers: { "content-type": "application/x-www-form-urlencoded" }
    })
    expect(t.status).toBe(415)
    expect(t.headers.get("content-type")).toBe("application/problem+json")
    const broken = await call("/v1/decisions/seals/use", { method: "POST", body: "{not json" })
    expect(broken.status).toBe(400)
  })

  it("serves an OpenAPI 3.1 document with every decision endpoint", async () => {
    const doc = (await json(await call("/openapi.json"))).body
    expect(doc.openapi).toMatch(/^3\.1\./u)
    expect(Object.keys(doc.paths)).toContain("/v1/decisions/seals/use")
    expect(Object.keys(doc.paths)).toContain("/v1/cases/{id}/events")
  })
})
