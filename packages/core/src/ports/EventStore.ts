/**
 * The EventStore port: an append-only log of what happened to each case.
 * Every case is a stream; each event carries its version in the stream
 * (1-based, gap-free) and its position in the whole store (1-based, unique,
 * increasing in `readAll`, with gaps where an adapter lets writers run in
 * parallel), so projections can follow the store in one global order, paging on
 * from the last position seen plus one.
 */
import type * as Arr from "effect/Array"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { Actor } from "../machine/Actor.ts"
import type { AuditEntry, AuditRecord } from "./AuditLog.ts"
import type { CaseSummary, RuleDecision } from "./CaseIndex.ts"
import { canonicalJsonEffect } from "./canonicalJson.ts"

/** A stream id: one case, e.g. `case-000042`. */
export const StreamId = Schema.NonEmptyString.pipe(Schema.brand("StreamId"))
export type StreamId = typeof StreamId.Type

/** An event as submitted for appending. `payload` must be a JSON value. */
export const EventInput = Schema.Struct({
  type: Schema.NonEmptyString,
  payload: Schema.Unknown,
  actor: Actor
})
export type EventInput = typeof EventInput.Type

/** An event as stored. */
export const StoredEvent = Schema.Struct({
  stream: StreamId,
  /** 1-based, gap-free within the stream. */
  version: Schema.Int,
  /** 1-based, unique and increasing across the whole store (gap-free in memory; with gaps on SQL). */
  position: Schema.Int,
  type: Schema.NonEmptyString,
  /** A JSON value. */
  payload: Schema.Unknown,
  actor: Actor,
  /** Epoch milliseconds from the Clock port at append time. */
  occurredAt: Schema.Number,
  idempotencyKey: Schema.NullOr(Schema.String)
})
export type StoredEvent = typeof StoredEvent.Type

/** What `append` asks for. Use `expectedVersion: 0` to start a new stream. */
export interface AppendRequest {
  readonly stream: StreamId
  readonly expectedVersion: number
  readonly events: Arr.NonEmptyReadonlyArray<EventInput>
  /** Retrying with the same key (and the same events) returns the first result. */
  readonly idempotencyKey?: string | undefined
}

/** What `append` wrote, or, when `replayed`, what the first append with this key wrote. */
export const AppendResult = Schema.Struct({
  stream: StreamId,
  fromVersion: Schema.Int,
  toVersion: Schema.Int,
  positions: Schema.Array(Schema.Int),
  /** The time the events were stamped with (epoch ms, from the Clock). */
  occurredAt: Schema.Number,
  replayed: Schema.Boolean
})
export type AppendResult = typeof AppendResult.Type

/** One event appended with its audit record, findings and case index row (see AuditedAppend). */
export interface AuditedAppendRequest {
  /** One event. */
  readonly append: AppendRequest & { readonly events: readonly [EventInput] }
  /** The record describing the event; the store adds `version`, `position` and `eventHash` to `data`. */
  readonly audit: Omit<AuditEntry, "data"> & { readonly data: Readonly<Record<string, unknown>> }
  /** The findings the record rests on, indexed by rule under the record's seq. */
  readonly findings: ReadonlyArray<{ readonly rule: string; readonly status: RuleDecision["status"] }>
  /** The case as indexed after the event (`version` is the event's). */
  readonly summary: CaseSummary
}

/** What was written; when `appended.replayed`, only the earlier append's result (nothing was written). */
export interface AuditedAppendResult {
  readonly appended: AppendResult
  readonly record: AuditRecord | null
}

/** A store's `appendAudited`: null when it declines (it wrote nothing; the caller writes through the ports). */
export type AppendAudited = (
  request: AuditedAppendRequest
) => Effect.Effect<AuditedAppendResult | null, EventStoreError>

/** Paging through the whole store in global order. */
export interface ReadAllOptions {
  /** First position to return (inclusive); default 1. */
  readonly fromPosition?: number | undefined
  /** At most this many events; default all. */
  readonly limit?: number | undefined
}

/** An append that was refused; nothing was written. */
export class EventStoreError extends Schema.TaggedError<EventStoreError>()("EventStoreError", {
  reason: Schema.Literals(["version-conflict", "idempotency-mismatch", "invalid-payload"]),
  stream: StreamId,
  /** For `version-conflict`: the version the caller expected. */
  expected: Schema.NullOr(Schema.Int),
  /** For `version-conflict`: the stream's version. */
  actual: Schema.NullOr(Schema.Int),
  idempotencyKey: Schema.NullOr(Schema.String),
  /** For `invalid-payload`: what is wrong, e.g. the path of the offending value. */
  detail: Schema.NullOr(Schema.String)
}) {
  override get message(): string {
    if (this.reason === "version-conflict") {
      return `stream \`${this.stream}\` is at version ${this.actual}, expected ${this.expected}`
    }
    if (this.reason === "idempotency-mismatch") {
      return `idempotency key \`${this.idempotencyKey}\` was used on stream \`${this.stream}\` with other events`
    }
    return `event for stream \`${this.stream}\` is not json: ${this.detail}`
  }
}

/** Append-only, optimistically concurrent, idempotent event storage. */
export class EventStore extends Context.Service<
  EventStore,
  {
    /**
     * Appends all events or none. Fails with `version-conflict` when the stream
     * is not at `expectedVersion`; with a known `idempotencyKey` for this stream
     * it returns the original result (`replayed: true`) if the events are the
     * same, and fails with `idempotency-mismatch` if they are not.
     */
    readonly append: (request: AppendRequest) => Effect.Effect<AppendResult, EventStoreError>
    /** The stream's events in version order; empty for an unknown stream. */
    readonly read: (stream: StreamId) => Effect.Effect<ReadonlyArray<StoredEvent>>
    /** Events of all streams in position order. */
    readonly readAll: (options?: ReadAllOptions) => Effect.Effect<ReadonlyArray<StoredEvent>>
    /** The stream's current version; 0 for an unknown stream. */
    readonly version: (stream: StreamId) => Effect.Effect<number>
    /**
     * Optional: one event appended together with its audit record, the findings by
     * rule and the case index row, inside the caller's unit of work (see
     * AuditedAppend). The Cases service uses it when a store offers it and does
     * not decline, else the ports one by one.
     */
    readonly appendAudited?: AppendAudited | undefined
  }
>()("@zhengwu/core/ports/EventStore") {}

/**
 * The canonical JSON of the events' type, payload and actor: equal
 * fingerprints mean an idempotent retry. Adapters store it with the key.
 * Fails with `invalid-payload` when an event is not JSON.
 */
export const fingerprint = (
  stream: StreamId,
  events: ReadonlyArray<EventInput>
): Effect.Effect<string, EventStoreError> =>
  canonicalJsonEffect(events.map(({ actor, payload, type }) => ({ type, payload, actor }))).pipe(
    Effect.mapError(
      (error) =>
        new EventStoreError({
          reason: "invalid-payload",
          stream,
          expected: null,
          actual: null,
          idempotencyKey: null,
          detail: error.message
        })
    )
  )

/** The `version-conflict` error for a stream found at `actual`. */
export const versionConflict = (stream: StreamId, expected: number, actual: number): EventStoreError =>
  new EventStoreError({ reason: "version-conflict", stream, expected, actual, idempotencyKey: null, detail: null })

/** The `idempotency-mismatch` error for a key reused with other events. */
export const idempotencyMismatch = (stream: StreamId, idempotencyKey: string): EventStoreError =>
  new EventStoreError({
    reason: "idempotency-mismatch",
    stream,
    expected: null,
    actual: null,
    idempotencyKey,
    detail: null
  })
