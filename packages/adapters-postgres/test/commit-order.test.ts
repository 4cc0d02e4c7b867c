import { Clock, EventStore } from "@zhengwu/core"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as SqlClient from "effect/sql/SqlClient"
import { describe, expect, it } from "vitest"
import * as Engines from "./engines.ts"

const actor = { agency: "xh-office" as never, role: "clerk" }
const append = (stream: string, type: string) =>
  Effect.flatMap(Effect.service(EventStore.EventStore), (store) =>
    store.append({ stream: stream as EventStore.StreamId, expectedVersion: 0, events: [{ type, payload: {}, actor }] })
  )

/** A reader following the store: pages on from the last position it saw plus one. */
const follower = () => {
  const seen: Array<EventStore.StoredEvent> = []
  const poll = Effect.gen(function* () {
    const store = yield* EventStore.EventStore
    const from = (seen.at(-1)?.position ?? 0) + 1
    const page = yield* store.readAll({ fromPosition: from })
    seen.push(...page)
    return page.map((e) => e.type)
  })
  return { seen, poll }
}

const program = (concurrent: boolean) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const reader = follower()
    yield* append("case-0", "before")
    expect(yield* reader.poll).toEqual(["before"])
    const appendedFirst = yield* Deferred.make<void>()
    const releaseFirst = yield* Deferred.make<void>()
    // the first transaction appends, then stays open until released
    const first = yield* Effect.forkChild(
      sql.withTransaction(
        Effect.gen(function* () {
          yield* append("case-1", "started-first")
          yield* Deferred.succeed(appendedFirst, undefined)
          yield* Deferred.await(releaseFirst)
        })
      )
    )
    yield* Deferred.await(appendedFirst)
    // the second transaction starts later and commits first
    const second = yield* Effect.forkChild(sql.withTransaction(append("case-2", "committed-first")))
    if (concurrent) {
      yield* Fiber.join(second)
      // between the commits: the late one's position is lower, so the committed one must wait for it
      expect(yield* reader.poll).toEqual([])
      yield* Deferred.succeed(releaseFirst, undefined)
      yield* Fiber.join(first)
    } else {
      yield* Deferred.succeed(releaseFirst, undefined)
      yield* Fiber.join(first)
      yield* Fiber.join(second)
    }
    yield* reader.poll
    const all = yield* (yield* EventStore.EventStore).readAll()
    return { seen: reader.seen, all }
  })

const check = ({
  seen,
  all
}: {
  seen: ReadonlyArray<EventStore.StoredEvent>
  all: ReadonlyArray<EventStore.StoredEvent>
}) => {
  expect(seen.map((e) => e.type).sort()).toEqual(["before", "committed-first", "started-first"])
  expect(seen).toEqual(all)
  const positions = seen.map((e) => e.position)
  expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as number))).toBe(true)
}

describe("readAll while transactions commit out of order", () => {
  it("on PostgreSQL 15: a reader polling between the commits never skips the event of the transaction that started first and committed last", async () => {
    const result = await Effect.runPromise(
      program(true).pipe(Effect.provide(Engines.storage(Engines.postgres)), Effect.provide(Clock.layerSystem))
    )
    check(result)
    // the transaction that started first holds the lower position
    expect(result.all.map((e) => e.type)).toEqual(["before", "started-first", "committed-first"])
  }, 60_000)

  const pglite = Engines.pgliteForFile()
  it("on PGlite (one connection: the second transaction queues behind the first): the reader sees every event once, in position order", async () => {
    const result = await Effect.runPromise(
      program(false).pipe(Effect.provide(Engines.storage(pglite)), Effect.provide(Clock.layerSystem))
    )
    check(result)
  }, 60_000)
})
