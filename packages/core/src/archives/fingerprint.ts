/**
 * Fingerprints of an electronic official document (sh-archive-2005 art 4:
 * authentic, complete, identifiable): SHA-256 (Web Crypto, hence an Effect)
 * over the canonical JSON of the content and the metadata. Pure and
 * deterministic: the same document gives the same fingerprints on every
 * platform, whatever the order of its keys.
 */
import * as Effect from "effect/Effect"
import { canonicalJson } from "../ports/canonicalJson.ts"
import { sha256Hex } from "../ports/sha256Hex.ts"
import type { ArchivedDocument, Base64, Content, DocumentMetadata, Fingerprints, Sha256Hex } from "./model.ts"

const hash = (value: unknown): Effect.Effect<Sha256Hex> =>
  Effect.suspend(() => sha256Hex(canonicalJson(value))) as Effect.Effect<Sha256Hex>

/** The document's fingerprint: SHA-256 hex of the canonical JSON of `{ content, metadata }`. */
export const fingerprint = (document: ArchivedDocument): Effect.Effect<Sha256Hex> =>
  hash({ content: document.content, metadata: document.metadata })

/** The fingerprint of the content alone: SHA-256 hex of the canonical JSON of `{ content }`. */
export const contentFingerprint = (content: Content): Effect.Effect<Sha256Hex> => hash({ content })

/** The fingerprint of the metadata alone: SHA-256 hex of the canonical JSON of `{ metadata }`. */
export const metadataFingerprint = (metadata: DocumentMetadata): Effect.Effect<Sha256Hex> => hash({ metadata })

/** All three fingerprints of a document. */
export const fingerprints = (document: ArchivedDocument): Effect.Effect<Fingerprints> =>
  Effect.all({
    document: fingerprint(document),
    content: contentFingerprint(document.content),
    metadata: metadataFingerprint(document.metadata)
  })

/** Canonical base64 of bytes (for `{ kind: "bytes", base64 }` content), without `Buffer`. */
export const base64OfBytes = (bytes: Uint8Array): Base64 => {
  let binary = ""
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return globalThis.btoa(binary) as Base64
}

/** Content given as bytes. */
export const bytesContent = (bytes: Uint8Array): Content => ({ kind: "bytes", base64: base64OfBytes(bytes) })
