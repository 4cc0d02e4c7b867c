/**
 * The playground's logic (docs/.vitepress/playground/), run here as the page
 * runs it in the browser: the core alone, on the JSON a reader edits.
 */
import { describe, expect, it } from "vitest"
import { decide, fire, possibleEvents, pretty, validatorExample } from "../docs/.vitepress/playground/outcome.ts"
import { startCase, startingInput } from "../docs/.vitepress/playground/start.ts"
import { Registry } from "../packages/core/src/index.ts"

const notice = () => validatorExample("seals/use").json as Record<string, unknown>

describe("the playground's validators", () => {
  it("every validator has an example that its schema decodes and that is decided as of its day", () => {
    for (const v of Registry.validators) {
      const e = validatorExample(v.id)
      const r = decide(v.id, pretty(e.json), e.asOf)
      expect(r.kind, `${v.id}: ${JSON.stringify(r)}`).toBe("decided")
    }
  })

  it("a 2026 seal request for a contract is refused under xuhui-eseal-2015 art 4, whose text the page can show", () => {
    const r = decide("seals/use", JSON.stringify({ ...notice(), documentKind: "contract" }), "2026-03-02")
    if (r.kind !== "decided") throw new Error(r.kind)
    expect(r.decision.outcome).toBe("refused")
    expect(r.decision.reasons.map((f) => [f.rule, f.citations])).toEqual([
      ["seals/document-kind-permitted", ["xuhui-eseal-2015/4"]]
    ])
    expect(decide("seals/use", pretty(notice()), "2014-06-01")).toMatchObject({
      decision: { outcome: "not-applicable" }
    })
  })

  it("bad JSON, a bad day and a bad field decide nothing and say what is wrong", () => {
    expect(decide("seals/use", "{", "2026-03-02").kind).toBe("json-error")
    expect(decide("seals/use", pretty(notice()), "2026-02-30")).toEqual({ kind: "bad-date", asOf: "2026-02-30" })
    const r = decide("seals/use", JSON.stringify({ ...notice(), documentKind: "memo" }), "2026-03-02")
    expect(r.kind).toBe("invalid")
    if (r.kind === "invalid") expect(r.problems[0]?.path).toEqual(["documentKind"])
  })
})

describe("the playground's machines", () => {
  it("every machine's case starts from its example and every state is reached by firing its events with their example payloads", () => {
    for (const m of Registry.machines) {
      const start = startingInput(m)
      const started = startCase(m, start.json, start.asOf)
      if (started.kind !== "started") throw new Error(`${m.id}: ${JSON.stringify(started)}`)
      // Breadth first over (state, context): guards read what earlier events recorded in the context.
      const reached = new Set([started.snapshot.state])
      const seen = new Set<string>()
      const queue = [started.snapshot]
      while (queue.length > 0 && seen.size < 3_000) {
        const s = queue.shift()
        if (s === undefined) break
        const key = JSON.stringify([s.state, s.context])
        if (seen.has(key) || s.version > 14) continue
        seen.add(key)
        for (const e of possibleEvents(m, s)) {
          for (const actor of e.actors) {
            const r = fire(m, s, e.type, pretty(e.payload), actor, start.asOf)
            if (r.kind === "accepted") {
              reached.add(r.to)
              queue.push(r.snapshot)
            }
          }
        }
      }
      expect([...reached].sort(), m.id).toEqual(Object.keys(m.states).sort())
    }
  })

  it("a 2026 seal signing case: the drafter's own approval is refused under xuhui-eseal-2015 art 7, the approver's accepted", () => {
    const m = Registry.getMachine("seals/signing")
    if (m === undefined) throw new Error("no machine")
    const start = startingInput(m)
    const started = startCase(m, start.json, "2026-03-02")
    if (started.kind !== "started") throw new Error(started.kind)
    const submitted = fire(m, started.snapshot, "submit", "{}", { agency: "demo-unit", role: "drafter" }, "2026-03-02")
    if (submitted.kind !== "accepted") throw new Error(submitted.kind)
    const events = possibleEvents(m, submitted.snapshot)
    expect(events.map((e) => e.type).sort()).toEqual(["approve", "reject", "withdraw"])
    expect(events.find((e) => e.type === "approve")?.actors).toEqual([
      expect.objectContaining({ agency: "demo-unit", role: "seal-approver" })
    ])
    const refused = fire(m, submitted.snapshot, "approve", "{}", { agency: "demo-unit", role: "drafter" }, "2026-03-02")
    expect(refused).toMatchObject({
      kind: "refused",
      decision: { reasons: [{ rule: "seals/signing/actor-permitted", citations: ["xuhui-eseal-2015/7"] }] }
    })
    const approved = fire(
      m,
      submitted.snapshot,
      "approve",
      "{}",
      { agency: "demo-unit", role: "seal-approver" },
      "2026-03-02"
    )
    expect(approved).toMatchObject({ kind: "accepted", from: "awaiting-approval", to: "approved" })
    expect(startCase(m, start.json, "2014-06-01").kind).toBe("refused")
    expect(startCase(m, { request: {} }, "2026-03-02").kind).toBe("invalid")
  })
})
