import { ApiKeys, Clock, RateLimits } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import { describe, expect, it } from "vitest"
import * as App from "../src/App.ts"
import * as Keys from "../src/Keys.ts"
import { keys, services } from "./memory.ts"

const get = (handler: (r: Request) => Promise<Response>, key: string) =>
  handler(new Request("http://zhengwu.test/v1/cases?limit=1", { headers: { "x-api-key": key } }))

describe("limits", () => {
  it("a per-key rate limit of 20 a minute holds under 60 concurrent requests: 20 pass, 40 get 429, another key is unaffected", async () => {
    const runtime = ManagedRuntime.make(services())
    const { handler, dispose } = App.makeWebHandler(Layer.succeedContext(await runtime.context()), {
      rateLimitPerMinute: 20
    })
    const responses = await Promise.all(Array.from({ length: 60 }, () => get(handler, keys.drafter.key)))
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(20)
    expect(statuses.filter((s) => s === 429)).toHaveLength(40)
    const limited = responses.find((r) => r.status === 429)
    expect(limited?.headers.get("content-type")).toContain("application/problem+json")
    expect(await limited?.json()).toMatchObject({ status: 429, retryAfterSeconds: expect.any(Number) })
    expect((await get(handler, keys.approver.key)).status).toBe(200)
    await dispose()
    await runtime.dispose()
  })

  it("a revoked key stops working at once: the next request is 401", async () => {
    const runtime = ManagedRuntime.make(services())
    const { handler, dispose } = App.makeWebHandler(Layer.succeedContext(await runtime.context()))
    expect((await get(handler, keys.drafter.key)).status).toBe(200)
    await runtime.runPromise(Keys.revoke(keys.drafter.key))
    const r = await get(handler, keys.drafter.key)
    expect(r.status).toBe(401)
    expect(await r.json()).toMatchObject({ title: "未认证", detail: "密钥未知或已吊销" })
    expect((await get(handler, "never-seen")).status).toBe(401)
    await dispose()
    await runtime.dispose()
  })

  it("keys are stored only as their SHA-256", async () => {
    const runtime = ManagedRuntime.make(services())
    const stored = await runtime.runPromise(
      Effect.gen(function* () {
        const store = yield* ApiKeys.ApiKeys
        return yield* store.findByHash(yield* ApiKeys.hashKey(keys.drafter.key))
      })
    )
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/u)
    expect(JSON.stringify(stored)).not.toContain(keys.drafter.key)
    await runtime.dispose()
  })

  it("a request not answered in time gets a 503 problem, not a hang", async () => {
    const slow = () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response("late")), 500))
    const r = await App.guard(slow, { timeoutMs: 50 })(new Request("http://zhengwu.test/healthz"))
    expect(r.status).toBe(503)
    expect(r.headers.get("content-type")).toBe("application/problem+json")
  })

  it("rate-limit windows are fixed minutes: the count starts again in the next window", async () => {
    const counts = await Effect.runPromise(
      Effect.gen(function* () {
        const limits = yield* RateLimits.RateLimits
        const a = yield* limits.hit("k", RateLimits.windowStart(120_500, 60_000))
        const b = yield* limits.hit("k", RateLimits.windowStart(179_999, 60_000))
        const c = yield* limits.hit("k", RateLimits.windowStart(180_000, 60_000))
        return [a, b, c]
      }).pipe(Effect.provide(Layer.merge(RateLimits.layerMemory, Clock.layerFixed(0))))
    )
    expect(counts).toEqual([1, 2, 1])
  })
})
