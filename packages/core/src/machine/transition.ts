/**
 * The pure transition function: (snapshot, event, actor, date) → the next
 * snapshot, or a refusal decision that says why. Nothing is executed and the
 * given snapshot is never modified: on refusal the caller keeps what it had.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import type * as Documents from "../catalogue/Documents.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import * as Decisions from "../decision/Decision.ts"
import { type Decision, withCaveats } from "../decision/Decision.ts"
import { DecodeError, decoder } from "../decision/DecodeError.ts"
import type { Finding, Message, RuleId } from "../decision/Finding.ts"
import { evaluate, notInForce, perDay } from "../decision/Rule.ts"
import * as RulesVersion from "../decision/RulesVersion.ts"
import { type Actor, type ActorRule, describe } from "./Actor.ts"
import { type Step, stepsFrom } from "./compiled.ts"
import type { AnyMachine, Machine, MachineEvent, Snapshot, TransitionNode } from "./Machine.ts"

export type TransitionResult<S extends string, C> =
  | {
      readonly _tag: "Accepted"
      readonly snapshot: Snapshot<S, C>
      readonly from: S
      readonly to: S
      readonly decision: Decision
    }
  | { readonly _tag: "Refused"; readonly decision: Decision }

const finding = (
  rule: string,
  status: Finding["status"],
  citations: readonly ArticleId[],
  en: string,
  zh: string,
  facts: Finding["facts"]
): Finding => ({ rule: rule as RuleId, status, severity: "error", citations, message: { zh, en }, facts })

/** How clerks read the parts of a machine: names from its data, never codes. */
const stateName = (m: AnyMachine, s: string): Message => m.states[s]?.description ?? { zh: s, en: s }
const eventName = (m: AnyMachine, e: string): Message => m.events[e]?.description ?? { zh: e, en: e }
const roleName = (m: AnyMachine, r: string): Message => m.roles[r] ?? { zh: "该角色", en: "this role" }

/** The name of an actor table entry's agency: the named agency, or the case's own agency by its reference. */
const ruleAgencyName = (m: AnyMachine, rule: ActorRule): Message =>
  rule.agency.kind === "named"
    ? rule.agency.name
    : rule.agency.kind === "case"
      ? (m.agencyRefs[rule.agency.ref]?.description ?? { zh: "案件所属单位", en: "the case's own unit" })
      : { zh: "任一单位", en: "any agency" }

/** The name of the actor's agency as the machine knows it (named in an actor table, or bound to the case). */
const actorAgencyName = (m: AnyMachine, actor: Actor, context: unknown): Message => {
  for (const t of m.transitions) {
    for (const a of t.actors) if (a.agency.kind === "named" && a.agency.agency === actor.agency) return a.agency.name
  }
  for (const ref of Object.values(m.agencyRefs)) {
    try {
      if (ref.resolve(context) === actor.agency) return ref.description
    } catch {
      // a reference the context cannot resolve names no one
    }
  }
  return { zh: "该单位", en: "this agency" }
}

/** Whether an actor matches one entry of an actor table, given the case's context. */
export const actorMatches = <C>(
  machine: Pick<Machine<string, C, object>, "agencyRefs">,
  rule: ActorRule,
  actor: Actor,
  context: C
): boolean => {
  if (rule.role !== actor.role) return false
  switch (rule.agency.kind) {
    case "any":
      return true
    case "named":
      return rule.agency.agency === actor.agency
    case "case": {
      const ref = machine.agencyRefs[rule.agency.ref]
      return ref !== undefined && ref.resolve(context) === actor.agency
    }
  }
}

type Cited = { id: string; citations: readonly [ArticleId, ...ArticleId[]] }

const inForceFindingOf = (machine: Cited, asOf: LocalDate, view?: Documents.View) => {
  const missing = notInForce(machine, asOf, view)
  return missing.length === 0
    ? null
    : finding(
        `${machine.id}/in-force`,
        "violated",
        machine.citations,
        `the procedure is not in force on ${asOf}`,
        `该程序于${asOf}尚未施行或已失效`,
        { asOf, notInForce: missing }
      )
}
const inForceFindingShipped = perDay((machine: Cited, asOf: LocalDate) => inForceFindingOf(machine, asOf))

/**
 * The procedure's refusal when its articles are not in force on `asOf` (null when they are), once per
 * (machine, day); in a view of the catalogue (impact/Amendment.ts) computed afresh.
 */
const inForceFinding = (machine: Cited, asOf: LocalDate, view?: Documents.View) =>
  view === undefined ? inForceFindingShipped(machine, asOf) : inForceFindingOf(machine, asOf, view)

/** Starts a case in the machine's initial state, unless the procedure is not in force on `asOf`. */
export const start = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  context: C,
  asOf: LocalDate
): Result.Result<Snapshot<S, C>, Decision> => {
  const refusal = inForceFinding(machine, asOf)
  if (refusal !== null) return Result.fail(Decisions.refusal(machine.id, asOf, "not-in-force", [refusal]))
  return Result.succeed({ machine: machine.id, state: machine.initial, context, version: 0 })
}

/** Starts a case from the machine's public input: its first context is derived from the input. */
export const begin = <S extends string, C, P extends object, I>(
  machine: Machine<S, C, P, I>,
  input: I,
  asOf: LocalDate
): Result.Result<Snapshot<S, C>, Decision> => start(machine, machine.initialContext(input), asOf)

/**
 * Fires an event. Checks, in order: the procedure is in force; the event is
 * possible in the current state; the actor is in the transition's actor table;
 * every guard is satisfied as of `asOf`. The first transition (in definition
 * order) that passes is taken. In a view of the catalogue when given
 * (impact/Amendment.ts): the documents and repealed articles as it has them.
 */
export const transition = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  snapshot: Snapshot<S, C>,
  event: MachineEvent<P>,
  actor: Actor,
  asOf: LocalDate,
  view?: Documents.View
): TransitionResult<S, C> => {
  const refuse = (kind: Decisions.RefusalKind, findings: ReadonlyArray<Finding>): TransitionResult<S, C> => ({
    _tag: "Refused",
    decision: Decisions.refusal(machine.id, asOf, kind, findings, machine.citations, view)
  })
  const notInForce = inForceFinding(machine, asOf, view)
  if (notInForce !== null) return refuse("not-in-force", [notInForce])
  const m = machine as unknown as AnyMachine

  const steps = stepsFrom(m, snapshot.state, event.type)
  if (steps.length === 0) {
    const state = stateName(m, snapshot.state)
    const what = eventName(m, event.type)
    return refuse("no-such-transition", [
      finding(
        `${machine.id}/event-possible`,
        "violated",
        machine.citations,
        `the case is at "${state.en}": "${what.en}" is not possible now`,
        `案件处于“${state.zh}”，此时不能“${what.zh}”`,
        { state: snapshot.state, event: event.type }
      )
    ])
  }

  const context: unknown = snapshot.context
  let permitted = 0
  for (const step of steps) if (step.permits(actor, context)) permitted++
  if (permitted === 0) {
    const rules = steps.flatMap((t) => t.node.actors)
    const citations = [...new Set(rules.flatMap((r) => r.citations))]
    const who = actorAgencyName(m, actor, snapshot.context)
    const role = roleName(m, actor.role)
    const what = eventName(m, event.type)
    const may = rules.map((r) => ({ agency: ruleAgencyName(m, r), role: roleName(m, r.role) }))
    return refuse("actor-not-permitted", [
      finding(
        `${machine.id}/actor-permitted`,
        "violated",
        citations,
        `the ${role.en} of ${who.en} may not ${what.en}; only ${may.map((x) => `the ${x.role.en} of ${x.agency.en}`).join(" or ")} may`,
        `${who.zh}的${role.zh}无权“${what.zh}”；只有${may.map((x) => `${x.agency.zh}的${x.role.zh}`).join("或")}可以`,
        { actor: { agency: actor.agency, role: actor.role }, event: event.type, permitted: rules.map(describe) }
      )
    ])
  }

  const input = { context: snapshot.context, event, actor }
  let lastFindings: ReadonlyArray<Finding> = []
  for (const step of steps) {
    if (!step.permits(actor, context)) continue
    const guards = step.guards
    const findings = new Array<Finding>(guards.length)
    let refused = false
    for (let i = 0; i < guards.length; i++) {
      const f = evaluate(guards[i] as (typeof guards)[number], input, asOf, view)
      findings[i] = f
      if (Decisions.refuses(f)) refused = true
    }
    if (!refused) return accept(machine, snapshot, event, step, findings, asOf, view)
    lastFindings = findings
  }
  return refuse("guard-refused", lastFindings)
}

/**
 * An accepted transition's decision: allowed whatever its guards said (all
 * satisfied, warned or not applicable); its reasons are all its findings, with
 * the caveats of the undated documents its applicable guards cite, then those
 * of the documents the machine rests on.
 */
const acceptedDecisionOf = (
  machine: AnyMachine,
  findings: ReadonlyArray<Finding>,
  asOf: LocalDate,
  view?: Documents.View
): Decision => {
  const rulesVersion = RulesVersion.current
  let all = findings
  if (findings.some((f) => f.status !== "not-applicable"))
    all = withCaveats(
      {
        subject: machine.id,
        outcome: "allowed",
        asOf,
        reasons: findings,
        findings,
        rulesVersion
      },
      none,
      view
    ).findings
  return withCaveats(
    { subject: machine.id, outcome: "allowed", asOf, reasons: all, findings: all, rulesVersion },
    machine.citations,
    view
  )
}

/**
 * The caveats an accepted step adds after its guards' findings depend on the
 * step, the day and which guards applied, never on the rest of the input:
 * built once per (step, day, guards applied) and appended.
 */
const caveatTails = perDay((_step: Step, _asOf: LocalDate) => new Map<number, ReadonlyArray<Finding>>())
const none: ReadonlyArray<string> = []
const acceptedDecision = (
  machine: AnyMachine,
  step: Step,
  findings: Array<Finding>,
  asOf: LocalDate,
  view?: Documents.View
): Decision => {
  if (findings.length > 30 || view !== undefined) return acceptedDecisionOf(machine, findings, asOf, view)
  let applied = 0
  for (let i = 0; i < findings.length; i++) if ((findings[i] as Finding).status !== "not-applicable") applied |= 1 << i
  const tails = caveatTails(step, asOf)
  let tail = tails.get(applied)
  if (tail === undefined) {
    tail = acceptedDecisionOf(machine, findings, asOf).findings.slice(findings.length)
    tails.set(applied, tail)
  }
  for (const c of tail) findings.push(c)
  return {
    subject: machine.id,
    outcome: "allowed",
    asOf,
    reasons: findings,
    findings,
    rulesVersion: RulesVersion.current
  }
}

const accept = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  snapshot: Snapshot<S, C>,
  event: MachineEvent<P>,
  step: Step,
  findings: Array<Finding>,
  asOf: LocalDate,
  view?: Documents.View
): TransitionResult<S, C> => {
  const t = step.node as TransitionNode<S, keyof P & string>
  const action = t.action === undefined ? undefined : machine.actions[t.action]
  const context = action === undefined ? snapshot.context : action(snapshot.context, event)
  return {
    _tag: "Accepted",
    from: t.from,
    to: t.to,
    snapshot: { machine: machine.id, state: t.to, context, version: snapshot.version + 1 },
    decision: acceptedDecision(machine as unknown as AnyMachine, step, findings, asOf, view)
  }
}

/** Decodes an unknown `{ type, payload }` into an event of the machine, naming the path of any problem. */
export const decodeEvent = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  input: unknown
): Result.Result<MachineEvent<P>, DecodeError> => {
  const subject = `${machine.id} event`
  const shape = decoder(EventEnvelope, subject)(input)
  if (Result.isFailure(shape)) return Result.fail(shape.failure)
  const type = shape.success.type
  const node = Object.hasOwn(machine.events, type) ? machine.events[type as keyof P & string] : undefined
  if (node === undefined) {
    return decoder(EventType(Object.keys(machine.events)), subject)({ type }) as Result.Result<never, DecodeError>
  }
  const payload = decoder(node.payload, `${machine.id} “${type}” payload`)(shape.success.payload)
  if (Result.isFailure(payload)) {
    const e = payload.failure
    // paths from the event envelope, as for the envelope's own problems
    return Result.fail(
      new DecodeError({
        reason: e.reason,
        subject: e.subject,
        problems: e.problems.map((p) => ({ ...p, path: ["payload", ...p.path] }))
      })
    )
  }
  return Result.succeed({ type, payload: payload.success } as MachineEvent<P>)
}

const EventEnvelope = Schema.Struct({ type: Schema.String, payload: Schema.Unknown })
const EventType = (types: ReadonlyArray<string>) =>
  Schema.Struct({ type: Schema.Literals(types as [string, ...string[]]) })

/**
 * Re-applies an event that was accepted earlier (replay from an event store):
 * no guards are re-run, since they were checked as of the day the event was
 * accepted; the stored target state is taken as recorded.
 */
export const replay = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  snapshot: Snapshot<S, C>,
  event: MachineEvent<P>,
  to: S
): Snapshot<S, C> => {
  const t = machine.transitions.find((x) => x.from === snapshot.state && x.event === event.type && x.to === to)
  if (t === undefined) throw new Error(`cannot replay “${event.type}” from “${snapshot.state}” to “${to}”`)
  const action = t.action === undefined ? undefined : machine.actions[t.action]
  return {
    machine: machine.id,
    state: to,
    context: action === undefined ? snapshot.context : action(snapshot.context, event),
    version: snapshot.version + 1
  }
}
