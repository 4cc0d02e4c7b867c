import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Rule from "../../src/decision/Rule.ts"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Arb from "../../src/testing/arbitraries/approvals.ts"
import { d } from "./fixtures.ts"

type Ev = { readonly type: string; readonly payload: unknown }
type Step = { readonly event: Ev; readonly actor: Actor; readonly asOf: string }
type Traced = {
  readonly before: Snapshot<string, unknown>
  readonly step: Step
  readonly result: Transition.TransitionResult<string, unknown>
}

const startDay = d("2024-01-02")
const both: ReadonlyArray<Approvals.CopiedDocument> = ["approval-document", "budget-arrangement"]

/** Runs the steps through the real transition function, checking at each step that a refusal changed nothing. */
const run = (m: AnyMachine, context: unknown, steps: ReadonlyArray<Step>) => {
  const started = Transition.start(m, context, startDay)
  if (started._tag !== "Success") throw new Error("start refused")
  const initial = started.success as Snapshot<string, unknown>
  let s = initial
  const trace: Array<Traced> = []
  for (const step of steps) {
    const before = structuredClone(s)
    const result = Transition.transition(m, s, step.event as never, step.actor, step.asOf as never)
    expect(s).toEqual(before) // the snapshot passed in is never modified
    trace.push({ before, step, result })
    if (result._tag === "Accepted") s = result.snapshot
  }
  return { initial, final: s, trace }
}

// ---------------------------------------------------------------------------------------------------------------
// The municipal chains (arts 10-12)

const chains = [
  { machine: Approvals.constructionProject, lead: Approvals.ndrc, funding: "municipal-government-investment" },
  { machine: Approvals.budgetProject, lead: Approvals.finance, funding: "municipal-annual-it-budget" }
] as const

/**
 * Applications and steps biased towards the actors of the actor table, days
 * in force and the events that lead to approval, so that cases do reach
 * `approved`; one step in six is anyone firing anything on any day.
 */
const chainScenario = (lead: Approvals.Agency, funding: (typeof chains)[number]["funding"]) =>
  fc
    .tuple(
      fc.oneof({ arbitrary: Arb.compliantApplication(funding), weight: 4 }, Arb.projectApplication),
      Arb.projectUnit
    )
    .chain(([application]) => {
      const app = fc.oneof({ arbitrary: Arb.compliantApplication(funding), weight: 3 }, Arb.projectApplication)
      const unit = { agency: application.projectUnit, role: "project-unit" }
      const eitc = { agency: Approvals.eitc.id, role: "reviewer" }
      const office = { agency: Approvals.govOffice.id, role: "reviewer" }
      const approver = { agency: lead.id, role: "approver" }
      const pair = (event: Ev, actor: Actor) => fc.constant({ event, actor })
      const owned = fc.oneof(
        { arbitrary: pair({ type: "submit", payload: {} }, unit), weight: 4 },
        {
          arbitrary: app.map((a) => ({ event: { type: "amend", payload: { application: a } }, actor: unit })),
          weight: 2
        },
        { arbitrary: pair({ type: "review-by-eitc", payload: {} }, eitc), weight: 4 },
        { arbitrary: pair({ type: "review-by-gov-office", payload: {} }, office), weight: 4 },
        {
          arbitrary: Arb.copiedTo.map((copiedTo) => ({
            event: { type: "approve", payload: { reference: "批复", copiedTo, copied: both } },
            actor: approver
          })),
          weight: 5
        },
        {
          arbitrary: fc
            .constantFrom(eitc, office, approver)
            .map((actor) => ({ event: { type: "request-changes", payload: { changes: "补充" } }, actor })),
          weight: 1
        },
        {
          arbitrary: fc
            .constantFrom(eitc, office, approver)
            .map((actor) => ({ event: { type: "refuse", payload: { reason: "否" } }, actor })),
          weight: 1
        },
        { arbitrary: pair({ type: "withdraw", payload: {} }, unit), weight: 1 },
        { arbitrary: pair({ type: "record-procurement", payload: { reference: "p" } }, unit), weight: 2 },
        { arbitrary: pair({ type: "record-supervision", payload: { supervisor: "s" } }, unit), weight: 2 },
        { arbitrary: pair({ type: "record-completion-acceptance", payload: { reference: "a" } }, unit), weight: 2 },
        { arbitrary: pair({ type: "record-roll-out", payload: {} }, unit), weight: 2 }
      )
      const day = fc.oneof({ arbitrary: Arb.localDate.filter((x) => x >= "2012-05-28"), weight: 9 }, Arb.localDate)
      const ownedStep = fc.record({ pair: owned, asOf: day }).map(({ pair, asOf }): Step => ({ ...pair, asOf }))
      const anyStep = fc.record({
        event: Arb.projectEvent(Arb.projectApplication),
        actor: Arb.actor,
        asOf: Arb.localDate
      })
      const noise = fc.array(
        fc.oneof({ arbitrary: ownedStep, weight: 5 }, { arbitrary: anyStep as fc.Arbitrary<Step>, weight: 1 }),
        { minLength: 2, maxLength: 16 }
      )
      // a path to approval (sometimes through an amendment), interleaved with the noise, in one case in two
      const path = (amend: boolean) =>
        fc.tuple(app, Arb.copiedTo, day).map(([a, copiedTo, asOf]): ReadonlyArray<Step> => {
          const at = (event: Ev, actor: Actor): Step => ({
            event,
            actor,
            asOf: asOf < "2012-05-28" ? "2012-05-28" : asOf
          })
          const review = [
            at({ type: "review-by-eitc", payload: {} }, eitc),
            at({ type: "review-by-gov-office", payload: {} }, office)
          ]
          return [
            at({ type: "submit", payload: {} }, unit),
            ...review,
            ...(amend ? [at({ type: "amend", payload: { application: a } }, unit), ...review] : []),
            at({ type: "approve", payload: { reference: "批复", copiedTo, copied: both } }, approver)
          ]
        })
      const skeleton = fc.oneof(fc.constant<ReadonlyArray<Step>>([]), path(false), path(true))
      const steps = fc
        .tuple(skeleton, noise, fc.array(fc.nat({ max: 16 }), { minLength: 9, maxLength: 9 }))
        .map(([sk, ns, at]) => {
          const out = [...ns]
          const slots = [...at].sort((x, y) => x - y)
          for (const [i, st] of sk.entries()) out.splice(Math.min((slots[i] ?? 0) + i, out.length), 0, st)
          return out
        })
      return fc.tuple(fc.constant(application), steps)
    })

for (const { machine, lead, funding } of chains) {
  describe(`${machine.id} invariants`, () => {
    const scenario = chainScenario(lead, funding)
    const ctx = (a: Approvals.ProjectApplication) => Approvals.newProjectContext(a)

    it("no project reaches `approved` without both required reviews since its last amendment", () => {
      let approvedCases = 0
      let amendedThenApproved = 0
      fc.assert(
        fc.property(scenario, ([application, steps]) => {
          const { final, trace } = run(machine, ctx(application), steps)
          const approvals = trace.flatMap((t, i) =>
            t.result._tag === "Accepted" && t.result.to === "approved" ? [i] : []
          )
          for (const i of approvals) {
            const since = trace
              .slice(0, i)
              .reduce((j, t, k) => (t.result._tag === "Accepted" && t.step.event.type === "amend" ? k : j), -1)
            const window = trace.slice(since + 1, i).filter((t) => t.result._tag === "Accepted")
            const reviewers = window
              .filter((t) => t.step.event.type.startsWith("review-by-"))
              .map((t) => t.step.actor.agency)
            expect(reviewers).toContain(Approvals.eitc.id)
            expect(reviewers).toContain(Approvals.govOffice.id)
            if (since >= 0) amendedThenApproved++
          }
          if (Approvals.approvedStates.includes(final.state as Approvals.ProjectState)) approvedCases++
        }),
        { numRuns: 3000 }
      )
      // the property must not hold vacuously: cases do reach approval, some of them after an amendment
      expect(approvedCases).toBeGreaterThan(100)
      expect(amendedThenApproved).toBeGreaterThan(10)
    })

    it("only the lead agency's approval moves a project to `approved`, and every approved project has its copy to the general office", () => {
      let approvedSnapshots = 0
      fc.assert(
        fc.property(scenario, ([application, steps]) => {
          for (const t of run(machine, ctx(application), steps).trace) {
            if (t.result._tag !== "Accepted") continue
            if (t.result.to === "approved" && t.result.from !== "approved") {
              expect(t.step.event.type).toBe("approve")
              expect(t.step.actor).toEqual({ agency: lead.id, role: "approver" })
            }
            const s = t.result.snapshot as Snapshot<Approvals.ProjectState, Approvals.ProjectContext>
            if (Approvals.approvedStates.includes(s.state)) {
              approvedSnapshots++
              expect(s.context.approval?.by).toBe(lead.id)
              expect(s.context.approval?.copiedTo).toContain(Approvals.govOffice.id)
              expect(s.context.approval?.copied).toEqual(both)
            } else expect(s.context.approval).toBeNull()
          }
        }),
        { numRuns: 2000 }
      )
      expect(approvedSnapshots).toBeGreaterThan(100)
    })

    it("an approval refused for want of the copy to the general office does occur, and is refused under art 12", () => {
      let refusedForCopy = 0
      fc.assert(
        fc.property(scenario, ([application, steps]) => {
          for (const t of run(machine, ctx(application), steps).trace)
            if (
              t.result._tag === "Refused" &&
              t.result.decision.reasons.some((f) => f.rule === "approvals/approval-copied-to-general-office")
            ) {
              refusedForCopy++
              expect(t.result.decision.reasons.flatMap((f) => f.citations)).toContain("sh-egov-2012/12")
            }
        }),
        { numRuns: 1000 }
      )
      expect(refusedForCopy).toBeGreaterThan(10)
    })
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Every approvals machine: refusals, terminal states, replay, the actor table

type Harness = {
  readonly machine: AnyMachine
  readonly context: fc.Arbitrary<unknown>
  readonly event: fc.Arbitrary<Ev>
}

const minhangApp = fc.oneof(
  { arbitrary: Arb.compliantApplication("district-level", "minhang"), weight: 3 },
  Arb.projectApplication
)
const competentBody = fc.constantFrom("mh-big-data-centre", "mh-office").map((s) => s as AgencyId)
const harnesses: ReadonlyArray<Harness> = [
  ...chains.map(({ machine, funding }) => ({
    machine,
    context: fc
      .oneof({ arbitrary: Arb.compliantApplication(funding), weight: 3 }, Arb.projectApplication)
      .map(Approvals.newProjectContext),
    event: Arb.projectEvent(fc.oneof(Arb.compliantApplication(funding), Arb.projectApplication)) as fc.Arbitrary<Ev>
  })),
  {
    machine: Approvals.districtProject,
    context: fc.tuple(minhangApp, competentBody).map(([a, b]) => Approvals.newDistrictContext(a, b)),
    event: Arb.districtEvent(minhangApp) as fc.Arbitrary<Ev>
  },
  {
    machine: Approvals.cityPlan,
    context: fc.constant(Approvals.newCityPlanContext("上海市电子政务发展规划")),
    event: Arb.cityPlanEvent as fc.Arbitrary<Ev>
  },
  {
    machine: Approvals.planFiling,
    context: Arb.planFiling.map(Approvals.newPlanFilingContext),
    event: Arb.planFilingEvent as fc.Arbitrary<Ev>
  },
  {
    machine: Approvals.websiteFiling,
    context: Arb.website.map(Approvals.newWebsiteContext),
    event: Arb.websiteEvent as fc.Arbitrary<Ev>
  }
]

/** The actors a machine's tables name for a context (named agencies and the case's own), plus anyone. */
const tableActors = (m: AnyMachine, context: unknown, event?: string): ReadonlyArray<Actor> =>
  m.transitions
    .filter((t) => event === undefined || t.event === event)
    .flatMap((t) =>
      t.actors.flatMap((r) => {
        if (r.agency.kind === "named") return [{ agency: r.agency.agency as AgencyId, role: r.role }]
        if (r.agency.kind === "case") {
          const ref = m.agencyRefs[r.agency.ref]
          return ref === undefined ? [] : [{ agency: ref.resolve(context) as AgencyId, role: r.role }]
        }
        return []
      })
    )

const scenario = (h: Harness) =>
  h.context.chain((context) => {
    const actors = tableActors(h.machine, context)
    /** Mostly an actor the event's own table names; otherwise anyone, or a table agency in a table role. */
    const actorFor = (event: Ev) => {
      const own = tableActors(h.machine, context, event.type)
      return fc.oneof(
        ...(own.length > 0 ? [{ arbitrary: fc.constantFrom(...own), weight: 4 }] : []),
        { arbitrary: Arb.actor, weight: 1 },
        {
          arbitrary: fc.record({
            agency: fc.constantFrom(...actors.map((a) => a.agency)),
            role: fc.constantFrom(...actors.map((a) => a.role))
          }),
          weight: 1
        }
      )
    }
    const asOf = fc.oneof({ arbitrary: Arb.localDate.filter((x) => x >= "2023-09-08"), weight: 6 }, Arb.localDate)
    const step = fc
      .tuple(h.event, asOf)
      .chain(([event, day]) => actorFor(event).map((actor): Step => ({ event, actor, asOf: day })))
    return fc.tuple(fc.constant(context), fc.array(step, { minLength: 1, maxLength: 20 }))
  })

for (const h of harnesses) {
  const m = h.machine
  const finals = new Set(Object.entries(m.states).flatMap(([id, s]) => (s.final === true ? [id] : [])))

  describe(`${m.id}: the transition function's invariants`, () => {
    it("a refused event leaves the state untouched, versions count accepted events, and a refusal is never `allowed`", () => {
      let refusals = 0
      let acceptances = 0
      fc.assert(
        fc.property(scenario(h), ([context, steps]) => {
          const { final, trace } = run(m, context, steps)
          for (const t of trace) {
            if (t.result._tag === "Refused") {
              refusals++
              expect(t.result.decision.outcome).toBe("refused")
              expect(t.result.decision.reasons.length).toBeGreaterThan(0)
            } else acceptances++
          }
          expect(final.version).toBe(trace.filter((t) => t.result._tag === "Accepted").length)
        }),
        { numRuns: 500 }
      )
      expect(refusals).toBeGreaterThan(100)
      expect(acceptances).toBeGreaterThan(100)
    })

    it("terminal states absorb: once final, every later event is refused and the state stays", () => {
      let reachedFinal = 0
      fc.assert(
        fc.property(scenario(h), ([context, steps]) => {
          const { trace } = run(m, context, steps)
          const first = trace.findIndex((t) => finals.has(t.before.state))
          if (first < 0) return
          reachedFinal++
          for (const t of trace.slice(first)) {
            expect(t.result._tag).toBe("Refused")
            expect(finals.has(t.before.state)).toBe(true)
          }
        }),
        { numRuns: 1500 }
      )
      if (finals.size > 0) expect(reachedFinal).toBeGreaterThan(20)
      else expect(m.transitions.length).toBeGreaterThan(0) // no final state: nothing to absorb
    })

    it("replaying the accepted events from the initial snapshot reproduces the state", () => {
      fc.assert(
        fc.property(scenario(h), ([context, steps]) => {
          const { initial, final, trace } = run(m, context, steps)
          const replayed = trace.reduce(
            (s, t) => (t.result._tag === "Accepted" ? Transition.replay(m, s, t.step.event as never, t.result.to) : s),
            initial
          )
          expect(replayed).toEqual(final)
        }),
        { numRuns: 500 }
      )
    })

    it("an actor outside an event's actor table is always refused, citing the table's articles", () => {
      let outsiders = 0
      fc.assert(
        fc.property(scenario(h), ([context, steps]) => {
          for (const t of run(m, context, steps).trace) {
            const candidates = m.transitions.filter((x) => x.from === t.before.state && x.event === t.step.event.type)
            const inTable = candidates.some((x) =>
              x.actors.some((r) => Transition.actorMatches(m, r, t.step.actor, t.before.context))
            )
            const r = t.result
            if (r._tag === "Accepted") {
              const taken = candidates.find((x) => x.to === r.to)
              expect(taken?.actors.some((r) => Transition.actorMatches(m, r, t.step.actor, t.before.context))).toBe(
                true
              )
            }
            if (candidates.length > 0 && !inTable) {
              outsiders++
              expect(t.result._tag).toBe("Refused")
              const reason = t.result.decision.reasons[0]
              // the procedure's being in force is checked first; on a day it is, the actor table decides
              if (Rule.notInForce(m, t.step.asOf as never).length > 0) {
                expect(reason?.rule).toBe(`${m.id}/in-force`)
                continue
              }
              expect(reason?.rule).toBe(`${m.id}/actor-permitted`)
              expect(reason?.citations).toEqual([
                ...new Set(candidates.flatMap((x) => x.actors.flatMap((r) => r.citations)))
              ])
            }
          }
        }),
        { numRuns: 500 }
      )
      expect(outsiders).toBeGreaterThan(50)
    })
  })
}
