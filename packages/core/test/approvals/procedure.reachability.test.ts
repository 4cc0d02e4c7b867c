import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { agency, budget, d, minhang, municipal } from "./fixtures.ts"

/**
 * Model-based: walk each machine breadth-first from its initial state, firing
 * every transition with an actor from its own actor table and a payload that
 * passes its guards, and check that the real transition function reaches
 * every state.
 */
const payloads: Record<string, unknown> = {
  submit: {},
  amend: { application: municipal },
  "review-by-eitc": {},
  "review-by-gov-office": {},
  "request-changes": { changes: "补充" },
  refuse: { reason: "否" },
  approve: { reference: "批复", copiedTo: ["sh-gov-office"], copied: ["approval-document", "budget-arrangement"] },
  withdraw: {},
  "record-procurement": { reference: "p" },
  "record-supervision": { supervisor: "s" },
  "record-completion-acceptance": { reference: "a" },
  "record-roll-out": {},
  "pass-review": { note: "同意" },
  "fail-review": { note: "否" },
  "submit-for-acceptance": {},
  "pass-acceptance": { reference: "验收" },
  "record-evaluation": { period: "2027", summary: "良好" },
  "submit-for-approval": { coDrafters: ["sh-ndrc", "sh-eitc"], opinionsSought: true },
  return: { reason: "修改" },
  publish: {},
  revise: { title: "t", cityPlan: "上海市电子政务发展规划", milestones: ["Q2"] },
  file: {},
  register: { reference: "备-1" },
  "report-progress": { period: "Q1", summary: "s" },
  open: { filing: { reference: "网备-1" } },
  change: { description: "改版", filing: { reference: "网备-2" } }
}

const actorFor = (m: AnyMachine, s: Snapshot<string, unknown>, event: string): Actor => {
  const rule = m.transitions.find((t) => t.from === s.state && t.event === event)?.actors[0]
  if (rule === undefined) throw new Error(`no actor for ${event}`)
  const a =
    rule.agency.kind === "named"
      ? rule.agency.agency
      : rule.agency.kind === "case"
        ? (m.agencyRefs[rule.agency.ref]?.resolve(s.context) ?? "")
        : "anyone"
  return { agency: a as AgencyId, role: rule.role }
}

const shortestPaths = (m: AnyMachine, start: Snapshot<string, unknown>, payloadFor = payloads) => {
  // breadth-first over snapshots (state and context), since guards read the context (e.g. the reviews given)
  const reached = new Map<string, Array<string>>([[start.state, []]])
  const seen = new Set<string>()
  const queue: Array<[Snapshot<string, unknown>, Array<string>]> = [[start, []]]
  while (queue.length > 0) {
    const [s, path] = queue.shift() as [Snapshot<string, unknown>, Array<string>]
    if (path.length > 8) continue
    // a self-loop (a review, an evaluation, a change) is fired at most once per path
    const next = m.transitions.filter((x) => x.from === s.state && !(x.to === x.from && path.includes(x.event)))
    for (const t of next) {
      const r = Transition.transition(
        m,
        s,
        { type: t.event, payload: payloadFor[t.event] },
        actorFor(m, s, t.event),
        d("2026-03-02")
      )
      if (r._tag !== "Accepted") continue
      const key = JSON.stringify([r.snapshot.state, r.snapshot.context])
      if (seen.has(key)) continue
      seen.add(key)
      if (!reached.has(r.snapshot.state)) reached.set(r.snapshot.state, [...path, t.event])
      queue.push([r.snapshot, [...path, t.event]])
    }
  }
  return reached
}

const cases: ReadonlyArray<{ machine: AnyMachine; context: unknown; payloads?: Record<string, unknown> }> = [
  { machine: Approvals.constructionProject, context: Approvals.newProjectContext(municipal) },
  {
    machine: Approvals.budgetProject,
    context: Approvals.newProjectContext(budget),
    payloads: { ...payloads, amend: { application: budget } }
  },
  {
    machine: Approvals.districtProject,
    context: Approvals.newDistrictContext(minhang, agency("mh-big-data-centre")),
    payloads: { ...payloads, amend: { application: minhang } }
  },
  { machine: Approvals.cityPlan, context: Approvals.newCityPlanContext("上海市电子政务发展规划") },
  {
    machine: Approvals.planFiling,
    context: Approvals.newPlanFilingContext({
      kind: "annual-work-plan",
      title: "2026年度工作计划",
      filer: agency("mh-gov"),
      cityPlan: null,
      milestones: ["Q2"]
    })
  },
  {
    machine: Approvals.websiteFiling,
    context: Approvals.newWebsiteContext({ name: "区政府网", domain: "example.gov.cn", unit: agency("mh-office") })
  }
]

describe("approvals machines: reachability and shape", () => {
  it.each(cases.map((c) => [c.machine.id, c] as const))(
    "every state of %s is reachable through the transition function",
    (_, c) => {
      const s = Transition.start(c.machine, c.context, d("2026-03-02"))
      if (Result.isFailure(s)) throw new Error("start refused")
      const paths = shortestPaths(c.machine, s.success, c.payloads)
      expect([...paths.keys()].sort()).toEqual(Object.keys(c.machine.states).sort())
    }
  )

  it("the shortest path to `approved` is submit, both reviews, approve", () => {
    const s = Transition.start(Approvals.constructionProject, Approvals.newProjectContext(municipal), d("2026-03-02"))
    if (Result.isFailure(s)) throw new Error("start refused")
    expect(shortestPaths(Approvals.constructionProject, s.success).get("approved")).toEqual([
      "submit",
      "review-by-eitc",
      "review-by-gov-office",
      "approve"
    ])
  })

  it.each(cases.map((c) => [c.machine.id, c.machine] as const))(
    "in %s every final state has no outgoing transition and every other state has one",
    (_, m) => {
      for (const [id, node] of Object.entries(m.states)) {
        const out = m.transitions.filter((t) => t.from === id).length
        if (node.final === true) expect(out).toBe(0)
        else expect(out).toBeGreaterThan(0)
      }
    }
  )

  it.each(cases.map((c) => [c.machine.id, c.machine] as const))(
    "in %s every guard a transition names is defined, every defined guard is used, and every action exists",
    (_, m) => {
      const named = new Set(m.transitions.flatMap((t) => t.guards))
      expect([...named].sort()).toEqual(Object.keys(m.guards).sort())
      for (const t of m.transitions) if (t.action !== undefined) expect(m.actions[t.action]).toBeDefined()
      for (const t of m.transitions) expect(Object.keys(m.events)).toContain(t.event)
    }
  )
})
