/**
 * The CaseIndex contract: filters, newest-first paging with cursors, and
 * decisions by rule, checked against any implementation.
 */
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { describe, expect, it } from "vitest"
import { CaseIndex, type CaseSummary, type RuleDecision } from "../../ports/CaseIndex.ts"

const day = 86_400_000
const t0 = 1_772_416_800_000

const summary = (n: number): CaseSummary => ({
  id: `case-${String(n).padStart(3, "0")}`,
  machine: n % 2 === 0 ? "seals/signing" : "approvals/municipal-construction",
  state: n % 3 === 0 ? "sealed" : "drafted",
  agency: n % 4 === 0 ? "xh-office" : "xh-finance",
  version: 1 + (n % 5),
  final: n % 3 === 0,
  parties: n % 5 === 0 ? ["xh-finance", "xh-office"] : [n % 4 === 0 ? "xh-office" : "xh-finance"],
  createdAt: t0 + Math.floor(n / 2) * day,
  updatedAt: t0 + Math.floor(n / 2) * day + 1000
})

export const caseIndexContract = <E>(name: string, layer: () => Layer.Layer<CaseIndex, E>): void => {
  const run = <A, E2>(program: Effect.Effect<A, E2, CaseIndex>): Promise<A> =>
    Effect.runPromise(program.pipe(Effect.provide(layer())))
  const seeded = <A, E2>(f: (index: CaseIndex["Service"]) => Effect.Effect<A, E2>) =>
    run(
      Effect.gen(function* () {
        const index = yield* CaseIndex
        for (let n = 1; n <= 30; n++) yield* index.put(summary(n))
        return yield* f(index)
      })
    )

  describe(`${name} meets the CaseIndex contract`, () => {
    it("stores a summary and replaces it on a later put", () =>
      seeded((index) =>
        Effect.gen(function* () {
          yield* index.put({ ...summary(3), state: "withdrawn", version: 9 })
          expect(yield* index.get("case-003")).toEqual({ ...summary(3), state: "withdrawn", version: 9 })
          expect(yield* index.get("nope")).toBeUndefined()
        })
      ))

    it("filters by procedure, state, agency and creation date range together", () =>
      seeded((index) =>
        Effect.gen(function* () {
          const page = yield* index.list({
            machine: "seals/signing",
            state: "sealed",
            agency: "xh-finance",
            createdFrom: t0 + 3 * day,
            createdTo: t0 + 12 * day
          })
          const expected = Array.from({ length: 30 }, (_, i) => summary(i + 1)).filter(
            (s) =>
              s.machine === "seals/signing" &&
              s.state === "sealed" &&
              s.agency === "xh-finance" &&
              s.createdAt >= t0 + 3 * day &&
              s.createdAt < t0 + 12 * day
          )
          expect(expected.length).toBeGreaterThan(0)
          expect(page.items.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort())
        })
      ))

    it("lists for a reader only the cases of the machines it reads as a whole and those that bind it", () =>
      seeded((index) =>
        Effect.gen(function* () {
          const all = Array.from({ length: 30 }, (_, i) => summary(i + 1))
          const bound = yield* index.list({ readableBy: { agency: "xh-office", machines: [] }, limit: 500 })
          expect(bound.items.map((s) => s.id).sort()).toEqual(
            all.filter((s) => s.parties.includes("xh-office")).map((s) => s.id)
          )
          const withMachine = yield* index.list({
            readableBy: { agency: "xh-office", machines: ["approvals/municipal-construction"] },
            machine: undefined,
            limit: 500
          })
          expect(withMachine.items.map((s) => s.id).sort()).toEqual(
            all
              .filter((s) => s.machine === "approvals/municipal-construction" || s.parties.includes("xh-office"))
              .map((s) => s.id)
          )
          const stranger = yield* index.list({ readableBy: { agency: "elsewhere", machines: [] } })
          expect(stranger.items).toEqual([])
        })
      ))

    it("pages newest first without skipping or repeating, ending with a null cursor", () =>
      seeded((index) =>
        Effect.gen(function* () {
          const seen: string[] = []
          let after: string | undefined
          for (let pages = 0; pages < 20; pages++) {
            const page = yield* index.list({ limit: 7, after })
            seen.push(...page.items.map((s) => s.id))
            if (page.next === null) break
            after = page.next
          }
          expect(seen).toHaveLength(30)
          expect(new Set(seen).size).toBe(30)
          const created = seen.map((id) => summary(Number(id.slice(5))).createdAt)
          expect([...created].sort((a, b) => b - a)).toEqual(created)
        })
      ))

    it("lists decisions by rule oldest first, after a given audit seq", () =>
      run(
        Effect.gen(function* () {
          const index = yield* CaseIndex
          const row = (auditSeq: number, rule: string): RuleDecision => ({
            auditSeq,
            rule,
            status: auditSeq % 2 === 0 ? "violated" : "satisfied",
            subject: `case-${auditSeq}`,
            outcome: auditSeq % 2 === 0 ? "refused" : "awaiting-approval",
            at: t0 + auditSeq
          })
          yield* index.putDecisions([row(3, "seals/a"), row(1, "seals/a"), row(2, "seals/b"), row(4, "seals/a")])
          const all = yield* index.decisionsByRule("seals/a")
          expect(all.map((d) => d.auditSeq)).toEqual([1, 3, 4])
          expect(all[2]).toEqual(row(4, "seals/a"))
          const later = yield* index.decisionsByRule("seals/a", { afterSeq: 1, limit: 1 })
          expect(later.map((d) => d.auditSeq)).toEqual([3])
          expect(yield* index.decisionsByRule("seals/none")).toEqual([])
        })
      ))
  })
}
