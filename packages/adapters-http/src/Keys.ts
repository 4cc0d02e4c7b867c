/** Configuring API keys: each key is stored as its SHA-256 only, with the principal it stands for. */
import { ApiKeys, Clock } from "@zhengwu/core"
import * as Effect from "effect/Effect"

export interface KeySpec {
  readonly key: string
  readonly agency: string
  readonly role: string
  readonly label: string
  /** May read the audit trail (default false). */
  readonly auditor?: boolean | undefined
}

/** Stores each key's hash and principal (replacing a record with the same hash). */
export const configure = (specs: ReadonlyArray<KeySpec>) =>
  Effect.gen(function* () {
    const keys = yield* ApiKeys.ApiKeys
    const clock = yield* Clock.Clock
    const now = yield* clock.currentTimeMillis
    for (const s of specs) {
      yield* keys.put({
        hash: yield* ApiKeys.hashKey(s.key),
        agency: s.agency,
        role: s.role,
        label: s.label,
        auditor: s.auditor === true,
        createdAt: now,
        revokedAt: null
      })
    }
  })

/** Revokes a key at once: the next request with it is 401. */
export const revoke = (key: string) =>
  Effect.gen(function* () {
    const keys = yield* ApiKeys.ApiKeys
    const clock = yield* Clock.Clock
    yield* keys.revoke(yield* ApiKeys.hashKey(key), yield* clock.currentTimeMillis)
  })
