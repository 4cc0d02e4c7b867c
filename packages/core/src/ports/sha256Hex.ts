/**
 * SHA-256 through Web Crypto (`globalThis.crypto.subtle`), available in Node,
 * browsers, Deno and Bun, so the core needs no `node:crypto`.
 */
import * as Effect from "effect/Effect"

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export const sha256Hex = (text: string): Effect.Effect<string> =>
  Effect.promise(() => globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))).pipe(
    Effect.map((digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join(""))
  )
