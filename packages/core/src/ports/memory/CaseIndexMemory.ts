/** An in-memory CaseIndex for tests, demos and the browser. */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import {
  CaseIndex,
  type CaseSummary,
  cursorOf,
  isAfter,
  pageSize,
  parseCursor,
  type RuleDecision
} from "../CaseIndex.ts"

export const make: Effect.Effect<CaseIndex["Service"]> = Effect.sync(() => {
  const cases = new Map<string, CaseSummary>()
  const decisions: Array<RuleDecision> = []
  return CaseIndex.of({
    put: (s) => Effect.sync(() => void cases.set(s.id, s)),
    get: (id) => Effect.sync(() => cases.get(id)),
    list: (f) =>
      Effect.sync(() => {
        const limit = pageSize(f.limit)
        const cursor = f.after === undefined ? null : parseCursor(f.after)
        const matching = [...cases.values()]
          .filter(
            (s) =>
              (f.machine === undefined || s.machine === f.machine) &&
              (f.state === undefined || s.state === f.state) &&
              (f.agency === undefined || s.agency === f.agency) &&
              (f.readableBy === undefined ||
                f.readableBy.machines.includes(s.machine) ||
                s.parties.includes(f.readableBy.agency)) &&
              (f.createdFrom === undefined || s.createdAt >= f.createdFrom) &&
              (f.createdTo === undefined || s.createdAt < f.createdTo) &&
              (cursor === null || isAfter(s, cursor))
          )
          .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        const items = matching.slice(0, limit)
        const last = items.at(-1)
        return { items, next: matching.length > limit && last !== undefined ? cursorOf(last) : null }
      }),
    putDecisions: (rows) => Effect.sync(() => void decisions.push(...rows)),
    decisionsByRule: (rule, options) =>
      Effect.sync(() =>
        decisions
          .filter((d) => d.rule === rule && d.auditSeq > (options?.afterSeq ?? 0))
          .sort((a, b) => a.auditSeq - b.auditSeq)
          .slice(0, pageSize(options?.limit))
      )
  })
})

export const layer: Layer.Layer<CaseIndex> = Layer.effect(CaseIndex, make)
