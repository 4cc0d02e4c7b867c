/**
 * The Clock port: the only way the core learns what time it is. Nothing in the
 * core reads `Date` or `performance`; it asks this service, so tests and
 * replays decide the time.
 */

import * as EffectClock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import { fromEpochMillis, type LocalDate, shanghaiOffsetMinutes } from "../date/LocalDate.ts"

/** Current time, as epoch milliseconds and as the civil date in Shanghai. */
export class Clock extends Context.Service<
  Clock,
  {
    /** Milliseconds since the Unix epoch. */
    readonly currentTimeMillis: Effect.Effect<number>
    /** Today's date in Shanghai (UTC+8). */
    readonly today: Effect.Effect<LocalDate>
  }
>()("@zhengwu/core/ports/Clock") {}

/** Builds a Clock from a source of epoch milliseconds; `today` is derived from it. */
export const make = (currentTimeMillis: Effect.Effect<number>): Clock["Service"] =>
  Clock.of({
    currentTimeMillis,
    today: Effect.map(currentTimeMillis, (millis) => fromEpochMillis(millis, shanghaiOffsetMinutes))
  })

/** Time from Effect's own clock: the system clock in production, `TestClock` under test. */
export const layerSystem: Layer.Layer<Clock> = Layer.succeed(Clock, make(EffectClock.currentTimeMillis))

/** A clock stopped at `millis`. */
export const layerFixed = (millis: number): Layer.Layer<Clock> => Layer.succeed(Clock, make(Effect.succeed(millis)))

/** Moves the time of a clock built by {@link layerManual}. */
export class ManualClock extends Context.Service<
  ManualClock,
  {
    /** Sets the time to `millis`. */
    readonly set: (millis: number) => Effect.Effect<void>
    /** Moves the time forward (or back, when negative) by `millis`. */
    readonly advance: (millis: number) => Effect.Effect<void>
  }
>()("@zhengwu/core/ports/ManualClock") {}

/** An in-memory clock starting at `startMillis` that only moves when told to via `ManualClock`. */
export const layerManual = (startMillis: number): Layer.Layer<Clock | ManualClock> =>
  Layer.effectContext(
    Effect.map(Ref.make(startMillis), (ref) =>
      Context.make(Clock, make(Ref.get(ref))).pipe(
        Context.add(
          ManualClock,
          ManualClock.of({
            set: (millis) => Ref.set(ref, millis),
            advance: (millis) => Ref.update(ref, (now) => now + millis)
          })
        )
      )
    )
  )
