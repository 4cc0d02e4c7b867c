/**
 * An in-memory EventStore for tests, demos and the browser. State lives in the
 * layer's closure; each append checks and writes in one synchronous step, so
 * concurrent fibers never interleave inside it.
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { Clock } from "../Clock.ts"
import {
  type AppendRequest,
  type AppendResult,
  EventStore,
  type EventStoreError,
  fingerprint,
  idempotencyMismatch,
  type StoredEvent,
  type StreamId,
  versionConflict
} from "../EventStore.ts"

interface KeyedAppend {
  readonly fingerprint: string
  readonly result: AppendResult
}

/** Builds a fresh, empty in-memory EventStore that stamps events with the Clock's time. */
export const make: Effect.Effect<EventStore["Service"], never, Clock> = Effect.gen(function* () {
  const clock = yield* Clock
  const all: Array<StoredEvent> = []
  const streams = new Map<StreamId, Array<StoredEvent>>()
  const keys = new Map<StreamId, Map<string, KeyedAppend>>()

  const write = (request: AppendRequest, print: string, occurredAt: number) =>
    Effect.suspend((): Effect.Effect<AppendResult, EventStoreError> => {
      const { events, expectedVersion, stream } = request
      const key = request.idempotencyKey ?? null
      const known = key === null ? undefined : keys.get(stream)?.get(key)
      if (known !== undefined) {
        return known.fingerprint === print
          ? Effect.succeed({ ...known.result, replayed: true })
          : Effect.fail(idempotencyMismatch(stream, key as string))
      }
      const existing = streams.get(stream) ?? []
      if (existing.length !== expectedVersion) {
        return Effect.fail(versionConflict(stream, expectedVersion, existing.length))
      }
      streams.set(stream, existing)
      const stored = events.map(
        (event, i): StoredEvent => ({
          stream,
          version: expectedVersion + i + 1,
          position: all.length + i + 1,
          type: event.type,
          // stored as a JSON column would return it: a copy, undefined properties dropped
          payload: JSON.parse(JSON.stringify(event.payload)),
          actor: { agency: event.actor.agency, role: event.actor.role },
          occurredAt,
          idempotencyKey: key
        })
      )
      all.push(...stored)
      existing.push(...stored)
      const result: AppendResult = {
        stream,
        fromVersion: expectedVersion + 1,
        toVersion: expectedVersion + stored.length,
        positions: stored.map((event) => event.position),
        occurredAt,
        replayed: false
      }
      if (key !== null) {
        const streamKeys = keys.get(stream) ?? new Map<string, KeyedAppend>()
        streamKeys.set(key, { fingerprint: print, result })
        keys.set(stream, streamKeys)
      }
      return Effect.succeed(result)
    })

  return EventStore.of({
    append: (request) =>
      Effect.gen(function* () {
        const print = yield* fingerprint(request.stream, request.events)
        const occurredAt = yield* clock.currentTimeMillis
        return yield* write(request, print, occurredAt)
      }),
    read: (stream) => Effect.sync(() => [...(streams.get(stream) ?? [])]),
    readAll: (options) =>
      Effect.sync(() => {
        const from = Math.max(1, options?.fromPosition ?? 1) - 1
        return all.slice(from, options?.limit === undefined ? undefined : from + Math.max(0, options.limit))
      }),
    version: (stream) => Effect.sync(() => streams.get(stream)?.length ?? 0)
  })
})

/** A fresh in-memory EventStore per layer build; needs a Clock. */
export const layer: Layer.Layer<EventStore, never, Clock> = Layer.effect(EventStore, make)
