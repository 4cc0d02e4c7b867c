/**
 * Validator.decide computes per (validator, day) what depends only on them
 * (the in-force findings, which rules cite an undated document, the caveats of
 * each set of reasons) and derives the outcome in one pass. These properties
 * hold it to the plain definition: evaluate every rule, then
 * Decision.fromFindings, which adds the "in force: date unknown" caveats.
 */
import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Rule from "../../src/decision/Rule.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Registry from "../../src/registry.ts"
import { validatorExamples } from "../../src/validatorExamples.ts"

/** The definition: every rule evaluated as of the day, the decision derived from the findings. */
// biome-ignore lint/suspicious/noExplicitAny: validators of every input type
const byDefinition = (v: Validator.Validator<any>, input: unknown, asOf: LocalDate.LocalDate): Decision.Decision => {
  if (v.scope !== undefined) {
    const scope = Rule.evaluate(v.scope, input, asOf)
    if (scope.status !== "satisfied") {
      const outside = { ...scope, status: "not-applicable" as const }
      return { ...Decision.fromFindings(v.id, asOf, [outside]), outcome: "not-applicable", reasons: [outside] }
    }
  }
  return Decision.fromFindings(
    v.id,
    asOf,
    v.rules.map((r) => Rule.evaluate(r, input, asOf))
  )
}

const dateLike = /^\d{4}-\d{2}-\d{2}$/u

/** Strings of an example (ids, enum members, dates), to mix into others' places. */
const stringsOf = (x: unknown, out: Set<string> = new Set()): Set<string> => {
  if (typeof x === "string") out.add(x)
  else if (Array.isArray(x)) for (const y of x) stringsOf(y, out)
  else if (x !== null && typeof x === "object") for (const y of Object.values(x)) stringsOf(y, out)
  return out
}

/** The example with its leaves varied: booleans flipped, strings swapped for another of the example's, dates moved, arrays cut. */
const variants = (example: unknown): fc.Arbitrary<unknown> => {
  const pool = [...stringsOf(example)]
  const dates = fc
    .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2035, 11, 31) })
    .map((t) => new Date(t).toISOString().slice(0, 10))
  const vary = (x: unknown): fc.Arbitrary<unknown> => {
    if (typeof x === "boolean") return fc.boolean()
    if (typeof x === "number")
      return fc.oneof({ arbitrary: fc.constant(x), weight: 2 }, fc.integer({ min: 0, max: Math.max(2 * x, 10) }))
    if (typeof x === "string")
      return fc.oneof({ arbitrary: fc.constant(x), weight: 4 }, dateLike.test(x) ? dates : fc.constantFrom(...pool))
    if (Array.isArray(x))
      return fc
        .tuple(...x.map(vary))
        .chain((ys) => fc.oneof({ arbitrary: fc.constant(ys), weight: 3 }, fc.subarray(ys, { minLength: 0 })))
    if (x !== null && typeof x === "object") {
      const entries = Object.entries(x)
      return fc
        .tuple(...entries.map(([, y]) => vary(y)))
        .map((ys) => Object.fromEntries(entries.map(([k], i) => [k, ys[i]])))
    }
    return fc.constant(x)
  }
  // the example itself too, for inputs whose parts refer to each other (most variants of those do not decode)
  return fc.oneof({ arbitrary: fc.constant(example), weight: 1 }, { arbitrary: vary(example), weight: 4 })
}

/** Days before any document, around the documents' dates, and after. */
const days = fc.constantFrom(
  "1990-01-01",
  "2004-06-01",
  "2012-01-01",
  "2015-07-01",
  "2018-01-01",
  "2020-06-01",
  "2026-03-02",
  "2040-01-01"
)

/** What the runs covered, over every validator: each outcome, and decisions carrying a caveat. */
const covered = new Map<string, number>()
const count = (k: string) => covered.set(k, (covered.get(k) ?? 0) + 1)

describe("Validator.decide against its definition", () => {
  it.each(Registry.validators.map((v) => [v.id, v] as const))(
    "%s decides every varied example on every day as evaluating each rule and deriving would",
    (id, v) => {
      const example = validatorExamples[id]
      expect(example, `an example for ${id}`).toBeDefined()
      let decided = 0
      fc.assert(
        fc.property(variants(example?.input), days, (raw, day) => {
          const input = Validator.decodeInput(v)(raw)
          if (Result.isFailure(input)) return
          const asOf = LocalDate.make(day)
          const fast = Validator.decide(v, input.success, asOf)
          // twice: the second decision of the day is answered from what the first remembered
          expect(Validator.decide(v, input.success, asOf)).toEqual(fast)
          expect(fast).toEqual(byDefinition(v, input.success, asOf))
          decided++
          count(fast.outcome)
          if (fast.findings.some((f) => f.rule === "catalogue/in-force-date-known"))
            count(`${fast.outcome} with a caveat`)
        }),
        { numRuns: 200 }
      )
      expect(decided).toBeGreaterThan(0)
    }
  )

  it("the runs above decided every outcome, with and without caveats", () => {
    for (const k of ["allowed", "refused", "not-applicable", "allowed with a caveat", "refused with a caveat"])
      expect(covered.get(k) ?? 0, k).toBeGreaterThan(50)
  })
})
