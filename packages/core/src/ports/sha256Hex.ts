/**
 * SHA-256 of a text, as an Effect (the signature every caller uses). Computed
 * synchronously by the portable implementation in `sha256.ts`, so the core
 * needs neither `node:crypto` nor Web Crypto's asynchronous round trip.
 */
import * as Effect from "effect/Effect"
import { sha256HexOfText } from "./sha256.ts"

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export const sha256Hex = (text: string): Effect.Effect<string> => Effect.sync(() => sha256HexOfText(text))
