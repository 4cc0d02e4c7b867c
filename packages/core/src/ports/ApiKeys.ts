/**
 * API keys: a key maps to a principal (an agency and a role). Only the key's
 * SHA-256 is stored, so a leaked table does not leak keys; a revoked key stops
 * working at once (every request looks it up).
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import type { Actor } from "../machine/Actor.ts"
import { sha256Hex } from "./sha256Hex.ts"

export const ApiKeyRecord = Schema.Struct({
  /** SHA-256 hex of the key. */
  hash: Schema.String,
  agency: Schema.NonEmptyString,
  role: Schema.NonEmptyString,
  /** What the key is for, e.g. `demo key of 市财政局 reviewer`; never the key itself. */
  label: Schema.String,
  /**
   * Whether the key may read the audit trail (verification, decisions by
   * rule): a role operators configure, apart from the principal's agency and
   * role, and never implied by them.
   */
  auditor: Schema.Boolean,
  createdAt: Schema.Number,
  revokedAt: Schema.NullOr(Schema.Number)
})
export type ApiKeyRecord = typeof ApiKeyRecord.Type

export class ApiKeys extends Context.Service<
  ApiKeys,
  {
    readonly findByHash: (hash: string) => Effect.Effect<ApiKeyRecord | undefined>
    /** Adds a key, or replaces the record with the same hash. */
    readonly put: (record: ApiKeyRecord) => Effect.Effect<void>
    readonly revoke: (hash: string, at: number) => Effect.Effect<void>
  }
>()("@zhengwu/core/ports/ApiKeys") {}

export const hashKey = (key: string): Effect.Effect<string> => sha256Hex(key)

/** The principal a key stands for, or undefined for an unknown or revoked key. */
export const authenticate = (key: string): Effect.Effect<Actor | undefined, never, ApiKeys> =>
  Effect.gen(function* () {
    const keys = yield* ApiKeys
    const record = yield* keys.findByHash(yield* hashKey(key))
    return record === undefined || record.revokedAt !== null
      ? undefined
      : ({ agency: record.agency, role: record.role } as Actor)
  })

/** An in-memory ApiKeys (tests, demos, a single-process embedding). */
export const layerMemory: Layer.Layer<ApiKeys> = Layer.sync(ApiKeys, () => {
  const records = new Map<string, ApiKeyRecord>()
  return ApiKeys.of({
    findByHash: (hash) => Effect.sync(() => records.get(hash)),
    put: (record) => Effect.sync(() => void records.set(record.hash, record)),
    revoke: (hash, at) =>
      Effect.sync(() => {
        const r = records.get(hash)
        if (r !== undefined) records.set(hash, { ...r, revokedAt: at })
      })
  })
})
