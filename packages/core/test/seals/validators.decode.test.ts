import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "./fixtures.ts"

const asOf = d("2026-03-02")

describe("decoding seal requests", () => {
  it("a well-formed JSON request decodes and is decided", () => {
    const r = Validator.decideUnknown(Seals.use, JSON.parse(JSON.stringify(notice)), asOf)
    expect(Result.isSuccess(r) && r.success.outcome).toBe("allowed")
  })

  it("an unknown document kind is a decode error naming the path and the expected values, not a decision", () => {
    const r = Validator.decideUnknown(Seals.use, { ...notice, documentKind: "invoice" }, asOf)
    if (!Result.isFailure(r)) throw new Error("expected a decode error")
    expect(r.failure._tag).toBe("DecodeError")
    expect(r.failure.problems[0]?.path).toEqual(["documentKind"])
    expect(r.failure.problems[0]?.message).toContain('"notice"')
    expect(r.failure.message).toContain("at “documentKind”")
  })

  it("a malformed certificate date names the nested path", () => {
    const r = Validator.decideUnknown(
      Seals.use,
      { ...notice, certificate: { ...notice.certificate, validUntil: "2027-02-30" } },
      asOf
    )
    if (!Result.isFailure(r)) throw new Error("expected a decode error")
    expect(r.failure.problems.map((p) => p.path)).toEqual([["certificate", "validUntil"]])
    expect(r.failure.problems[0]?.message).toContain("YYYY-MM-DD")
  })

  it("every problem is reported, not only the first", () => {
    const r = Validator.decideUnknown(Seals.use, { ...notice, channel: 3, secrecy: null }, asOf)
    if (!Result.isFailure(r)) throw new Error("expected a decode error")
    expect(r.failure.problems.map((p) => p.path)).toEqual([["channel"], ["secrecy"]])
  })

  it("arbitrary garbage never throws and never yields a decision", () => {
    fc.assert(
      fc.property(fc.anything(), (garbage) => {
        const r = Validator.decideUnknown(Seals.use, garbage, asOf)
        expect(Result.isFailure(r)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})
