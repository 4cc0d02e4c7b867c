/**
 * The AuditLog port: a hash-chained, append-only record of events and
 * decisions. Each record's hash covers its content, its sequence number and
 * the previous record's hash, so editing, deleting, reordering or inserting a
 * record breaks the chain at a point `verifyChain` reports. The previous record
 * is the log's (memory) or the previous one about the same subject (the SQL
 * adapter, so that writers on different cases never wait for each other); the
 * records about one subject form one chain either way.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { Actor } from "../machine/Actor.ts"
import { type CanonicalJsonError, canonicalJsonEffect } from "./canonicalJson.ts"
import { sha256Hex } from "./sha256Hex.ts"

/** What is recorded. `data` must be a JSON value. */
export const AuditEntry = Schema.Struct({
  kind: Schema.Literals(["event", "decision"]),
  /** What the entry is about: a stream id, a validator id, … */
  subject: Schema.String,
  actor: Schema.NullOr(Actor),
  outcome: Schema.String,
  /** Article ids the outcome rests on. */
  citations: Schema.Array(Schema.String),
  data: Schema.Unknown,
  /** Epoch milliseconds. */
  recordedAt: Schema.Number
})
export type AuditEntry = typeof AuditEntry.Type

/** A recorded entry with its place in the chain. */
export const AuditRecord = Schema.Struct({
  /** 1-based, increasing (gap-free in memory; with gaps on SQL where a transaction rolled back). */
  seq: Schema.Int,
  ...AuditEntry.fields,
  /** The previous record's hash; {@link genesisHash} for the first. */
  prevHash: Schema.String,
  /** Lower-case hex SHA-256 of the canonical JSON of everything above. */
  hash: Schema.String
})
export type AuditRecord = typeof AuditRecord.Type

/** The `prevHash` of record 1: 64 zeros. */
export const genesisHash = "0".repeat(64)

/** The end of a chain: the last record's seq and hash (`{ seq: 0, hash: genesisHash }` when empty). */
export interface ChainHead {
  readonly seq: number
  readonly hash: string
}

/** The head of an empty chain. */
export const genesis: ChainHead = { seq: 0, hash: genesisHash }

/** The outcome of checking a chain: the count, or the first broken seq and why. */
export const VerifyResult = Schema.Union([
  Schema.Struct({ ok: Schema.Literal(true), count: Schema.Int }),
  Schema.Struct({
    ok: Schema.Literal(false),
    brokenAt: Schema.Int,
    reason: Schema.Literals(["hash-mismatch", "broken-link", "sequence-gap"])
  })
])
export type VerifyResult = typeof VerifyResult.Type

/** An entry that could not be recorded. */
export class AuditLogError extends Schema.TaggedError<AuditLogError>()("AuditLogError", {
  reason: Schema.Literals(["invalid-entry"]),
  subject: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `audit entry for \`${this.subject}\` is not json: ${this.detail}`
  }
}

/** Append-only, hash-chained audit storage. */
export class AuditLog extends Context.Service<
  AuditLog,
  {
    /** Records `entry` as the next link of the chain. */
    readonly append: (entry: AuditEntry) => Effect.Effect<AuditRecord, AuditLogError>
    /** Records in seq order from `fromSeq` (default 1), at most `limit` (default all); only `subject`'s when given. */
    readonly list: (options?: {
      readonly fromSeq?: number | undefined
      readonly limit?: number | undefined
      readonly subject?: string | undefined
    }) => Effect.Effect<ReadonlyArray<AuditRecord>>
    /** Checks the whole chain as stored. */
    readonly verify: () => Effect.Effect<VerifyResult>
  }
>()("@zhengwu/core/ports/AuditLog") {}

/** The hash of a record: SHA-256 hex of the canonical JSON of `{ seq, prevHash, ...entry }`. */
export const hashRecord = (record: Omit<AuditRecord, "hash">): Effect.Effect<string, CanonicalJsonError> =>
  Effect.flatMap(
    canonicalJsonEffect({
      seq: record.seq,
      prevHash: record.prevHash,
      kind: record.kind,
      subject: record.subject,
      actor: record.actor,
      outcome: record.outcome,
      citations: record.citations,
      data: record.data,
      recordedAt: record.recordedAt
    }),
    sha256Hex
  )

/** The record that follows `head` for `entry`; what every adapter stores. */
export const nextRecord = (head: ChainHead, entry: AuditEntry): Effect.Effect<AuditRecord, AuditLogError> => {
  const unsealed = {
    seq: head.seq + 1,
    kind: entry.kind,
    subject: entry.subject,
    actor: entry.actor === null ? null : { agency: entry.actor.agency, role: entry.actor.role },
    outcome: entry.outcome,
    citations: [...entry.citations],
    data: entry.data,
    recordedAt: entry.recordedAt,
    prevHash: head.hash
  }
  return hashRecord(unsealed).pipe(
    Effect.map((hash) => ({ ...unsealed, hash })),
    Effect.mapError(
      (error) => new AuditLogError({ reason: "invalid-entry", subject: entry.subject, detail: error.message })
    )
  )
}

/**
 * Checks records as read back from storage, in the order read, starting after
 * `from` (default: the genesis), and reports the first break: a seq out of
 * order (`sequence-gap`, at the seq expected), a `prevHash` that is not the
 * previous hash (`broken-link`), or content that does not hash to `hash`
 * (`hash-mismatch`). Truncating the tail is not a break: compare the count
 * or the head with one kept elsewhere.
 */
export const verifyChain = (records: Iterable<AuditRecord>, from: ChainHead = genesis): Effect.Effect<VerifyResult> =>
  Effect.gen(function* () {
    let head = from
    let count = 0
    for (const record of records) {
      const expected = head.seq + 1
      if (record.seq !== expected) return { ok: false, brokenAt: expected, reason: "sequence-gap" } as const
      if (record.prevHash !== head.hash) return { ok: false, brokenAt: expected, reason: "broken-link" } as const
      const hash = yield* Effect.orElseSucceed(hashRecord(record), () => null)
      if (hash !== record.hash) return { ok: false, brokenAt: expected, reason: "hash-mismatch" } as const
      head = { seq: record.seq, hash: record.hash }
      count++
    }
    return { ok: true, count } as const
  })
