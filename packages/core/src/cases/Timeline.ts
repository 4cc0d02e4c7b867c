/**
 * A case's timeline: every accepted event and every refused attempt, in the
 * order they were recorded, each with who acted and the decision behind it —
 * the findings and the articles they cite. Read from the audit log (which
 * holds refusals too, while the event stream holds only what was accepted).
 */
import * as Schema from "effect/Schema"
import { Decision } from "../decision/Decision.ts"
import { Actor } from "../machine/Actor.ts"
import type { AuditRecord } from "../ports/AuditLog.ts"

export const Entry = Schema.Union([
  Schema.Struct({
    kind: Schema.Literal("started"),
    /** The audit record's seq: the entry's place in the whole store. */
    seq: Schema.Int,
    at: Schema.Number,
    actor: Schema.NullOr(Actor),
    state: Schema.String,
    version: Schema.Int,
    citations: Schema.Array(Schema.String)
  }),
  Schema.Struct({
    kind: Schema.Literal("accepted"),
    seq: Schema.Int,
    at: Schema.Number,
    actor: Schema.NullOr(Actor),
    event: Schema.String,
    from: Schema.String,
    to: Schema.String,
    version: Schema.Int,
    citations: Schema.Array(Schema.String),
    /** The guards' findings as the transition was decided (absent in records made before decisions were kept). */
    decision: Schema.NullOr(Decision)
  }),
  Schema.Struct({
    kind: Schema.Literal("refused"),
    seq: Schema.Int,
    at: Schema.Number,
    actor: Schema.NullOr(Actor),
    /** The event refused; null for a refused start. */
    event: Schema.NullOr(Schema.String),
    citations: Schema.Array(Schema.String),
    decision: Decision
  })
])
export type Entry = typeof Entry.Type

interface Data {
  readonly command?: unknown
  readonly event?: unknown
  readonly from?: unknown
  readonly to?: unknown
  readonly version?: unknown
  readonly decision?: unknown
}

/** The timeline of a case from its audit records (any order; other subjects' records are ignored). */
export const fromAudit = (caseId: string, records: ReadonlyArray<AuditRecord>): ReadonlyArray<Entry> =>
  [...records]
    .filter((r) => r.subject === caseId)
    .sort((a, b) => a.seq - b.seq)
    .flatMap((r): ReadonlyArray<Entry> => {
      const d = (r.data ?? {}) as Data
      const base = { seq: r.seq, at: r.recordedAt, actor: r.actor, citations: r.citations }
      if (r.kind === "decision") {
        if (d.decision === undefined) return []
        return [
          {
            ...base,
            kind: "refused",
            event: typeof d.event === "string" ? d.event : null,
            decision: d.decision as Decision
          }
        ]
      }
      if (d.command === "start")
        return [{ ...base, kind: "started", state: r.outcome, version: Number(d.version ?? 1) }]
      return [
        {
          ...base,
          kind: "accepted",
          event: String(d.event ?? ""),
          from: String(d.from ?? ""),
          to: String(d.to ?? r.outcome),
          version: Number(d.version ?? 0),
          decision: (d.decision as Decision | undefined) ?? null
        }
      ]
    })
