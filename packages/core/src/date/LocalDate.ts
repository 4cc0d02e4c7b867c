/**
 * A calendar date without a time zone, `YYYY-MM-DD`. Regulations take effect on
 * days, not instants, and ISO dates order correctly as strings, so the core
 * never needs the platform `Date` (which would also tempt code to read the
 * clock directly).
 */
import * as Schema from "effect/Schema"

const isoDate = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u

/** Days in a month of the Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31

/** The digit at `i` of `s` (0-9), or -1 when it is no ASCII digit. */
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/**
 * true when `s` is a real calendar day written `YYYY-MM-DD` (the pattern
 * `isoDate`, and a day the month has), read character by character: it runs
 * in every decoder of a dated input.
 */
export const isLocalDate = (s: string): boolean => {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false
  const y0 = digit(s, 0)
  const y1 = digit(s, 1)
  const y2 = digit(s, 2)
  const y3 = digit(s, 3)
  const m0 = digit(s, 5)
  const m1 = digit(s, 6)
  const d0 = digit(s, 8)
  const d1 = digit(s, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month)
}

export const LocalDate = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => isLocalDate(s) || `a calendar date written YYYY-MM-DD, got “${s}”`, {
      expected: "a calendar date written YYYY-MM-DD",
      title: "LocalDate",
      arbitraryConstraint: { patterns: [isoDate] },
      toJsonSchema: () => ({ format: "date", pattern: isoDate.source })
    })
  ),
  Schema.brand("LocalDate")
)
export type LocalDate = typeof LocalDate.Type

/** Builds a LocalDate from a literal; throws on a malformed date (for data tables and tests). */
export const make = (s: string): LocalDate => {
  if (!isLocalDate(s)) throw new Error(`invalid date “${s}”`)
  return s as LocalDate
}

export const compare = (a: LocalDate, b: LocalDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)
export const isBefore = (a: LocalDate, b: LocalDate): boolean => a < b
export const isOnOrAfter = (a: LocalDate, b: LocalDate): boolean => a >= b

/**
 * The UTC calendar day of an instant given in milliseconds since the epoch,
 * by Howard Hinnant's civil-from-days algorithm (no `Date` needed).
 */
export const fromEpochMillis = (millis: number, offsetMinutes = 0): LocalDate => {
  const days = Math.floor((millis + offsetMinutes * 60_000) / 86_400_000)
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  const pad = (n: number, w: number) => String(n).padStart(w, "0")
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as LocalDate
}

/** Shanghai civil time is UTC+8 all year (no daylight saving since 1991). */
export const shanghaiOffsetMinutes = 480
