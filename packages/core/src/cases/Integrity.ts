/**
 * Whole-store verification: the audit chain is unbroken, and every stored
 * event is exactly the one its audit record describes (the record carries a
 * hash of the event), so editing, deleting, reordering or inserting a row in
 * either the audit log or the event store is reported at the first place it
 * breaks.
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { eventHashInput } from "../ports/AuditedAppend.ts"
import { AuditLog, type AuditRecord } from "../ports/AuditLog.ts"
import { canonicalJson } from "../ports/canonicalJson.ts"
import { EventStore, type StoredEvent } from "../ports/EventStore.ts"
import { sha256Hex } from "../ports/sha256Hex.ts"

/** The hash an audit record keeps of the event it describes. */
export const eventHash = (e: Omit<StoredEvent, "idempotencyKey">): Effect.Effect<string> =>
  sha256Hex(canonicalJson(eventHashInput(e)))

export const Integrity = Schema.Union([
  Schema.Struct({ ok: Schema.Literal(true), auditRecords: Schema.Int, events: Schema.Int }),
  Schema.Struct({
    ok: Schema.Literal(false),
    scope: Schema.Literals(["audit", "events"]),
    /** The audit seq (scope `audit`) or the event's global position (scope `events`) where it breaks. */
    brokenAt: Schema.Int,
    reason: Schema.Literals([
      "hash-mismatch",
      "broken-link",
      "sequence-gap",
      "event-altered",
      "event-missing",
      "event-unaudited"
    ])
  })
])
export type Integrity = typeof Integrity.Type

interface EventAudit {
  readonly stream: string
  readonly version: number
  readonly position: number
  readonly hash: string
}

const describedEvent = (r: AuditRecord): EventAudit | null => {
  const d = r.data as { version?: unknown; position?: unknown; eventHash?: unknown } | null
  return r.kind === "event" &&
    d !== null &&
    typeof d.version === "number" &&
    typeof d.position === "number" &&
    typeof d.eventHash === "string"
    ? { stream: r.subject, version: d.version, position: d.position, hash: d.eventHash }
    : null
}

/** Verifies the audit chain, then every event against its audit record, in global order. */
export const verify: Effect.Effect<Integrity, never, AuditLog | EventStore> = Effect.gen(function* () {
  const audit = yield* AuditLog
  const store = yield* EventStore
  const chain = yield* audit.verify()
  if (!chain.ok) return { ok: false, scope: "audit", brokenAt: chain.brokenAt, reason: chain.reason }
  const records = yield* audit.list({})
  const described = new Map<number, EventAudit>()
  for (const r of records) {
    const e = describedEvent(r)
    if (e !== null) described.set(e.position, e)
  }
  const events = yield* store.readAll()
  const seen = new Set<number>()
  for (const e of events) {
    const expected = described.get(e.position)
    if (expected === undefined) return { ok: false, scope: "events", brokenAt: e.position, reason: "event-unaudited" }
    seen.add(e.position)
    const hash = yield* eventHash(e)
    if (hash !== expected.hash || expected.stream !== e.stream || expected.version !== e.version) {
      return { ok: false, scope: "events", brokenAt: e.position, reason: "event-altered" }
    }
  }
  const missing = [...described.keys()].filter((p) => !seen.has(p)).sort((a, b) => a - b)[0]
  if (missing !== undefined) return { ok: false, scope: "events", brokenAt: missing, reason: "event-missing" }
  return { ok: true, auditRecords: records.length, events: events.length }
})
