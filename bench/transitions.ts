/**
 * Section: transitions. The municipal construction-project approval chain and
 * the certificate lifecycle, driven through the same generated event
 * sequences (mostly lawful steps, some by the wrong actor, some failing a
 * guard, some impossible in the state) with Zhengwu's pure
 * `Transition.transition` and with XState 5 machines built to the same states,
 * events and guards — XState's own pure `transition()` and an actor's
 * `send()`. States, acceptance of every step and the final contexts are
 * checked identical first.
 */
import { Approvals, Certificates, LocalDate, type Machine, Transition } from "@zhengwu/core"
import * as Result from "effect/Result"
import { type AnyStateMachine, createActor, initialTransition, transition as xTransition } from "xstate"
import { asOf, type Rng, rng } from "./lib/fixtures.ts"
import { profileInProcess, summarise, toMarkdown } from "./lib/profile.ts"
import { finish, log, newResult, parseArgs } from "./lib/report.ts"
import { fmt, interleaved, type Measurement } from "./lib/timing.ts"
import { type Actor, approvalChain, lifecycle, type XEvent } from "./lib/xstate-machines.ts"

const day = LocalDate.make(asOf)

interface Step {
  readonly event: { readonly type: string; readonly payload: Record<string, unknown> }
  readonly actor: Actor
  readonly xevent: XEvent
}
interface Sequence {
  readonly context: unknown
  readonly steps: ReadonlyArray<Step>
}
interface Spec {
  readonly id: string
  // biome-ignore lint/suspicious/noExplicitAny: a machine of any context and events
  readonly machine: Machine.Machine<string, any, any>
  readonly xmachine: AnyStateMachine
  readonly context: (r: Rng) => unknown
  readonly payload: (r: Rng, type: string) => Record<string, unknown>
  /** Who lawfully fires an event, given the case's context. */
  readonly actorFor: (r: Rng, type: string, context: unknown) => Actor
  readonly anyActor: (r: Rng, context: unknown) => Actor
  readonly weight: (type: string) => number
}

// -------------------------------------------------------------- approvals

const unit = "demo-unit"
const application = (r: Rng): Approvals.ProjectApplication =>
  ({
    name: "健康云",
    projectUnit: unit,
    funding: r.chance(0.95) ? "municipal-government-investment" : "municipal-annual-it-budget",
    system: {
      publicFacing: r.chance(0.6),
      builtOn: r.chance(0.95) ? "extranet" : "internal-network",
      servedOverInternet: r.chance(0.95),
      classified: false,
      isolatedSingleDepartment: r.chance(0.1)
    },
    newBusinessNetwork: r.chance(0.05) ? { classified: false, stateProvision: null } : null,
    software: [{ name: "数据库", licensed: r.chance(0.95) }],
    securityProducts: [{ name: "防火墙", certified: r.chance(0.97) }],
    protection: { gradedLevel: r.chance(0.97) ? 3 : null, classifiedGrade: null },
    district: null
  }) as unknown as Approvals.ProjectApplication

const approvalActors: Record<string, Actor> = {
  unit: { agency: unit, role: "project-unit" },
  eitc: { agency: "sh-eitc", role: "reviewer" },
  gov: { agency: "sh-gov-office", role: "reviewer" },
  ndrc: { agency: "sh-ndrc", role: "approver" },
  stranger: { agency: "other-unit", role: "project-unit" },
  eitcApprover: { agency: "sh-eitc", role: "approver" }
}

const approvals: Spec = {
  id: "approvals/municipal-construction-project",
  machine: Approvals.constructionProject,
  xmachine: approvalChain,
  context: (r) => Approvals.newProjectContext(application(r)),
  payload: (r, type) => {
    switch (type) {
      case "amend":
        return { application: application(r) }
      case "request-changes":
        return { changes: "补充材料" }
      case "refuse":
        return { reason: "不符合要求" }
      case "approve":
        return {
          reference: "沪发改批〔2026〕1号",
          copiedTo: r.chance(0.92) ? ["sh-gov-office"] : ["sh-eitc"],
          copied: ["approval-document", "budget-arrangement"]
        }
      case "record-procurement":
      case "record-completion-acceptance":
        return { reference: "采购-1" }
      case "record-supervision":
        return { supervisor: "监理单位" }
      default:
        return {}
    }
  },
  actorFor: (r, type) =>
    type === "review-by-eitc"
      ? (approvalActors.eitc as Actor)
      : type === "review-by-gov-office"
        ? (approvalActors.gov as Actor)
        : type === "approve"
          ? (approvalActors.ndrc as Actor)
          : type === "request-changes" || type === "refuse"
            ? (r.pick([approvalActors.eitc, approvalActors.gov, approvalActors.ndrc]) as Actor)
            : (approvalActors.unit as Actor),
  anyActor: (r) => r.pick(Object.values(approvalActors)),
  weight: (type) => (type === "refuse" || type === "withdraw" ? 0.05 : type === "request-changes" ? 0.15 : 1)
}

// --------------------------------------------------------------- lifecycle

const lifecycleApplication = (r: Rng) => {
  const individual = r.chance(0.1)
  const domain = r.pick(["e-government", "e-government", "public-service", "e-commerce"])
  return {
    applicant: individual ? { kind: "individual", id: "p-wang" } : { kind: "government-body", id: "xh-office" },
    holder: individual ? { kind: "individual", id: "p-wang" } : { kind: "unit", id: "xh-office" },
    domain,
    service: {
      id: "ca-sh",
      lawfullyEstablished: r.chance(0.97),
      recognisedBy: r.chance(0.92)
        ? ["sh-informatization-commission", "sh-cryptography-office", "sh-state-secrets-bureau"]
        : ["sh-informatization-commission"],
      meetsUnifiedRequirements: r.chance(0.96)
    },
    documentsValid: r.chance(0.96)
  }
}

const lifecycleSpec: Spec = {
  id: "certificates/lifecycle",
  machine: Certificates.lifecycle,
  xmachine: lifecycle,
  context: (r) => Certificates.initialContext(lifecycleApplication(r) as unknown as Certificates.Application),
  payload: (r, type) => {
    switch (type) {
      case "refuse":
      case "revoke":
        return { reason: "证件过期" }
      case "sign-agreement":
        return { reference: "AGR-2026-001", terms: ["renewal", "loss-report", "revocation", "rights-and-duties"] }
      case "issue":
        return {
          serial: "5A3F00C1",
          validFrom: "2024-01-01",
          validUntil: r.chance(0.9) ? "2035-12-31" : "2025-12-31",
          carrier: { meetsNationalCryptographyRules: r.chance(0.95) },
          fee: r.chance(0.3)
            ? null
            : {
                approvedByPriceAuthority: r.chance(0.9),
                postedByService: r.chance(0.5),
                agreedInServiceAgreement: true
              }
        }
      case "renew":
        return {
          serial: r.chance(0.5) ? "5A3F00C1" : `5A3F${r.int(1000, 9999)}`,
          validFrom: "2026-03-02",
          validUntil: "2036-12-31"
        }
      default:
        return {}
    }
  },
  actorFor: (r, type, context) => {
    const a = (context as Certificates.LifecycleContext).application
    const service = { agency: a.service.id, role: "certification-service" }
    const applicant = { agency: a.applicant.id, role: "applicant" }
    const holder = { agency: a.holder.id, role: "holder" }
    if (type === "sign-agreement") return r.pick([service, applicant])
    if (type === "report-loss") return r.pick([holder, applicant])
    if (type === "withdraw-loss-report") return holder
    return service
  },
  anyActor: (r, context) => {
    const a = (context as Certificates.LifecycleContext).application
    return r.pick([
      { agency: a.service.id, role: "certification-service" },
      { agency: a.applicant.id, role: "applicant" },
      { agency: a.holder.id, role: "holder" },
      { agency: "ca-other", role: "certification-service" }
    ])
  },
  weight: (type) => (type === "refuse" || type === "revoke" ? 0.08 : 1)
}

// ------------------------------------------------------------- generation

const weightedPick = (r: Rng, xs: ReadonlyArray<string>, w: (x: string) => number) => {
  const total = xs.reduce((a, x) => a + w(x), 0)
  let at = r.next() * total
  for (const x of xs) {
    at -= w(x)
    if (at <= 0) return x
  }
  return xs[xs.length - 1] as string
}

/** Sequences of mostly lawful steps, walked on Zhengwu's machine definition (which is the reference). */
const sequences = (spec: Spec, n: number, seed: number): Array<Sequence> => {
  const r = rng(seed)
  const allEvents = Object.keys(spec.machine.events)
  return Array.from({ length: n }, () => {
    const context = spec.context(r)
    const started = Transition.start(spec.machine, context, day)
    if (Result.isFailure(started)) throw new Error(`${spec.id}: the procedure is not in force`)
    let snapshot = started.success
    const steps: Array<Step> = []
    const length = r.int(4, 14)
    while (steps.length < length && spec.machine.states[snapshot.state]?.final !== true) {
      const possible = [
        ...new Set(spec.machine.transitions.filter((t) => t.from === snapshot.state).map((t) => t.event as string))
      ]
      const type = r.chance(0.88) && possible.length > 0 ? weightedPick(r, possible, spec.weight) : r.pick(allEvents)
      const actor = r.chance(0.92) ? spec.actorFor(r, type, snapshot.context) : spec.anyActor(r, snapshot.context)
      const payload = spec.payload(r, type)
      const event = { type, payload }
      steps.push({ event, actor, xevent: { type, payload, actor } })
      const next = Transition.transition(spec.machine, snapshot, event as never, actor as never, day)
      if (next._tag === "Accepted") snapshot = next.snapshot
    }
    return { context, steps }
  })
}

const canonical = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        )
      : v
  )

/** Replays every sequence through both implementations; the first difference, or null. */
const equivalence = (spec: Spec, seqs: ReadonlyArray<Sequence>) => {
  let steps = 0
  let accepted = 0
  for (const [s, seq] of seqs.entries()) {
    const started = Transition.start(spec.machine, seq.context, day)
    if (Result.isFailure(started)) return { steps, accepted, error: `sequence ${s}: not started` }
    let z = started.success
    let [x] = initialTransition(spec.xmachine, seq.context)
    for (const [i, step] of seq.steps.entries()) {
      steps++
      const zr = Transition.transition(spec.machine, z, step.event as never, step.actor as never, day)
      const [xn] = xTransition(spec.xmachine, x, step.xevent)
      const xAccepted = xn !== x
      if ((zr._tag === "Accepted") !== xAccepted)
        return {
          steps,
          accepted,
          error: `sequence ${s} step ${i} (${step.event.type} by ${step.actor.agency}:${step.actor.role} in \`${z.state}\`): zhengwu ${zr._tag}, xstate ${xAccepted ? "accepted" : "refused"}`
        }
      if (zr._tag === "Accepted") {
        accepted++
        z = zr.snapshot
        x = xn
      }
      if (z.state !== (x.value as string))
        return {
          steps,
          accepted,
          error: `sequence ${s} step ${i}: zhengwu \`${z.state}\`, xstate \`${String(x.value)}\``
        }
    }
    if (canonical(z.context) !== canonical(x.context))
      return { steps, accepted, error: `sequence ${s}: final contexts differ` }
  }
  return { steps, accepted, error: null }
}

/** One operation = one step of one sequence; a sequence's first step also starts its case. */
const stepper = <S>(seqs: ReadonlyArray<Sequence>, start: (seq: Sequence) => S, fire: (s: S, step: Step) => S) => {
  let q = 0
  let i = 0
  let state = start(seqs[0] as Sequence)
  return () => {
    let seq = seqs[q] as Sequence
    if (i >= seq.steps.length) {
      q = (q + 1) % seqs.length
      i = 0
      seq = seqs[q] as Sequence
      state = start(seq)
    }
    state = fire(state, seq.steps[i++] as Step)
    return state
  }
}

const main = async () => {
  const args = parseArgs()
  const started = performance.now()
  const result = newResult(
    "transitions",
    "Transitions: Zhengwu's pure transition vs XState 5",
    "The same event sequences through each implementation; every attempted event counts as one transition, accepted or refused. Zhengwu's `Transition.transition` checks the procedure is in force, the event is possible, the actor is in the transition's actor table and every guard (a cited rule) is satisfied, and answers the next snapshot with the decision (findings) or a refusal decision saying why. XState's guards are the same checks as plain booleans and answer no reasons."
  )
  const run = { durationMs: args.quick ? 300 : 3000, warmupMs: args.quick ? 50 : 300, rounds: 3 }
  const nSeq = args.quick ? 300 : 2000
  const worst: Array<{ spec: Spec; seqs: Array<Sequence>; ratio: number }> = []
  for (const [k, spec] of [approvals, lifecycleSpec].entries()) {
    log(`transitions: ${spec.id}`)
    const seqs = sequences(spec, nSeq, 40 + k)
    const eq = equivalence(spec, seqs)
    result.equivalence.push({
      name: spec.id,
      cases: eq.steps,
      ok: eq.error === null,
      detail:
        eq.error ??
        `${seqs.length} sequences, ${eq.accepted} steps accepted and ${eq.steps - eq.accepted} refused by both`
    })
    if (eq.error !== null) continue

    const zStep = stepper(
      seqs,
      (seq) => {
        const s = Transition.start(spec.machine, seq.context, day)
        return Result.isSuccess(s) ? s.success : (undefined as never)
      },
      (snap, step) => {
        const r = Transition.transition(spec.machine, snap, step.event as never, step.actor as never, day)
        return r._tag === "Accepted" ? r.snapshot : snap
      }
    )
    const xStep = stepper(
      seqs,
      (seq) => initialTransition(spec.xmachine, seq.context)[0],
      (snap, step) => xTransition(spec.xmachine, snap, step.xevent)[0]
    )
    const aStep = stepper(
      seqs,
      (seq) => {
        const actor = createActor(spec.xmachine, { input: seq.context })
        actor.start()
        return actor
      },
      (actor, step) => {
        actor.send(step.xevent)
        return actor
      }
    )
    const [z, x, a] = (await interleaved(
      [
        { name: `${spec.id} zhengwu`, sync: zStep },
        { name: `${spec.id} xstate transition`, sync: xStep },
        { name: `${spec.id} xstate actor`, sync: aStep }
      ],
      run
    )) as [Measurement, Measurement, Measurement]
    const baseline = Math.max(x.opsPerSec, a.opsPerSec)
    const row = (name: string, m: Measurement) => [
      name,
      fmt.rate(m.opsPerSec),
      fmt.ns(m.p50Ns),
      fmt.ns(m.p99Ns),
      fmt.ratio(m.opsPerSec / x.opsPerSec),
      fmt.ratio(m.opsPerSec / a.opsPerSec)
    ]
    result.tables.push({
      title: `${spec.id} (${Object.keys(spec.machine.states).length} states, ${spec.machine.transitions.length} transitions, ${Object.keys(spec.machine.guards).length} guards)`,
      columns: ["implementation", "transitions/s", "p50", "p99", "vs XState `transition()`", "vs XState actor"],
      rows: [
        row("Zhengwu `Transition.transition`", z),
        row("XState 5.33.3 pure `transition()`", x),
        row("XState 5.33.3 actor `send()`", a)
      ]
    })
    const ratio = z.opsPerSec / x.opsPerSec
    worst.push({ spec, seqs, ratio })
    result.goals.push({
      goal: `${spec.id}: transitions ≥ 10× XState 5's pure \`transition()\``,
      measured: `${fmt.rate(z.opsPerSec)}/s vs ${fmt.rate(x.opsPerSec)}/s = ${fmt.ratio(ratio)} (${fmt.ratio(z.opsPerSec / baseline)} of the faster XState API, the actor's \`send()\`)`,
      met: ratio >= 10,
      ...(ratio >= 10
        ? {}
        : {
            because:
              "every step re-checks the in-force window and builds guard findings with messages, see the profile",
            next: "precompile the guards and actor checks per (state, event)"
          })
    })
  }
  result.notes.push(
    "The goal is against XState 5's pure `transition()`, as it is given; the ratio to the faster actor API (`send()`) is reported beside it. Floor given in the issue: XState ~140 k transitions/s.",
    "Best of 3 interleaved rounds of 1 s; p50/p99 are means of ~10 µs batches."
  )

  const missed = worst.filter((w) => w.ratio < 10)
  if (args.profile && !args.quick && missed.length > 0) {
    const { spec, seqs } = missed.sort((a, b) => a.ratio - b.ratio)[0] as (typeof worst)[number]
    const step = stepper(
      seqs,
      (seq) => {
        const s = Transition.start(spec.machine, seq.context, day)
        return Result.isSuccess(s) ? s.success : (undefined as never)
      },
      (snap, st) => {
        const r = Transition.transition(spec.machine, snap, st.event as never, st.actor as never, day)
        return r._tag === "Accepted" ? r.snapshot : snap
      }
    )
    const profile = await profileInProcess(() => {
      const end = performance.now() + 1500
      while (performance.now() < end) for (let k = 0; k < 500; k++) step()
    })
    result.profiles.push({
      title: `${spec.id}, Zhengwu \`Transition.transition\``,
      body: toMarkdown(
        summarise(profile),
        "Each transition evaluates the procedure's in-force check (`inForceFinding` → `notInForce`: catalogue lookups for every cited article, a Set and a filter), filters the machine's whole transition list for the state and event, resolves the actor table, then evaluates every guard through `Rule.evaluate` — which repeats the in-force check for each guard's citations and builds a finding with bilingual messages and facts — and `fromFindings` to derive the outcome. Fix in `packages/core`: index transitions by `(from, event)` once per machine (a Map built at `Machine.make`), memoise `notInForce` per `(citations, asOf)` (documents' dates are static data — a rule's in-force window can be computed once at `Rule.make`), and build the messages lazily (a finding's message as a thunk or formatted on read) so an accepted step costs comparisons and one snapshot object."
      )
    })
  }
  finish(args, result, started)
}

if (import.meta.main) await main()
