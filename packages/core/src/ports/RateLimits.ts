/**
 * Rate-limit counters: fixed windows per bucket (e.g. an API key), kept in
 * storage so that every server process sees the same count.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

export class RateLimits extends Context.Service<
  RateLimits,
  {
    /** Counts one hit in the window that starts at `windowStart`; returns the count including it. */
    readonly hit: (bucket: string, windowStart: number) => Effect.Effect<number>
  }
>()("@zhengwu/core/ports/RateLimits") {}

/** The start of the fixed window of `windowMs` that contains `now`. */
export const windowStart = (now: number, windowMs: number): number => now - (now % windowMs)

export const layerMemory: Layer.Layer<RateLimits> = Layer.sync(RateLimits, () => {
  const counts = new Map<string, number>()
  return RateLimits.of({
    hit: (bucket, start) =>
      Effect.sync(() => {
        const k = `${start}|${bucket}`
        const n = (counts.get(k) ?? 0) + 1
        counts.set(k, n)
        // forget windows older than this one
        for (const key of counts.keys()) if (Number(key.slice(0, key.indexOf("|"))) < start) counts.delete(key)
        return n
      })
  })
})
