import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as StorableJson from "../../src/cases/StorableJson.ts"
import { canonicalJson } from "../../src/ports/canonicalJson.ts"

const nest = (depth: number): unknown => (depth <= 1 ? [] : [nest(depth - 1)])

describe("what a case can store and read back", () => {
  it("whatever is accepted reads back the same: JSON text and canonical JSON survive the round trip", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        if (StorableJson.problems(value).length > 0) return
        const back = JSON.parse(JSON.stringify(value)) as unknown
        expect(canonicalJson(back)).toBe(canonicalJson(value))
        // and as UTF-8 bytes, which is how a database stores text
        const bytes = new TextEncoder().encode(JSON.stringify(value))
        expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(JSON.stringify(value))
      }),
      { numRuns: 500 }
    )
  })

  it("NUL, a lone surrogate or an infinite number anywhere is refused, with the path where it is", () => {
    const bad = fc.constantFrom("a\u0000b", "\uD800", "x\uDFFF", Number.POSITIVE_INFINITY)
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        bad,
        (path, value) => {
          let v: unknown = value
          for (const k of [...path].reverse()) v = { [k]: v }
          const found = StorableJson.problems(v)
          expect(found.map((p) => p.path)).toContainEqual(path)
        }
      )
    )
    expect(StorableJson.problems({ "k\u0000": 1 })[0]).toMatchObject({
      path: ["k\u0000"],
      message: expect.stringContaining("key")
    })
  })

  it("64 levels of nesting are accepted, 65 are refused; a 4,384-level value is refused at the first level past the limit", () => {
    expect(StorableJson.problems(nest(64))).toEqual([])
    expect(StorableJson.problems(nest(65))).toHaveLength(1)
    const deep = StorableJson.problems(nest(4384))
    expect(deep).toHaveLength(1)
    expect(deep[0]?.path).toHaveLength(64)
  })

  it("a surrogate pair is text (an emoji is stored), only a lone surrogate is refused", () => {
    expect(StorableJson.stringProblem("盖章 🙂")).toBeNull()
    expect(StorableJson.stringProblem("\uD83D")).not.toBeNull()
  })
})
