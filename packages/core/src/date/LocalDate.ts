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
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31

/** true when `s` is a real calendar day written `YYYY-MM-DD` */
export const isLocalDate = (s: string): boolean => {
  const m = isoDate.exec(s)
  if (m === null) return false
  return Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]))
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
