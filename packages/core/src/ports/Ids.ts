/**
 * The Ids port: where new identifiers come from. Random in production,
 * sequential (and so reproducible) in tests and replays.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

/** Mints identifiers of the form `<prefix>-<unique part>`. */
export class Ids extends Context.Service<
  Ids,
  {
    /** A new identifier starting with `prefix-`. */
    readonly next: (prefix: string) => Effect.Effect<string>
  }
>()("@zhengwu/core/ports/Ids") {}

/** `prefix-<random UUID v4>` via Web Crypto's `crypto.randomUUID()`. */
export const layerRandom: Layer.Layer<Ids> = Layer.succeed(
  Ids,
  Ids.of({ next: (prefix) => Effect.sync(() => `${prefix}-${globalThis.crypto.randomUUID()}`) })
)

/**
 * `prefix-000001`, `prefix-000002`, … counted per prefix, so minting ids of one
 * kind never shifts the ids of another. Each build of the layer starts afresh.
 */
export const layerSequential: Layer.Layer<Ids> = Layer.sync(Ids, () => {
  const counters = new Map<string, number>()
  return Ids.of({
    next: (prefix) =>
      Effect.sync(() => {
        const n = (counters.get(prefix) ?? 0) + 1
        counters.set(prefix, n)
        return `${prefix}-${String(n).padStart(6, "0")}`
      })
  })
})
