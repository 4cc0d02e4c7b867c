import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as LocalDate from "../src/date/LocalDate.ts"
import * as Validator from "../src/decision/Validator.ts"
import * as Transition from "../src/machine/transition.ts"
import * as Registry from "../src/registry.ts"

const asOf = LocalDate.make("2026-03-02")

/** Garbage of every shape: wrong types, missing and extra fields, huge strings and arrays, deep nesting. */
const garbage = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.string({ maxLength: 5000 }),
  fc.array(fc.anything(), { maxLength: 200 }),
  fc.dictionary(fc.string(), fc.anything({ maxDepth: 2 })),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: "small" }, fc.constant(null), fc.record({ x: tie("deep") })) }))
    .deep
)

describe("every validator's decoder against generated garbage", () => {
  it.each(Registry.validators.map((v) => [v.id, v] as const))(
    "%s answers a DecodeError, never an exception and never a decision",
    (_, v) => {
      let rejected = 0
      fc.assert(
        fc.property(garbage, (input) => {
          let r: ReturnType<typeof Validator.decideUnknown> | undefined
          expect(() => {
            r = Validator.decideUnknown(v, input, asOf)
          }).not.toThrow()
          if (r !== undefined && Result.isFailure(r)) {
            rejected++
            expect(r.failure._tag).toBe("DecodeError")
            expect(r.failure.message.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: 400 }
      )
      // garbage is essentially never a valid input
      expect(rejected).toBeGreaterThan(390)
    }
  )

  it.each(Registry.machines.map((m) => [m.id, m] as const))(
    "%s event decoder rejects garbage without throwing",
    (_, m) => {
      fc.assert(
        fc.property(garbage, fc.constantFrom(...Object.keys(m.events), "nope"), (payload, type) => {
          expect(() => Transition.decodeEvent(m, { type, payload })).not.toThrow()
          expect(() => Transition.decodeEvent(m, payload)).not.toThrow()
        }),
        { numRuns: 200 }
      )
    }
  )
})
