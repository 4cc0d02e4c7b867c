import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as LocalDate from "../../src/date/LocalDate.ts"

/** The definition: the pattern YYYY-MM-DD, and a day the month has in the Gregorian calendar. */
const byPattern = (s: string): boolean => {
  const m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u.exec(s)
  return m !== null && Number(m[3]) <= LocalDate.daysInMonth(Number(m[1]), Number(m[2]))
}

/** Strings near a date: digits, dashes, a few look-alikes (full-width digits, Arabic-Indic digits, spaces). */
const nearDate = fc
  .array(fc.constantFrom(..."0123456789-", "２", "٣", " ", "/", "a"), { minLength: 8, maxLength: 12 })
  .map((cs) => cs.join(""))
const mutatedDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)

describe("a LocalDate is a real calendar day written YYYY-MM-DD", () => {
  it("the character-by-character reading agrees with the pattern and the calendar on any string", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedDate, nearDate, fc.string(), fc.string({ unit: "grapheme" })), (s) => {
        expect(LocalDate.isLocalDate(s)).toBe(byPattern(s))
      }),
      { numRuns: 20_000 }
    )
  })

  it("2024-02-29 and 2000-02-29 are days; 2023-02-29, 1900-02-29, 2026-04-31, 2026-13-01 and 2026-00-10 are not", () => {
    expect(["2024-02-29", "2000-02-29", "2026-12-31", "0000-01-01"].map(LocalDate.isLocalDate)).toEqual([
      true,
      true,
      true,
      true
    ])
    expect(
      [
        "2023-02-29",
        "1900-02-29",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2026-1-01",
        "２026-01-01",
        "2026-01/01",
        "2026/01-01"
      ].map(LocalDate.isLocalDate)
    ).toEqual([false, false, false, false, false, false, false, false, false, false])
  })
})
