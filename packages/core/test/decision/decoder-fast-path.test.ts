/**
 * A validator's decoder answers valid input from a lenient decode and a walk
 * that checks no key of the input was dropped, and decodes anything else
 * strictly (every problem, unknown keys refused). These properties hold it to
 * the strict decode alone: the same value for the same input, or a refusal
 * where the strict decode refuses.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Registry from "../../src/registry.ts"
import { validatorExamples } from "../../src/validatorExamples.ts"

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [k: string]: Json }

/** The paths of every object in a value (the root is `[]`). */
const objectPaths = (x: unknown, at: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> => {
  if (Array.isArray(x)) return x.flatMap((y, i) => objectPaths(y, [...at, i]))
  if (typeof x !== "object" || x === null) return []
  return [at, ...Object.entries(x).flatMap(([k, y]) => objectPaths(y, [...at, k]))]
}

/** A copy of `x` with `change` applied to the object at `path`. */
const at = (
  x: unknown,
  path: ReadonlyArray<string | number>,
  change: (o: Record<string, unknown>) => object
): unknown => {
  if (path.length === 0) return change({ ...(x as Record<string, unknown>) })
  const [head, ...rest] = path
  if (Array.isArray(x)) return x.map((y, i) => (i === head ? at(y, rest, change) : y))
  const o = x as Record<string, unknown>
  return { ...o, [head as string]: at(o[head as string], rest, change) }
}

const keyName = fc.constantFrom("extra", "toString", "__proto__x", "constructor", "名称", "")
const variants = (example: Json) => {
  const paths = objectPaths(example)
  const path = fc.constantFrom(...paths)
  return fc.oneof(
    fc.constant<unknown>(example),
    // an unknown key
    fc
      .tuple(path, keyName, fc.jsonValue({ maxDepth: 1 }))
      .map(([p, k, v]) => at(example, p, (o) => ({ ...o, [k]: v }))),
    // a symbol key
    path.map((p) => at(example, p, (o) => ({ ...o, [Symbol("s")]: 1 }))),
    // the same keys inherited instead of own, and an inherited unknown key
    path.map((p) => at(example, p, (o) => Object.assign(Object.create(o), {}))),
    path.map((p) => at(example, p, (o) => Object.assign(Object.create({ inherited: 1 }), o))),
    // a known key removed
    path.map((p) =>
      at(example, p, (o) => {
        const [first] = Object.keys(o)
        const { [first as string]: _, ...rest } = o
        return rest
      })
    )
  )
}

describe("a validator's decoder against the strict decode", () => {
  it.each(Registry.validators.map((v) => [v.id, v] as const))(
    "%s: the same value or a refusal for its example with keys added, removed, inherited or symbolic",
    (id, v) => {
      const example = validatorExamples[id]?.input as Json
      expect(example).toBeDefined()
      const strict = Schema.decodeUnknownResult(v.input)
      fc.assert(
        fc.property(variants(example), (input) => {
          const ours = Validator.decodeInput(v)(input)
          const theirs = strict(input, { errors: "all", onExcessProperty: "error" })
          expect(Result.isSuccess(ours)).toBe(Result.isSuccess(theirs))
          if (Result.isSuccess(ours) && Result.isSuccess(theirs)) expect(ours.success).toEqual(theirs.success)
        }),
        { numRuns: 150 }
      )
    }
  )

  it("an unknown key anywhere in a 2026 seal request is refused, its path named", () => {
    const example = validatorExamples["seals/use"]?.input as Json
    for (const path of objectPaths(example)) {
      const r = Validator.decodeInput(Registry.validators.find((v) => v.id === "seals/use") as never)(
        at(example, path, (o) => ({ ...o, colour: "red" }))
      )
      expect(Result.isFailure(r)).toBe(true)
      if (Result.isFailure(r)) expect(r.failure.problems.map((p) => p.path)).toContainEqual([...path, "colour"])
    }
  })
})
