import * as Effect from "effect/Effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { CanonicalJsonError, canonicalJson, canonicalJsonEffect } from "../../src/ports/canonicalJson.ts"
import { sha256Hex } from "../../src/ports/sha256Hex.ts"

const shuffleKeys = (value: unknown, seed: number): unknown => {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i))
  if (value === null || typeof value !== "object") return value
  const entries = Object.entries(value)
  const shuffled = entries
    .map(([key, item], i) => ({ key, item, rank: Math.sin(seed * 7919 + i * 104729) }))
    .sort((a, b) => a.rank - b.rank)
  return Object.fromEntries(shuffled.map(({ item, key }) => [key, shuffleKeys(item, seed + 1)]))
}

const thrown = (value: unknown) => {
  try {
    canonicalJson(value)
  } catch (error) {
    return error
  }
  throw new Error("expected canonicalJson to throw")
}

describe("canonicalJson", () => {
  it("gives the same text whatever the order of object keys", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value))
      })
    )
  })

  it("parses back to a value equal to the input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)))
      })
    )
  })

  it("sorts keys, keeps array order and writes no whitespace", () => {
    expect(canonicalJson({ b: [3, 1, 2], a: { d: "x", c: null }, "": true })).toBe(
      '{"":true,"a":{"c":null,"d":"x"},"b":[3,1,2]}'
    )
    expect(canonicalJson("中文")).toBe('"中文"')
    expect(canonicalJson(-0)).toBe("0")
  })

  it("leaves out object properties that are undefined", () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}')
  })

  it("refuses values that are not json, naming where they are", () => {
    const cases: ReadonlyArray<[unknown, string, string]> = [
      [undefined, "undefined", "$"],
      [{ a: [1, undefined] }, "undefined", "$.a[1]"],
      [{ f: () => 1 }, "function", "$.f"],
      [[Number.NaN], "non-finite-number", "$[0]"],
      [{ x: Number.POSITIVE_INFINITY }, "non-finite-number", "$.x"],
      [{ n: 10n }, "bigint", "$.n"],
      [[Symbol("s")], "symbol", "$[0]"],
      [{ m: new Map() }, "non-plain-object", "$.m"],
      [{ when: new Uint8Array(1) }, "non-plain-object", "$.when"]
    ]
    for (const [value, reason, path] of cases) {
      const error = thrown(value)
      expect(error).toBeInstanceOf(CanonicalJsonError)
      expect(error).toMatchObject({ reason, path })
    }
    expect((thrown([undefined]) as Error).message).toBe("not a json value at `$[0]`: undefined")
  })

  it("refuses cycles but accepts a value shared in two places", () => {
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(thrown(cyclic)).toMatchObject({ reason: "cycle", path: "$.self" })
  })

  it("fails as an effect instead of throwing with canonicalJsonEffect", async () => {
    const error = await Effect.runPromise(Effect.flip(canonicalJsonEffect({ a: Number.NaN })))
    expect(error).toMatchObject({ _tag: "CanonicalJsonError", reason: "non-finite-number", path: "$.a" })
  })

  it("hashes text with SHA-256 in lower-case hex", async () => {
    expect(await Effect.runPromise(sha256Hex("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
  })
})
