/**
 * Section: the who-may-fire decision beside Cedar. The actor tables of the
 * approval machines are written as Cedar policies (one `permit` per
 * transition and actor-table entry) over the same principals (an agency and a
 * role) and events (Cedar actions), with the case as the resource (its
 * machine as the entity type, its state and the agencies bound to it as
 * attributes). fast-check generates requests (machine, state, event, actor,
 * case built from the machine's example with its own unit's agency varied);
 * Zhengwu's compiled actor check, its `Transition.transition` and Cedar's
 * `isAuthorized` are checked to give the same answer on every one before any
 * timing, then timed on one request mix.
 */
import * as Cedar from "@cedar-policy/cedar-wasm/nodejs"
import { type Actor, LocalDate, Registry, Transition } from "@zhengwu/core"
import * as Schema from "effect/Schema"
import * as fc from "fast-check"
// the per-(state, event) index `Transition.transition` runs, from the same source the package is built from
import { stepsFrom } from "../packages/core/src/machine/compiled.ts"
import { finish, log, newResult, parseArgs } from "./lib/report.ts"
import { fmt, interleaved, type Measurement } from "./lib/timing.ts"

// biome-ignore lint/suspicious/noExplicitAny: the registry's machines have contexts and events of every type
type AnyMachine = Parameters<typeof stepsFrom>[0] & { readonly context: any }

const cedarVersion = Cedar.getCedarVersion()

// ------------------------------------------------------------- the policies

/** `approvals/municipal-construction-project` → `Approvals::MunicipalConstructionProject`. */
const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/u)
    .filter((w) => w !== "")
    .map((w) => (w[0] as string).toUpperCase() + w.slice(1))
    .join("")
const caseType = (machineId: string) => `Approvals::${pascal(machineId.replace(/^approvals\//u, ""))}`
const str = (s: string) => JSON.stringify(s)

/** One `permit` per (transition, actor-table entry), in the order of the definition. */
const policiesOf = (m: AnyMachine): Array<{ id: string; text: string }> =>
  m.transitions.flatMap((t, ti) =>
    t.actors.map((a, ai) => {
      const agency =
        a.agency.kind === "named"
          ? ` &&\n  principal.agency == ${str(a.agency.agency)}`
          : a.agency.kind === "case"
            ? ` &&\n  principal.agency == resource.agencies.${a.agency.ref}`
            : ""
      const id = `${m.id} #${ti}.${ai} ${t.from} ${t.event}`
      return {
        id,
        text: `@id(${str(id)})\npermit (\n  principal is Approvals::Actor,\n  action == Approvals::Action::${str(t.event as string)},\n  resource is ${caseType(m.id)}\n) when {\n  resource.state == ${str(t.from)} &&\n  principal.role == ${str(a.role)}${agency}\n};`
      }
    })
  )

// ------------------------------------------------------------- the requests

interface Case {
  readonly id: string
  readonly machine: AnyMachine
  readonly context: unknown
  /** The agencies bound to the case, resolved by the machine's references. */
  readonly agencies: Readonly<Record<string, string>>
}

interface Request {
  readonly kase: Case
  readonly state: string
  readonly event: { readonly type: string; readonly payload: unknown }
  readonly actor: Actor.Actor
  readonly cedar: Cedar.AuthorizationCall
}

const machines = Registry.machines.filter((m) => m.id.startsWith("approvals/")) as unknown as ReadonlyArray<AnyMachine>
const exampleOf = (m: AnyMachine) => {
  const e = Registry.examples.find((x) => x.machine === m.id)
  if (e === undefined) throw new Error(`${m.id}: no example`)
  return e
}

/** A case of the machine from its example, with its own unit's agency renamed to `unit`. */
const caseOf = (m: AnyMachine, unit: string, n: number): Case => {
  const e = exampleOf(m)
  const input = JSON.parse(JSON.stringify(e.input).replaceAll(str(e.unitAgency), str(unit)))
  const context = m.initialContext(Schema.decodeUnknownSync(m.input as Schema.Codec<unknown, unknown>)(input))
  const agencies = Object.fromEntries(Object.entries(m.agencyRefs).map(([k, ref]) => [k, ref.resolve(context)]))
  return { id: `case-${n}`, machine: m, context, agencies }
}

const actorUid = (a: Actor.Actor) => ({ type: "Approvals::Actor", id: `${a.agency}#${a.role}` })

/** Cedar's request: the actor and the case as entities, the event as the action. */
const cedarCall = (kase: Case, state: string, event: string, actor: Actor.Actor): Cedar.AuthorizationCall => {
  const resource = { type: caseType(kase.machine.id), id: kase.id }
  return {
    principal: actorUid(actor),
    action: { type: "Approvals::Action", id: event },
    resource,
    context: {},
    policies: {},
    entities: [
      { uid: actorUid(actor), attrs: { agency: actor.agency, role: actor.role }, parents: [] },
      { uid: resource, attrs: { state, agencies: { ...kase.agencies } }, parents: [] }
    ]
  }
}

const named = [
  ...new Set(
    machines.flatMap((m) =>
      m.transitions.flatMap((t) => t.actors.flatMap((a) => (a.agency.kind === "named" ? [a.agency.agency] : [])))
    )
  )
]
const roles = [...new Set(machines.flatMap((m) => Object.keys(m.roles)))]
const units = ["demo-unit", "xh-office", "pd-health", "other-unit"]

let caseCount = 0
/**
 * A request: mostly one a transition's actor table permits (its state, its
 * event, an actor its entry names), then now and then one thing changed (the
 * role, the agency, the state or the event); otherwise anything.
 */
const requestArb: fc.Arbitrary<Request> = fc
  .record({
    m: fc.constantFrom(...machines),
    unit: fc.constantFrom(...units),
    kind: fc.constantFrom("lawful", "lawful", "lawful", "changed", "changed", "any"),
    change: fc.constantFrom("role", "agency", "state", "event"),
    t: fc.nat(),
    a: fc.nat(),
    agency: fc.constantFrom(...named, ...units),
    role: fc.constantFrom(...roles, "clerk"),
    state: fc.nat(),
    event: fc.nat()
  })
  .map((g) => {
    const m = g.m
    const kase = caseOf(m, g.unit, caseCount++)
    const states = Object.keys(m.states)
    const events = Object.keys(m.events)
    let state = states[g.state % states.length] as string
    let event = events[g.event % events.length] as string
    let actor: Actor.Actor = { agency: g.agency as Actor.AgencyId, role: g.role }
    if (g.kind !== "any") {
      const t = m.transitions[g.t % m.transitions.length] as AnyMachine["transitions"][number]
      const rule = t.actors[g.a % t.actors.length] as (typeof t.actors)[number]
      const agency =
        rule.agency.kind === "named"
          ? rule.agency.agency
          : rule.agency.kind === "case"
            ? (kase.agencies[rule.agency.ref] as string)
            : g.agency
      actor = { agency: agency as Actor.AgencyId, role: rule.role }
      state = t.from
      event = t.event as string
      if (g.kind === "changed") {
        if (g.change === "role") actor = { ...actor, role: g.role }
        else if (g.change === "agency") actor = { ...actor, agency: g.agency as Actor.AgencyId }
        else if (g.change === "state") state = states[g.state % states.length] as string
        else event = events[g.event % events.length] as string
      }
    }
    const payload = (exampleOf(m).payloads as Record<string, unknown>)[event] ?? {}
    const node = m.events[event]
    if (node === undefined) throw new Error(`${m.id}: no event ${event}`)
    const decoded = Schema.decodeUnknownSync(node.payload as Schema.Codec<unknown, unknown>)(payload)
    return { kase, state, event: { type: event, payload: decoded }, actor, cedar: cedarCall(kase, state, event, actor) }
  })

// -------------------------------------------------------------- the answers

const day = LocalDate.make(exampleOf(machines[0] as AnyMachine).asOf)

/** Zhengwu's actor check: does any transition from (state, event) let this actor fire it on this case. */
const permits = (r: Request): boolean => {
  const steps = stepsFrom(r.kase.machine, r.state, r.event.type)
  for (const s of steps) if (s.permits(r.actor, r.kase.context)) return true
  return false
}

const snapshotOf = (r: Request) => ({ machine: r.kase.machine.id, state: r.state, context: r.kase.context, version: 0 })

/** The same through the public transition: permitted unless refused as impossible or by the wrong actor. */
const transitionPermits = (r: Request): boolean => {
  const out = Transition.transition(r.kase.machine, snapshotOf(r), r.event as never, r.actor, day)
  return !(
    out._tag === "Refused" &&
    (out.decision.refusal === "no-such-transition" || out.decision.refusal === "actor-not-permitted")
  )
}

const psetId = "approvals"
const cedarAllows = (r: Request): { allow: boolean; error: string | null } => {
  const { policies: _, ...call } = r.cedar
  const a = Cedar.statefulIsAuthorized({ ...call, preparsedPolicySetId: psetId })
  if (a.type === "failure") return { allow: false, error: a.errors.map((e) => e.message).join("; ") }
  const errors = a.response.diagnostics.errors
  return {
    allow: a.response.decision === "allow",
    error: errors.length === 0 ? null : errors.map((e) => `${e.policyId}: ${e.error.message}`).join("; ")
  }
}

const describe = (r: Request) =>
  `${r.kase.machine.id} in \`${r.state}\`, ${r.event.type} by ${r.actor.agency}:${r.actor.role} (case agencies ${JSON.stringify(r.kase.agencies)})`

const disagreement = (r: Request): string | null => {
  const z = permits(r)
  const t = transitionPermits(r)
  const c = cedarAllows(r)
  if (c.error !== null) return `${describe(r)}: Cedar errors ${c.error}`
  if (z !== t || z !== c.allow)
    return `${describe(r)}: compiled actor check ${z}, \`Transition.transition\` ${t}, Cedar ${c.allow ? "allow" : "deny"}`
  return null
}

// ------------------------------------------------------------------- main

const main = async () => {
  const args = parseArgs()
  const started = performance.now()
  const result = newResult(
    "cedar",
    "Who may fire an event: Zhengwu's actor check vs Cedar",
    `The actor tables of the six approval machines written as Cedar policies over the same principals and events: one \`permit\` per (transition, actor-table entry), principal an \`Approvals::Actor\` with its agency and role, action the event, resource the case (entity type per machine) with its state and the agencies the machine binds to it (its \`agencyRefs\`, resolved from the case's context) as attributes; \`when\` compares the state, the role and the agency (named, the case's own, or none for \`any\`). fast-check generates requests — machine, state, event, actor, and a case from the machine's example with its own unit's agency varied — mostly ones a table entry permits, some with one thing changed, some anything. Zhengwu's answer is its compiled per-(state, event) actor check (the predicate \`Transition.transition\` runs) and, beside it, whether \`Transition.transition\` does not refuse as \`no-such-transition\` or \`actor-not-permitted\`; Cedar's is Allow/Deny of \`isAuthorized\` (Cedar ${cedarVersion}, \`@cedar-policy/cedar-wasm\` 4.13.0, its Node.js build).`
  )

  // the policies, parsed and checked once
  const policies = machines.flatMap(policiesOf)
  const policyText = policies.map((p) => p.text).join("\n\n")
  const parsed = Cedar.preparsePolicySet(psetId, { staticPolicies: policyText })
  if (parsed.type === "failure") throw new Error(`cedar: ${parsed.errors.map((e) => e.message).join("; ")}`)
  // and one set per machine (a Cedar user could keep a store per resource type): fewer policies to evaluate
  for (const m of machines) {
    const one = Cedar.preparsePolicySet(m.id, {
      staticPolicies: policiesOf(m)
        .map((p) => p.text)
        .join("\n\n")
    })
    if (one.type === "failure") throw new Error(`cedar: ${m.id}: ${one.errors.map((e) => e.message).join("; ")}`)
  }
  // no policies at all: what crossing into Wasm and back costs (every request is denied)
  const empty = Cedar.preparsePolicySet("empty", { staticPolicies: "" })
  if (empty.type === "failure") throw new Error("cedar: the empty policy set")
  log(`cedar: ${policies.length} policies from ${machines.length} machines`)

  // equivalence, before any timing: a property over generated requests, then the timing mix itself
  const nProperty = args.quick ? 1000 : 12000
  const nMix = args.quick ? 1000 : 8000
  const checked = fc.check(
    fc.property(requestArb, (r) => disagreement(r) === null),
    { numRuns: nProperty, seed: 19 }
  )
  const mix = fc.sample(requestArb, { numRuns: nMix, seed: 1919 })
  let mixError: string | null = null
  let allowed = 0
  let mixChecked = 0
  if (!checked.failed)
    for (const r of mix) {
      mixChecked++
      mixError = disagreement(r)
      if (mixError !== null) break
      if (permits(r)) allowed++
    }
  const counter = checked.failed ? (checked.counterexample?.[0] as Request | undefined) : undefined
  const error =
    counter !== undefined ? disagreement(counter) : checked.failed ? String(checked.errorInstance) : mixError
  result.equivalence.push({
    name: "approval actor tables, Zhengwu vs Cedar policies",
    cases: checked.numRuns + mixChecked,
    ok: error === null,
    detail:
      error ??
      `${policies.length} policies; ${nProperty} generated by a fast-check property, then the ${mix.length} requests timed below (${allowed} permitted, ${mix.length - allowed} refused, by all three)`
  })
  log(`cedar: equivalence checked in ${fmt.ms(performance.now() - started)}`)
  if (error !== null) {
    finish(args, result, started)
    return
  }

  // the contenders, all over the same mix
  const n = mix.length
  const req = (i: number) => mix[i % n] as Request
  const statefulCalls = mix.map((r): Cedar.StatefulAuthorizationCall => {
    const { policies: _, ...call } = r.cedar
    return { ...call, preparsedPolicySetId: psetId }
  })
  const perMachineCalls = mix.map((r): Cedar.StatefulAuthorizationCall => {
    const { policies: _, ...call } = r.cedar
    return { ...call, preparsedPolicySetId: r.kase.machine.id }
  })
  const emptyCalls = statefulCalls.map((c) => ({ ...c, preparsedPolicySetId: "empty" }))
  const textCalls = mix.map((r): Cedar.AuthorizationCall => ({ ...r.cedar, policies: { staticPolicies: policyText } }))
  const denied = mix.filter((r) => !permits(r))
  const nd = denied.length
  const run = { durationMs: args.quick ? 300 : 2700, warmupMs: args.quick ? 50 : 300, rounds: 3 }
  const [compiled, transition, refusal, stateful, perMachine, built, text, crossing] = (await interleaved(
    [
      { name: "zhengwu compiled actor check", sync: (i) => permits(req(i)) },
      { name: "zhengwu transition", sync: (i) => transitionPermits(req(i)) },
      { name: "zhengwu transition refusals", sync: (i) => transitionPermits(denied[i % nd] as Request) },
      {
        name: "cedar stateful",
        sync: (i) =>
          (Cedar.statefulIsAuthorized(statefulCalls[i % n] as Cedar.StatefulAuthorizationCall) as { type: string }).type
      },
      {
        name: "cedar stateful, set per machine",
        sync: (i) =>
          (Cedar.statefulIsAuthorized(perMachineCalls[i % n] as Cedar.StatefulAuthorizationCall) as { type: string })
            .type
      },
      {
        name: "cedar stateful, request built",
        sync: (i) => {
          const r = req(i)
          const { policies: _, ...call } = cedarCall(
            {
              ...r.kase,
              agencies: Object.fromEntries(
                Object.entries(r.kase.machine.agencyRefs).map(([k, ref]) => [k, ref.resolve(r.kase.context)])
              )
            },
            r.state,
            r.event.type,
            r.actor
          )
          return Cedar.statefulIsAuthorized({ ...call, preparsedPolicySetId: psetId }).type
        }
      },
      { name: "cedar text", sync: (i) => Cedar.isAuthorized(textCalls[i % n] as Cedar.AuthorizationCall).type },
      {
        name: "cedar empty set",
        sync: (i) => Cedar.statefulIsAuthorized(emptyCalls[i % n] as Cedar.StatefulAuthorizationCall).type
      }
    ],
    run
  )) as [Measurement, Measurement, Measurement, Measurement, Measurement, Measurement, Measurement, Measurement]

  // the baseline is Cedar's fastest path measured
  const best = perMachine.opsPerSec > stateful.opsPerSec ? perMachine : stateful
  const bestName =
    best === perMachine ? "pre-parsed, one policy set per machine" : "pre-parsed, one policy set for all machines"
  const row = (name: string, m: Measurement) => [
    name,
    fmt.rate(m.opsPerSec),
    fmt.ns(m.p50Ns),
    fmt.ns(m.p99Ns),
    fmt.ratio(m.opsPerSec / best.opsPerSec)
  ]
  result.tables.push({
    title: `who may fire: ${n} requests (${allowed} permitted), ${policies.length} policies over ${machines.length} machines`,
    columns: ["implementation", "decisions/s", "p50", "p99", "vs Cedar's fastest"],
    rows: [
      row("Zhengwu compiled actor check (per-(state, event) predicate)", compiled),
      row(
        "Zhengwu `Transition.transition` (actor check, then guards and the next snapshot when permitted)",
        transition
      ),
      row(
        `Zhengwu \`Transition.transition\`, refused requests only (${nd}: the refusal decision with its finding)`,
        refusal
      ),
      row(
        `Cedar \`statefulIsAuthorized\`, all ${policies.length} policies pre-parsed (\`preparsePolicySet\`), request built beforehand`,
        stateful
      ),
      row("Cedar `statefulIsAuthorized`, one pre-parsed set per machine, request built beforehand", perMachine),
      row(
        "Cedar `statefulIsAuthorized`, all policies pre-parsed, request built per decision (agencies resolved from the case)",
        built
      ),
      row("Cedar `isAuthorized`, policy text in every call (parsed per decision)", text),
      row("(for reference, not a decision) Cedar `statefulIsAuthorized` on an empty set: the crossing alone", crossing)
    ]
  })

  const ratio = compiled.opsPerSec / best.opsPerSec
  const tRatio = transition.opsPerSec / best.opsPerSec
  const met = ratio > 1 && tRatio > 1
  result.goals.push({
    goal: "ahead of Cedar (`@cedar-policy/cedar-wasm`) on the who-may-fire decision",
    measured: `compiled actor check ${fmt.rate(compiled.opsPerSec)}/s, \`Transition.transition\` ${fmt.rate(transition.opsPerSec)}/s vs Cedar's fastest path (${bestName}, request built beforehand) ${fmt.rate(best.opsPerSec)}/s = ${fmt.ratio(ratio)} and ${fmt.ratio(tRatio)}`,
    met,
    ...(met
      ? {}
      : {
          because: `Zhengwu's ${ratio <= 1 ? "compiled actor check" : "`Transition.transition`"} decides fewer requests a second than Cedar's fastest path (${bestName})`,
          next: "profile the slower path and take the per-decision work that does not depend on the request out of it"
        })
  })
  result.notes.push(
    "Cedar's fastest honest path is the one compared against: the policy set parsed once (`preparsePolicySet`, kept in the Wasm module; one set for all machines, or one per machine so a request meets only its machine's policies — the faster of the two is the baseline) and `statefulIsAuthorized` called with the request's principal, action, resource and entities built beforehand, so each decision pays only the crossing into Wasm (the request as a JS object, read by serde) and the evaluation. Building the entities per decision (resolving the case's agencies as Zhengwu does) and passing the policy text in every call (`isAuthorized`, parsed each time) are shown beside it.",
    `Where Cedar's time goes: the same call on an empty policy set (every request denied) runs at ${fmt.rate(crossing.opsPerSec)}/s (${fmt.ns(1e9 / crossing.opsPerSec)} a call), so of its fastest path's ${fmt.ns(1e9 / best.opsPerSec)} about ${fmt.ns(1e9 / crossing.opsPerSec)} is handing the request across to Wasm (serde reading the JS object, the entities built in Rust) and the answer back, the rest evaluating the policies (all ${policies.length} in one set cost ${fmt.ratio(perMachine.opsPerSec / stateful.opsPerSec)} the time of one machine's set). Zhengwu's check is a map lookup by (state, event) and a comparison per actor-table entry, in the same JS heap as the case.`,
    "`Transition.transition` does more than decide who may fire: when the actor is permitted it runs the transition's guards (cited rules) and builds the next snapshot with its decision, and when not it builds the refusal decision with its bilingual finding. Its row is the same mix, so its figure is a floor for the actor check alone through the public function.",
    `Best of 3 interleaved rounds of ${fmt.ms(run.durationMs / 3)}; p50/p99 are means of ~10 µs batches.`
  )
  finish(args, result, started)
}

if (import.meta.main) await main()
