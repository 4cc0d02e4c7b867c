import * as Effect from "effect/Effect"
import { describe, expect, it } from "vitest"
import * as Ids from "../../src/ports/Ids.ts"

const mint = (prefixes: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const ids = yield* Ids.Ids
    return yield* Effect.forEach(prefixes, ids.next)
  })

describe("Ids", () => {
  it("counts per prefix with the sequential layer", async () => {
    const ids = await Effect.runPromise(mint(["case", "case", "doc", "case"]).pipe(Effect.provide(Ids.layerSequential)))
    expect(ids).toEqual(["case-000001", "case-000002", "doc-000001", "case-000003"])
  })

  it("starts the sequence afresh for each build of the sequential layer", async () => {
    const once = () => Effect.runPromise(mint(["case"]).pipe(Effect.provide(Ids.layerSequential)))
    expect(await once()).toEqual(["case-000001"])
    expect(await once()).toEqual(["case-000001"])
  })

  it("mints distinct prefixed uuids with the random layer", async () => {
    const ids = await Effect.runPromise(
      mint(Array.from({ length: 50 }, () => "case")).pipe(Effect.provide(Ids.layerRandom))
    )
    expect(new Set(ids).size).toBe(50)
    for (const id of ids)
      expect(id).toMatch(/^case-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
