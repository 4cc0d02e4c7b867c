import { createHash } from "node:crypto"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import { decoder } from "../../src/decision/DecodeError.ts"
import { canonicalJson } from "../../src/ports/canonicalJson.ts"
import { content, metadata, run } from "./fixtures.ts"

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex")

describe("archives fingerprints", () => {
  it("the fingerprint is the SHA-256 hex of the canonical JSON of { content, metadata }, and the parts likewise", async () => {
    const fp = await run(Archives.fingerprints({ content, metadata }))
    expect(fp.document).toBe(sha(canonicalJson({ content, metadata })))
    expect(fp.content).toBe(sha(canonicalJson({ content })))
    expect(fp.metadata).toBe(sha(canonicalJson({ metadata })))
    expect(await run(Archives.fingerprint({ content, metadata }))).toBe(fp.document)
  })

  it("the fingerprint does not depend on the order of the metadata's keys", async () => {
    const reordered = Object.fromEntries(Object.entries(metadata).reverse()) as Archives.DocumentMetadata
    expect(await run(Archives.fingerprint({ content, metadata: reordered }))).toBe(
      await run(Archives.fingerprint({ content, metadata }))
    )
  })

  it("content given as bytes is canonical base64: a non-canonical spelling of the same bytes is refused at decoding", () => {
    const decode = decoder(Archives.Content, "content")
    expect(Archives.base64OfBytes(new Uint8Array([65]))).toBe("QQ==")
    expect(Result.isSuccess(decode({ kind: "bytes", base64: "QQ==" }))).toBe(true)
    const bad = decode({ kind: "bytes", base64: "QR==" })
    expect(Result.isFailure(bad) && bad.failure.problems[0]?.path).toEqual(["base64"])
  })
})
