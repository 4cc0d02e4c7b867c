import * as PgClient from "@effect/sql-pg/PgClient"
import { PGlite } from "@electric-sql/pglite"
import { Cases, Clock, Ids, Registry } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { PgliteStream } from "../src/PgliteStream.ts"
import * as Storage from "../src/Storage.ts"

/**
 * Counts round trips on the client side: every Query ('Q') or Sync ('S')
 * message the client sends ends a request the server answers with
 * ReadyForQuery, which the client waits for before its next statement.
 */
class CountingStream extends PgliteStream {
  static trips = 0
  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (let at = 0; at + 5 <= chunk.length; ) {
      const type = chunk[at]
      if (type === 0x51 || type === 0x53) CountingStream.trips++
      at += 1 + chunk.readInt32BE(at + 1)
    }
    super._write(chunk, encoding, callback)
  }
}

let db: PGlite
beforeAll(async () => {
  db = new PGlite()
  await db.waitReady
}, 60_000)
afterAll(async () => {
  await db.close()
})

const layer = () =>
  Cases.layer(Registry.getMachine).pipe(
    Layer.provideMerge(
      Layer.provideMerge(
        Storage.ports("trips"),
        PgClient.layerFrom(
          PgClient.makeClient({ stream: () => new CountingStream(db), username: "postgres", database: "postgres" })
        )
      )
    ),
    Layer.provideMerge(Layer.mergeAll(Clock.layerFixed(1_772_416_800_000), Ids.layerSequential))
  )

const who = (role: string) => ({ agency: "demo-unit" as never, role })

describe("round trips of a persisted transition, counted at the client", () => {
  it("a fired event: 1 round trip to load the case, then begin, the append, one batch (audit record, its head, findings, case index) and commit", async () => {
    const example = Registry.examples.find((e) => e.machine === "seals/signing")
    if (example === undefined) throw new Error("no example")
    const counted = await Effect.runPromise(
      Effect.gen(function* () {
        const cases = yield* Cases.Cases
        const started = yield* cases.start({ machine: "seals/signing", input: example.input, actor: who("drafter") })
        const before = CountingStream.trips
        const fired = yield* cases.fire({
          caseId: started.id,
          event: { type: "submit", payload: {} },
          actor: who("drafter")
        })
        return {
          trips: CountingStream.trips - before,
          state: fired.state,
          history: (yield* cases.history(started.id)).length
        }
      }).pipe(Effect.provide(layer()))
    )
    expect(counted.state).toBe("awaiting-approval")
    expect(counted.history).toBe(2)
    expect(counted.trips).toBe(5)
  }, 60_000)
})
