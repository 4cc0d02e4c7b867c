/** Calendar days as LocalDate strings, for property tests. */
import fc from "fast-check"
import { daysInMonth, type LocalDate } from "../../date/LocalDate.ts"

const pad = (n: number) => String(n).padStart(2, "0")

/** Calendar days from `minYear` to `maxYear` inclusive, every month length respected. */
export const localDateBetween = (minYear: number, maxYear: number): fc.Arbitrary<LocalDate> =>
  fc
    .record({
      y: fc.integer({ min: minYear, max: maxYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 })
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}` as LocalDate)
