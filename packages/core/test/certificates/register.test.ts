import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { CustodyRegister, RegisterEntry } from "../../src/certificates/model.ts"
import * as Register from "../../src/certificates/register.ts"
import type { LocalDate } from "../../src/date/LocalDate.ts"
import * as Arb from "../../src/testing/arbitraries/certificates.ts"
import { localDateBetween } from "../../src/testing/arbitraries/dates.ts"

/** The register's reading as defined (sh-digital-cert art 12: entries take effect on their day, in recorded order). */
const dayOf = (e: RegisterEntry): LocalDate => (e.type === "authorised" ? e.from : e.on)
const inDayOrder = (r: CustodyRegister, asOf: LocalDate) =>
  r.entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => dayOf(e) <= asOf)
    .sort((a, b) => (dayOf(a.e) < dayOf(b.e) ? -1 : dayOf(a.e) > dayOf(b.e) ? 1 : a.i - b.i))
    .map(({ e }) => e)

describe("a register recorded in any order is read in day order (sh-digital-cert art 12)", () => {
  it("the entries in effect, the custodian and a withdrawal's day are those of the day-ordered register, 2015-2035", () => {
    fc.assert(
      fc.property(
        Arb.custodyRegister,
        localDateBetween(2015, 2035),
        fc.constantFrom(...Arb.serials),
        (r, asOf, serial) => {
          const ordered = inDayOrder(r, asOf)
          expect(Register.entriesOn(r, asOf)).toEqual(ordered)
          let custodian: string | null = null
          for (const e of ordered) {
            if (e.type === "custodian-assigned" && e.serial === serial) custodian = e.custodian
            if (e.type === "handed-over" && e.serial === serial) custodian = e.to
          }
          expect(Register.custodianOn(r, serial as never, asOf)).toBe(custodian)
          for (const id of ["A1", "A2", "A3"]) {
            const w = ordered.find((e) => e.type === "authorisation-withdrawn" && e.id === id)
            expect(Register.withdrawnOn(r, id, asOf)).toBe(w === undefined ? null : dayOf(w))
          }
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("of two entries of the same day, the one recorded later is read last: on 2026-04-01 Zhang, handed C001 after Wang's assignment that day, keeps it", () => {
    const r = {
      holder: { kind: "unit", id: "xh-office" },
      internalRules: null,
      certificates: [],
      entries: [
        { type: "authorisation-withdrawn", id: "A1", on: "2026-06-01" },
        { type: "custodian-assigned", serial: "C001", custodian: "p-wang", on: "2026-04-01" },
        { type: "handed-over", serial: "C001", from: "p-wang", to: "p-zhang", on: "2026-04-01" },
        { type: "authorisation-withdrawn", id: "A1", on: "2026-05-01" }
      ]
    } as unknown as CustodyRegister
    expect(Register.custodianOn(r, "C001" as never, "2026-04-01" as LocalDate)).toBe("p-zhang")
    expect(Register.withdrawnOn(r, "A1", "2026-12-31" as LocalDate)).toBe("2026-05-01")
    expect(Register.withdrawnOn(r, "A1", "2026-05-15" as LocalDate)).toBe("2026-05-01")
    expect(Register.withdrawnOn(r, "A1", "2026-04-30" as LocalDate)).toBeNull()
  })

  it("a 2026 handover recorded before the assignment it follows still makes its receiver the custodian", () => {
    const r = {
      holder: { kind: "unit", id: "xh-office" },
      internalRules: null,
      certificates: [],
      entries: [
        { type: "handed-over", serial: "C001", from: "p-wang", to: "p-zhang", on: "2026-04-01" },
        { type: "custodian-assigned", serial: "C001", custodian: "p-wang", on: "2026-01-01" }
      ]
    } as unknown as CustodyRegister
    expect(Register.custodianOn(r, "C001" as never, "2026-05-01" as LocalDate)).toBe("p-zhang")
    expect(Register.custodianOn(r, "C001" as never, "2026-03-01" as LocalDate)).toBe("p-wang")
    expect(Register.entriesOn(r, "2026-05-01" as LocalDate).map((e) => e.type)).toEqual([
      "custodian-assigned",
      "handed-over"
    ])
  })
})
