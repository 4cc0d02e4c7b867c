import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import * as TestClock from "effect/testing/TestClock"
import { describe, expect, it } from "vitest"
import * as Clock from "../../src/ports/Clock.ts"

// 2024-01-01T16:00:00Z is midnight, 2 January, in Shanghai (UTC+8)
const shanghaiMidnight = 1_704_124_800_000
const readClock = Effect.gen(function* () {
  const clock = yield* Clock.Clock
  return { millis: yield* clock.currentTimeMillis, today: yield* clock.today }
})

const run = <A, E>(program: Effect.Effect<A, E, Clock.Clock>, layer: Layer.Layer<Clock.Clock>) =>
  Effect.runPromise(program.pipe(Effect.provide(layer)))

describe("Clock", () => {
  it("reads the system clock through Effect's clock, so TestClock controls it", () =>
    Effect.runPromise(
      Effect.gen(function* () {
        yield* TestClock.setTime(shanghaiMidnight - 1)
        expect(yield* readClock).toEqual({ millis: shanghaiMidnight - 1, today: "2024-01-01" })
        yield* TestClock.adjust(1)
        expect(yield* readClock).toEqual({ millis: shanghaiMidnight, today: "2024-01-02" })
      }).pipe(Effect.provide(Clock.layerSystem), Effect.provide(TestClock.layer()))
    ))

  it("reads real time from the system layer outside tests", async () => {
    const { millis } = await run(readClock, Clock.layerSystem)
    expect(millis).toBeGreaterThan(1_700_000_000_000)
  })

  it("stays at the given instant with the fixed layer", async () => {
    const first = await run(readClock, Clock.layerFixed(shanghaiMidnight))
    expect(first).toEqual({ millis: shanghaiMidnight, today: "2024-01-02" })
  })

  it("moves only when set or advanced with the manual layer", () =>
    Effect.runPromise(
      Effect.gen(function* () {
        const manual = yield* Clock.ManualClock
        expect(yield* readClock).toEqual({ millis: 0, today: "1970-01-01" })
        yield* manual.set(shanghaiMidnight)
        expect((yield* readClock).today).toBe("2024-01-02")
        yield* manual.advance(-1)
        expect(yield* readClock).toEqual({ millis: shanghaiMidnight - 1, today: "2024-01-01" })
      }).pipe(Effect.provide(Clock.layerManual(0)))
    ))
})
