/**
 * The contract every EventStore adapter must meet. Call it from a test file
 * with a factory for a fresh, empty store; the suite provides the Clock
 * (a manual one), so the adapter must stamp `occurredAt` from the Clock port.
 *
 *     eventStoreContract("EventStoreMemory", () => EventStoreMemory.layer)
 */

import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { describe, expect, it } from "vitest"
import type { AgencyId } from "../../machine/Actor.ts"
import * as Clock from "../../ports/Clock.ts"
import { type AppendRequest, type EventInput, EventStore, type StreamId } from "../../ports/EventStore.ts"

const start = 1_700_000_000_000
const actor = { agency: "sh-dsj" as AgencyId, role: "clerk" }
const stream = (id: string) => id as StreamId
const event = (type: string, payload: unknown = { n: 1 }): EventInput => ({ type, payload, actor })
const append = (request: AppendRequest) => Effect.flatMap(Effect.service(EventStore), (store) => store.append(request))
const appendError = (request: AppendRequest) => Effect.flip(append(request))

/** Runs the EventStore contract against `layer`, built afresh for every test. */
export const eventStoreContract = <E>(name: string, layer: () => Layer.Layer<EventStore, E, Clock.Clock>): void => {
  const run = <A, E2>(program: Effect.Effect<A, E2, EventStore | Clock.ManualClock>): Promise<A> =>
    Effect.runPromise(program.pipe(Effect.provide(Layer.provideMerge(layer(), Clock.layerManual(start)))))

  describe(`${name} meets the EventStore contract`, () => {
    it("appends to a new stream at expected version 0", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const result = yield* store.append({
            stream: stream("case-1"),
            expectedVersion: 0,
            events: [event("Submitted", { form: "a" }), event("Accepted")]
          })
          const [first = 0, second = 0] = result.positions
          expect(result).toEqual({
            stream: "case-1",
            fromVersion: 1,
            toVersion: 2,
            positions: [first, second],
            occurredAt: start,
            replayed: false
          })
          expect(first).toBeGreaterThanOrEqual(1)
          expect(second).toBeGreaterThan(first)
          expect(yield* store.version(stream("case-1"))).toBe(2)
          expect(yield* store.read(stream("case-1"))).toEqual([
            {
              stream: "case-1",
              version: 1,
              position: first,
              type: "Submitted",
              payload: { form: "a" },
              actor,
              occurredAt: start,
              idempotencyKey: null
            },
            {
              stream: "case-1",
              version: 2,
              position: second,
              type: "Accepted",
              payload: { n: 1 },
              actor,
              occurredAt: start,
              idempotencyKey: null
            }
          ])
        })
      ))

    it("stamps events with the time of the Clock port", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const clock = yield* Clock.ManualClock
          yield* clock.advance(5_000)
          yield* store.append({ stream: stream("case-1"), expectedVersion: 0, events: [event("Submitted")] })
          const [stored] = yield* store.read(stream("case-1"))
          expect(stored?.occurredAt).toBe(start + 5_000)
        })
      ))

    it("refuses a stale expected version with version-conflict and writes nothing", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          yield* store.append({ stream: stream("case-1"), expectedVersion: 0, events: [event("Submitted")] })
          const error = yield* appendError({
            stream: stream("case-1"),
            expectedVersion: 0,
            events: [event("Accepted"), event("Decided")]
          })
          expect(error._tag).toBe("EventStoreError")
          expect(error.reason).toBe("version-conflict")
          expect(error.expected).toBe(0)
          expect(error.actual).toBe(1)
          expect(yield* store.version(stream("case-1"))).toBe(1)
          expect(yield* store.readAll()).toHaveLength(1)
          const ahead = yield* appendError({ stream: stream("case-2"), expectedVersion: 3, events: [event("X")] })
          expect(ahead.reason).toBe("version-conflict")
          expect(yield* store.version(stream("case-2"))).toBe(0)
        })
      ))

    it("keeps versions gap-free within a stream", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          yield* store.append({ stream: stream("case-1"), expectedVersion: 0, events: [event("A"), event("B")] })
          yield* store.append({ stream: stream("case-2"), expectedVersion: 0, events: [event("A")] })
          const third = yield* store.append({ stream: stream("case-1"), expectedVersion: 2, events: [event("C")] })
          expect(third.fromVersion).toBe(3)
          expect(third.toVersion).toBe(3)
          const versions = (yield* store.read(stream("case-1"))).map((e) => e.version)
          expect(versions).toEqual([1, 2, 3])
          expect((yield* store.read(stream("case-1"))).map((e) => e.type)).toEqual(["A", "B", "C"])
        })
      ))

    it("gives positions that increase across all streams, in append order", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          yield* store.append({ stream: stream("a"), expectedVersion: 0, events: [event("A1"), event("A2")] })
          const b = yield* store.append({ stream: stream("b"), expectedVersion: 0, events: [event("B1")] })
          yield* store.append({ stream: stream("a"), expectedVersion: 2, events: [event("A3")] })
          const all = yield* store.readAll()
          const positions = all.map((e) => e.position)
          expect(b.positions).toEqual([positions[2]])
          expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as number))).toBe(true)
          expect(positions[0]).toBeGreaterThanOrEqual(1)
          expect(all.map((e) => e.type)).toEqual(["A1", "A2", "B1", "A3"])
        })
      ))

    it("reads an unknown stream as empty at version 0", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          expect(yield* store.read(stream("nobody"))).toEqual([])
          expect(yield* store.version(stream("nobody"))).toBe(0)
          expect(yield* store.readAll()).toEqual([])
        })
      ))

    it("pages through the whole store with fromPosition and limit", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          for (const [i, id] of ["a", "b", "c", "d", "e"].entries()) {
            yield* store.append({ stream: stream(id), expectedVersion: 0, events: [event(`E${i + 1}`)] })
          }
          const page = (fromPosition: number, limit: number) =>
            Effect.map(store.readAll({ fromPosition, limit }), (events) => events.map((e) => e.position))
          // positions may have gaps: a reader pages on from the last position it saw, plus one
          const p = (yield* store.readAll()).map((e) => e.position)
          expect(p).toHaveLength(5)
          expect(yield* page(1, 2)).toEqual(p.slice(0, 2))
          expect(yield* page((p[1] as number) + 1, 2)).toEqual(p.slice(2, 4))
          expect(yield* page((p[3] as number) + 1, 2)).toEqual(p.slice(4))
          expect(yield* page((p[4] as number) + 1, 2)).toEqual([])
          expect((yield* store.readAll({ fromPosition: p[3] as number })).map((e) => e.position)).toEqual(p.slice(3))
        })
      ))

    it("replays an append with a known idempotency key and writes nothing", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const request: AppendRequest = {
            stream: stream("case-1"),
            expectedVersion: 0,
            events: [event("Submitted", { b: 2, a: 1 })],
            idempotencyKey: "req-1"
          }
          const first = yield* store.append(request)
          yield* store.append({ stream: stream("case-1"), expectedVersion: 1, events: [event("Accepted")] })
          const again = yield* store.append({ ...request, events: [event("Submitted", { a: 1, b: 2 })] })
          expect(again).toEqual({ ...first, replayed: true })
          expect(yield* store.version(stream("case-1"))).toBe(2)
          expect(yield* store.readAll()).toHaveLength(2)
          expect((yield* store.read(stream("case-1")))[0]?.idempotencyKey).toBe("req-1")
        })
      ))

    it("refuses a known idempotency key with other events as idempotency-mismatch", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const base = { stream: stream("case-1"), idempotencyKey: "req-1" }
          yield* store.append({ ...base, expectedVersion: 0, events: [event("Submitted", { a: 1 })] })
          const error = yield* appendError({ ...base, expectedVersion: 1, events: [event("Submitted", { a: 2 })] })
          expect(error.reason).toBe("idempotency-mismatch")
          expect(error.idempotencyKey).toBe("req-1")
          expect(yield* store.version(stream("case-1"))).toBe(1)
        })
      ))

    it("scopes idempotency keys to their stream", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const events = [event("Submitted")] as const
          yield* store.append({ stream: stream("a"), expectedVersion: 0, events, idempotencyKey: "k" })
          const other = yield* store.append({ stream: stream("b"), expectedVersion: 0, events, idempotencyKey: "k" })
          expect(other.replayed).toBe(false)
          expect(other.positions).toHaveLength(1)
          expect(other.positions[0]).toBeGreaterThan((yield* store.read(stream("a")))[0]?.position ?? 0)
        })
      ))

    it("does not spend an idempotency key on a refused append", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          yield* store.append({ stream: stream("case-1"), expectedVersion: 0, events: [event("Submitted")] })
          const request = { stream: stream("case-1"), events: [event("Accepted")] as const, idempotencyKey: "k" }
          const error = yield* appendError({ ...request, expectedVersion: 0 })
          expect(error.reason).toBe("version-conflict")
          const result = yield* store.append({ ...request, expectedVersion: 1 })
          expect(result).toMatchObject({ fromVersion: 2, replayed: false })
        })
      ))

    it("refuses a payload that is not json and writes nothing", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const error = yield* appendError({
            stream: stream("case-1"),
            expectedVersion: 0,
            events: [event("Good"), event("Bad", { amount: Number.NaN })]
          })
          expect(error.reason).toBe("invalid-payload")
          expect(yield* store.readAll()).toEqual([])
        })
      ))

    it("lets exactly one of 20 concurrent appends at the same version win", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const attempts = Array.from({ length: 20 }, (_, i) =>
            Effect.result(
              store.append({ stream: stream("case-1"), expectedVersion: 0, events: [event("Claimed", { by: i })] })
            )
          )
          const results = yield* Effect.all(attempts, { concurrency: "unbounded" })
          const wins = results.filter((r) => r._tag === "Success")
          const conflicts = results.filter((r) => r._tag === "Failure" && r.failure.reason === "version-conflict")
          expect(wins).toHaveLength(1)
          expect(conflicts).toHaveLength(19)
          expect(yield* store.version(stream("case-1"))).toBe(1)
          expect(yield* store.readAll()).toHaveLength(1)
        })
      ))

    it("keeps positions unique and increasing under 20 concurrent appends to different streams", () =>
      run(
        Effect.gen(function* () {
          const store = yield* EventStore
          const attempts = Array.from({ length: 20 }, (_, i) =>
            store.append({ stream: stream(`case-${i}`), expectedVersion: 0, events: [event("A"), event("B")] })
          )
          yield* Effect.all(attempts, { concurrency: "unbounded" })
          const positions = (yield* store.readAll()).map((e) => e.position)
          expect(positions).toHaveLength(40)
          expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as number))).toBe(true)
          for (let i = 0; i < 20; i++) {
            expect((yield* store.read(stream(`case-${i}`))).map((e) => e.version)).toEqual([1, 2])
          }
        })
      ))
  })
}
