/**
 * The decision log (as OPA's): every validator decision a transport makes gets
 * a `decisionId` and is recorded with the rules version that made it, its
 * outcome, its reasons (rule, status, citations) and the SHA-256 of its input —
 * the input itself only when the operator turns that on. Entries are records
 * of the hash-chained audit log, so the chain covers them; they are listed by
 * validator, and exported as NDJSON by the transport.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import { citations, type Decision, Outcome } from "../decision/Decision.ts"
import { Status } from "../decision/Finding.ts"
import { RulesVersion } from "../decision/RulesVersion.ts"
import { Actor } from "../machine/Actor.ts"
import { AuditLog, type AuditRecord } from "../ports/AuditLog.ts"
import { CaseIndex } from "../ports/CaseIndex.ts"
import { Clock } from "../ports/Clock.ts"
import { canonicalJson } from "../ports/canonicalJson.ts"
import { Ids } from "../ports/Ids.ts"
import { sha256Hex } from "../ports/sha256Hex.ts"
import * as AuditTrail from "./AuditTrail.ts"

export const Entry = Schema.Struct({
  decisionId: Schema.String,
  /** The audit record holding the entry. */
  seq: Schema.Int,
  at: Schema.Number,
  validator: Schema.String,
  asOf: Schema.String,
  outcome: Outcome,
  reasons: Schema.Array(Schema.Struct({ rule: Schema.String, status: Status, citations: Schema.Array(Schema.String) })),
  rulesVersion: RulesVersion,
  /** `sha256:<hex>` of the canonical JSON of the decoded input. */
  inputHash: Schema.String,
  /** The input itself, only where the operator records inputs. */
  input: Schema.optional(Schema.Json),
  actor: Schema.NullOr(Actor)
})
export type Entry = typeof Entry.Type

export interface Options {
  /** Record each input as well as its hash (default false: the hash only). */
  readonly inputs?: boolean | undefined
}

export class DecisionLog extends Context.Service<
  DecisionLog,
  {
    /** Records a decision; answers its id. */
    readonly record: (entry: {
      readonly validator: string
      readonly input: unknown
      readonly decision: Decision
      readonly actor: Actor | null
    }) => Effect.Effect<{ readonly decisionId: string; readonly seq: number }>
    /** Entries oldest first, of one validator when given, after `afterSeq` (exclusive), at most `limit`. */
    readonly list: (filter?: {
      readonly validator?: string | undefined
      readonly afterSeq?: number | undefined
      readonly limit?: number | undefined
    }) => Effect.Effect<ReadonlyArray<Entry>>
  }
>()("@zhengwu/core/cases/DecisionLog") {}

interface Data {
  readonly decisionLog?: unknown
}

const toEntry = (r: AuditRecord): Entry | null => {
  const d = r.data as (Data & Omit<Entry, "seq" | "at" | "actor">) | null
  if (r.kind !== "decision" || d === null || d.decisionLog !== true) return null
  const { decisionLog: _, ...rest } = d as Data & Omit<Entry, "seq" | "at" | "actor">
  return { ...rest, seq: r.seq, at: r.recordedAt, actor: r.actor }
}

export const make = (options: Options = {}) =>
  Effect.gen(function* () {
    const audit = yield* AuditLog
    const index = yield* CaseIndex
    const clock = yield* Clock
    const ids = yield* Ids
    const audited = AuditTrail.appender({ audit, index, clock })
    return DecisionLog.of({
      record: ({ validator, input, decision, actor }) =>
        Effect.gen(function* () {
          const decisionId = yield* ids.next("decision")
          const normal = JSON.parse(JSON.stringify(input ?? null)) as unknown
          const inputHash = `sha256:${yield* sha256Hex(canonicalJson(normal))}`
          const record = yield* audited(
            {
              kind: "decision",
              subject: validator,
              actor,
              outcome: decision.outcome,
              citations: citations(decision),
              data: {
                decisionLog: true,
                decisionId,
                validator,
                asOf: decision.asOf,
                outcome: decision.outcome,
                reasons: decision.reasons.map((f) => ({ rule: f.rule, status: f.status, citations: f.citations })),
                rulesVersion: decision.rulesVersion,
                inputHash,
                ...(options.inputs === true ? { input: normal } : {})
              }
            },
            decision.findings
          )
          return { decisionId, seq: record.seq }
        }),
      list: (filter) =>
        Effect.map(audit.list({ fromSeq: (filter?.afterSeq ?? 0) + 1, subject: filter?.validator }), (records) => {
          const entries = records.map(toEntry).filter((e): e is Entry => e !== null)
          return filter?.limit === undefined ? entries : entries.slice(0, Math.max(0, filter.limit))
        })
    })
  })

/** The decision log over the AuditLog and CaseIndex in context (needs Clock and Ids). */
export const layer = (options: Options = {}) => Layer.effect(DecisionLog, make(options))

/** The entries as NDJSON: one JSON object a line. */
export const toNdjson = (entries: ReadonlyArray<Entry>): string => entries.map((e) => `${JSON.stringify(e)}\n`).join("")
