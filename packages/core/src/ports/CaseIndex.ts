/**
 * The case index: the queries vendors need beside replaying one case — cases
 * by procedure, state, agency and date range, paged; and decisions by rule.
 * The Cases service keeps it current inside the same unit of work as the
 * event and audit record it summarises.
 */
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"

export const CaseSummary = Schema.Struct({
  id: Schema.String,
  machine: Schema.String,
  state: Schema.String,
  /** The agency that started the case (for seals, the seal's owner). */
  agency: Schema.String,
  version: Schema.Int,
  final: Schema.Boolean,
  /**
   * The agencies the case binds (see Access): the agency that started it, those
   * that fired an accepted event on it, and those its machine's references
   * resolve to. Sorted, each once.
   */
  parties: Schema.Array(Schema.String),
  /** Epoch milliseconds, from the Clock. */
  createdAt: Schema.Number,
  updatedAt: Schema.Number
})
export type CaseSummary = typeof CaseSummary.Type

export interface CaseFilter {
  readonly machine?: string | undefined
  readonly state?: string | undefined
  readonly agency?: string | undefined
  /** Created at or after (epoch ms). */
  readonly createdFrom?: number | undefined
  /** Created before (epoch ms). */
  readonly createdTo?: number | undefined
  /**
   * Only the cases this reader may read: those of `machines` (which the
   * reader's agency may read as a whole), and those whose `parties` include
   * `agency`. Absent: every case (a trusted caller).
   */
  readonly readableBy?: { readonly agency: string; readonly machines: ReadonlyArray<string> } | undefined
  /** Page size; default 50, at most 500. */
  readonly limit?: number | undefined
  /** The `next` cursor of the previous page. */
  readonly after?: string | undefined
}

export interface CasePage {
  readonly items: ReadonlyArray<CaseSummary>
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: string | null
}

/** One finding of one audited decision, indexed by its rule. */
export const RuleDecision = Schema.Struct({
  /** The audit record holding the decision. */
  auditSeq: Schema.Int,
  rule: Schema.String,
  status: Schema.Literals(["satisfied", "violated", "not-applicable"]),
  /** The case or validator the decision was about. */
  subject: Schema.String,
  /** The outcome of the whole decision (`refused`, or the state an accepted event led to). */
  outcome: Schema.String,
  at: Schema.Number
})
export type RuleDecision = typeof RuleDecision.Type

export class CaseIndex extends Context.Service<
  CaseIndex,
  {
    readonly put: (summary: CaseSummary) => Effect.Effect<void>
    readonly get: (id: string) => Effect.Effect<CaseSummary | undefined>
    /** Newest first (by creation time, then id). */
    readonly list: (filter: CaseFilter) => Effect.Effect<CasePage>
    readonly putDecisions: (rows: ReadonlyArray<RuleDecision>) => Effect.Effect<void>
    /** Oldest first, from `afterSeq` (exclusive). */
    readonly decisionsByRule: (
      rule: string,
      options?: { readonly afterSeq?: number | undefined; readonly limit?: number | undefined }
    ) => Effect.Effect<ReadonlyArray<RuleDecision>>
  }
>()("@zhengwu/core/ports/CaseIndex") {}

export const defaultLimit = 50
export const maxLimit = 500
export const pageSize = (limit: number | undefined): number =>
  Math.min(maxLimit, Math.max(1, Math.floor(limit ?? defaultLimit)))

/** Cursors are opaque to callers: `<createdAt>.<id>` of the last item of a page. */
export const cursorOf = (s: CaseSummary): string => `${s.createdAt}.${s.id}`
export const parseCursor = (cursor: string): { createdAt: number; id: string } | null => {
  const dot = cursor.indexOf(".")
  const createdAt = Number(cursor.slice(0, dot))
  return dot < 1 || !Number.isFinite(createdAt) ? null : { createdAt, id: cursor.slice(dot + 1) }
}
/** Whether `s` comes after the cursor in newest-first order. */
export const isAfter = (s: CaseSummary, c: { createdAt: number; id: string }): boolean =>
  s.createdAt < c.createdAt || (s.createdAt === c.createdAt && s.id < c.id)
