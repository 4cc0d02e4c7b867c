import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import type { LocalDate } from "../../src/date/LocalDate.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type * as Amendment from "../../src/impact/Amendment.ts"
import * as Impact from "../../src/impact/Impact.ts"
import * as Registry from "../../src/registry.ts"
import * as Seals from "../../src/seals/index.ts"
import * as Arb from "../../src/testing/arbitraries/seals.ts"
import { amendedDates, reDatedValidator } from "./fixtures.ts"

const title = { zh: "测试修订", en: "a test amendment" }
const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(String(r.failure))
  return r.success
}

/** Recorded decisions: every validator example and some seal uses, each on a day of 2000-2039. */
const recorded: fc.Arbitrary<ReadonlyArray<Impact.Recorded>> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(Registry.validatorExamples)), Arb.localDate), {
      minLength: 1,
      maxLength: 12
    }),
    fc.array(fc.tuple(Arb.sealUseRequest, Arb.localDate), { maxLength: 6 })
  )
  .map(([examples, seals]) => [
    ...examples.map(([validator, asOf], i) => ({
      id: `e${i}`,
      validator,
      asOf,
      input: Registry.validatorExamples[validator]?.input
    })),
    ...seals.map(([req, asOf], i) => ({
      id: `s${i}`,
      validator: "seals/use",
      asOf,
      input: JSON.parse(JSON.stringify(req))
    }))
  ])

const dayBefore = (d: string) => new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10) as LocalDate

describe("impact invariants", () => {
  it("an amendment that changes nothing flips nothing and blocks nothing: each dated document moved to its own date, repeals from 2100, a tightening every satisfied finding meets", () => {
    const dated = Catalogue.documents.filter((x) => x.inForceFrom !== null)
    const noop = fc.subarray(
      [
        ...dated.map(
          (x): Amendment.Change => ({ kind: "move-in-force", document: x.id, inForceFrom: x.inForceFrom as LocalDate })
        ),
        { kind: "repeal-document", document: "sh-egov-2012", from: "2100-01-01" as LocalDate },
        { kind: "repeal-article", article: "xuhui-eseal-2015/4", from: "2100-01-01" as LocalDate },
        {
          kind: "tighten-rule",
          rule: "seals/certificate-valid",
          require: [{ fact: "status", oneOf: ["active"] }],
          message: { zh: "证书须为有效状态", en: "the certificate is active" }
        }
      ] satisfies ReadonlyArray<Amendment.Change>,
      { minLength: 1 }
    )
    fc.assert(
      fc.property(noop, recorded, Arb.sealUseRequest, Arb.localDate, (changes, decisions, req, asOf) => {
        const context = JSON.parse(JSON.stringify(Seals.initialContext(req)))
        const cases = ["drafted", "awaiting-approval", "approved"].map((state) => ({
          id: state,
          machine: "seals/signing",
          state,
          context,
          payloads: { "apply-seal": { certificate: JSON.parse(JSON.stringify(req.certificate)) } }
        }))
        const report = ok(
          Impact.report({
            amendment: { title, changes: changes as [Amendment.Change, ...Array<Amendment.Change>] },
            decisions,
            cases,
            asOf
          })
        )
        expect(report.decisions.flipped).toEqual([])
        expect(report.cases.blocked).toEqual([])
        expect(report.cases.unblocked).toEqual([])
        expect(report.decisions.unchanged).toBe(decisions.length)
        expect(report.cases.transitionsChecked).toBeGreaterThan(0)
      }),
      { numRuns: 60 }
    )
  })

  it("a decision flips iff re-deciding it under hand-re-dated rules (a document moved or repealed, an article repealed) gives another outcome", () => {
    const change: fc.Arbitrary<Amendment.Change> = fc.oneof(
      fc
        .tuple(fc.constantFrom(...Catalogue.documents.map((x) => x.id)), Arb.localDate)
        .map(([document, inForceFrom]): Amendment.Change => ({ kind: "move-in-force", document, inForceFrom })),
      fc
        .tuple(fc.constantFrom(...Catalogue.documents.map((x) => x.id)), Arb.localDate)
        .map(([document, from]): Amendment.Change => ({ kind: "repeal-document", document, from })),
      fc
        .tuple(fc.constantFrom(...Registry.citedArticles()), Arb.localDate)
        .map(([article, from]): Amendment.Change => ({ kind: "repeal-article", article, from }))
    )
    let flips = 0
    fc.assert(
      fc.property(change, recorded, (c, decisions) => {
        const report = ok(
          Impact.report({ amendment: { title, changes: [c] }, decisions, asOf: "2026-03-02" as LocalDate })
        )
        const applies =
          c.kind === "move-in-force"
            ? amendedDates({ [c.document]: { inForceFrom: c.inForceFrom } })
            : c.kind === "repeal-document"
              ? amendedDates({ [c.document]: { inForceUntil: dayBefore(c.from) } })
              : c.kind === "repeal-article"
                ? amendedDates({}, { [c.article]: c.from })
                : amendedDates({})
        const expected = decisions.flatMap((r) => {
          const v = Registry.getValidator(r.validator)
          if (v === undefined) return []
          const input = ok(Validator.decodeInput(v)(r.input))
          const before = Validator.decide(v, input, r.asOf).outcome
          const after = Validator.decide(reDatedValidator(v, applies), input, r.asOf).outcome
          return before === after ? [] : [{ decision: r.id, from: before, to: after }]
        })
        expect(report.decisions.flipped.map((f) => ({ decision: f.decision, from: f.from, to: f.to }))).toEqual(
          expected
        )
        for (const f of report.decisions.flipped) expect(f.because.length).toBeGreaterThan(0)
        flips += expected.length
      }),
      { numRuns: 300 }
    )
    // the property is not vacuous: some amendments do flip decisions
    expect(flips).toBeGreaterThan(0)
  })
})
