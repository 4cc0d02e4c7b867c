/**
 * 8 writers × 1,000 appends across 16 shared streams, on the storage layer a
 * test file gives (PostgreSQL alone, or with its reads on a replica).
 */
import { Clock, EventStore } from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as SqlClient from "effect/sql/SqlClient"
import { expect, it } from "vitest"
import * as Replica from "../src/Replica.ts"
import * as Storage from "../src/Storage.ts"
import * as Engines from "./engines.ts"

export const writers = 8
const appendsPerWriter = 1_000
const streams = 16

export interface Setup {
  /** The SqlClient (and, with a replica, the routing of reads) for `writers` connections. */
  readonly sql: () => Layer.Layer<SqlClient.SqlClient, unknown>
  /**
   * How a writer learns a stream's version before appending: `version` asks the primary;
   * `read` loads the stream, as `Cases.fire` does (on the replica when it has caught up).
   */
  readonly versionBy: "version" | "read"
  /** Waits until the replica has replayed everything the primary has (when there is one). */
  readonly caughtUp?: () => Promise<void>
}

export const concurrentWriters = (setup: Setup) =>
  it(`${writers} writers × ${appendsPerWriter} appends across ${streams} shared streams: nothing lost or duplicated, one winner per version, no gaps`, async () => {
    const schema = Engines.freshSchema()
    const layer = Layer.provideMerge(Storage.ports(schema), setup.sql()).pipe(Layer.provide(Clock.layerSystem))

    const writing = Effect.gen(function* () {
      const store = yield* EventStore.EventStore
      let conflicts = 0
      const acknowledged: Array<{ stream: string; version: number; id: string }> = []
      const versionOf = (stream: EventStore.StreamId) =>
        setup.versionBy === "version"
          ? store.version(stream)
          : Effect.map(store.read(stream), (events) => events.at(-1)?.version ?? 0)
      const writer = (w: number) =>
        Effect.gen(function* () {
          for (let i = 0; i < appendsPerWriter; i++) {
            const stream = `case-${(w * 7 + i) % streams}` as EventStore.StreamId
            const id = `w${w}-${i}`
            for (;;) {
              const version = yield* versionOf(stream)
              const r = yield* Effect.result(
                store.append({
                  stream,
                  expectedVersion: version,
                  events: [{ type: "noted", payload: { id }, actor: { agency: `unit-${w}` as never, role: "clerk" } }]
                })
              )
              if (r._tag === "Success") {
                acknowledged.push({ stream, version: r.success.toVersion, id })
                break
              }
              expect(r.failure.reason).toBe("version-conflict")
              conflicts++
            }
          }
        })
      yield* Effect.all(
        Array.from({ length: writers }, (_, w) => writer(w)),
        { concurrency: "unbounded", discard: true }
      )
      return { acknowledged, conflicts, all: yield* store.readAll() }
    })

    // each stream as a reader loads it (on the replica, once it has replayed the writes), then the schema dropped
    const reading = Effect.gen(function* () {
      const store = yield* EventStore.EventStore
      const before = (yield* Replica.Reads)?.served ?? 0
      const loaded = yield* Effect.forEach(
        Array.from({ length: streams }, (_, s) => `case-${s}` as EventStore.StreamId),
        (s) => store.read(s)
      )
      const served = ((yield* Replica.Reads)?.served ?? 0) - before
      const sql = yield* SqlClient.SqlClient
      yield* sql`drop schema ${sql(schema)} cascade`
      return { loaded: loaded.flat(), served }
    })

    const { acknowledged, conflicts, all, loaded, served } = await Effect.runPromise(
      Effect.gen(function* () {
        const written = yield* writing
        if (setup.caughtUp !== undefined) yield* Effect.promise(setup.caughtUp)
        return { ...written, ...(yield* reading) }
      }).pipe(Effect.provide(layer))
    )
    const total = writers * appendsPerWriter
    expect(acknowledged).toHaveLength(total)
    expect(all).toHaveLength(total)
    // every acknowledged append stored exactly once, with the version it was acknowledged at
    const stored = new Map(all.map((e) => [(e.payload as { id: string }).id, e]))
    expect(stored.size).toBe(total)
    for (const a of acknowledged) expect(stored.get(a.id)).toMatchObject({ stream: a.stream, version: a.version })
    // one winner per (stream, version), versions gap-free per stream
    for (let s = 0; s < streams; s++) {
      const versions = all.filter((e) => e.stream === `case-${s}`).map((e) => e.version)
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1))
    }
    // global positions unique and increasing in readAll (with gaps: each transaction owns a block)
    const positions = all.map((e) => e.position)
    expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as number))).toBe(true)
    // the writers did contend: conflicts happened and each was refused, not overwritten
    expect(conflicts).toBeGreaterThan(0)
    // loading each stream gives what readAll gave
    const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position
    expect([...loaded].sort(byPosition)).toEqual(all)
    if (setup.caughtUp !== undefined) expect(served).toBeGreaterThan(0)
  }, 240_000)
