/**
 * The pure transition function: (snapshot, event, actor, date) → the next
 * snapshot, or a refusal decision that says why. Nothing is executed and the
 * given snapshot is never modified: on refusal the caller keeps what it had.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import { type Decision, fromFindings, withCaveats } from "../decision/Decision.ts"
import { type DecodeError, decoder } from "../decision/DecodeError.ts"
import type { Finding, RuleId } from "../decision/Finding.ts"
import { evaluate, notInForce } from "../decision/Rule.ts"
import { type Actor, type ActorRule, describe } from "./Actor.ts"
import type { Machine, MachineEvent, Snapshot, TransitionNode } from "./Machine.ts"

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

/** The transitions of a machine by `state event`, indexed once per machine. */
const byStateAndEvent = new WeakMap<object, Map<string, ReadonlyArray<TransitionNode<string, string>>>>()
const transitionsFrom = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  state: S,
  event: string
): ReadonlyArray<TransitionNode<S, keyof P & string>> => {
  let index = byStateAndEvent.get(machine.transitions)
  if (index === undefined) {
    index = new Map()
    for (const t of machine.transitions as ReadonlyArray<TransitionNode<string, string>>) {
      const k = `${t.from} ${t.event}`
      index.set(k, [...(index.get(k) ?? []), t])
    }
    byStateAndEvent.set(machine.transitions, index)
  }
  return (index.get(`${state} ${event}`) ?? []) as ReadonlyArray<TransitionNode<S, keyof P & string>>
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

const inForceFinding = (machine: { id: string; citations: readonly [ArticleId, ...ArticleId[]] }, asOf: LocalDate) => {
  const missing = notInForce(machine, asOf)
  return missing.length === 0
    ? null
    : finding(
        `${machine.id}/in-force`,
        "violated",
        machine.citations,
        `the procedure is not in force on \`${asOf}\``,
        `该程序于 \`${asOf}\` 尚未施行或已失效`,
        { asOf, notInForce: missing }
      )
}

/** Starts a case in the machine's initial state, unless the procedure is not in force on `asOf`. */
export const start = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  context: C,
  asOf: LocalDate
): Result.Result<Snapshot<S, C>, Decision> => {
  const refusal = inForceFinding(machine, asOf)
  if (refusal !== null) return Result.fail(fromFindings(machine.id, asOf, [refusal]))
  return Result.succeed({ machine: machine.id, state: machine.initial, context, version: 0 })
}

/**
 * Fires an event. Checks, in order: the procedure is in force; the event is
 * possible in the current state; the actor is in the transition's actor table;
 * every guard is satisfied as of `asOf`. The first transition (in definition
 * order) that passes is taken.
 */
export const transition = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  snapshot: Snapshot<S, C>,
  event: MachineEvent<P>,
  actor: Actor,
  asOf: LocalDate
): TransitionResult<S, C> => {
  const refuse = (findings: ReadonlyArray<Finding>): TransitionResult<S, C> => ({
    _tag: "Refused",
    decision: fromFindings(machine.id, asOf, findings, machine.citations)
  })
  const notInForce = inForceFinding(machine, asOf)
  if (notInForce !== null) return refuse([notInForce])

  const candidates = transitionsFrom(machine, snapshot.state, event.type)
  if (candidates.length === 0) {
    return refuse([
      finding(
        `${machine.id}/event-possible`,
        "violated",
        machine.citations,
        `\`${event.type}\` is not possible in state \`${snapshot.state}\``,
        `在 \`${snapshot.state}\` 状态下不能进行 \`${event.type}\``,
        { state: snapshot.state, event: event.type }
      )
    ])
  }

  const permitted = candidates.filter((t) => t.actors.some((r) => actorMatches(machine, r, actor, snapshot.context)))
  if (permitted.length === 0) {
    const rules = candidates.flatMap((t) => t.actors)
    const citations = [...new Set(rules.flatMap((r) => r.citations))]
    return refuse([
      finding(
        `${machine.id}/actor-permitted`,
        "violated",
        citations,
        `\`${actor.role}\` of \`${actor.agency}\` may not fire \`${event.type}\``,
        `\`${actor.agency}\` 的 \`${actor.role}\` 无权进行 \`${event.type}\``,
        { actor: { agency: actor.agency, role: actor.role }, event: event.type, permitted: rules.map(describe) }
      )
    ])
  }

  const input = { context: snapshot.context, event, actor }
  let lastFindings: ReadonlyArray<Finding> = []
  for (const t of permitted) {
    const findings = t.guards.map((name) => {
      const guard = machine.guards[name]
      if (guard === undefined) {
        return finding(
          `${machine.id}/guard-defined`,
          "violated",
          machine.citations,
          `unknown guard \`${name}\``,
          `未定义的条件 \`${name}\``,
          {
            guard: name
          }
        )
      }
      return evaluate(guard, input, asOf)
    })
    const decision = fromFindings(machine.id, asOf, findings)
    if (decision.outcome !== "refused") return accept(machine, snapshot, event, t, findings, asOf)
    lastFindings = findings
  }
  return refuse(lastFindings)
}

const accept = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  snapshot: Snapshot<S, C>,
  event: MachineEvent<P>,
  t: TransitionNode<S, keyof P & string>,
  findings: ReadonlyArray<Finding>,
  asOf: LocalDate
): TransitionResult<S, C> => {
  const action = t.action === undefined ? undefined : machine.actions[t.action]
  const context = action === undefined ? snapshot.context : action(snapshot.context, event)
  return {
    _tag: "Accepted",
    from: t.from,
    to: t.to,
    snapshot: { machine: machine.id, state: t.to, context, version: snapshot.version + 1 },
    decision: withCaveats(
      { subject: machine.id, outcome: "allowed", asOf, reasons: findings, findings },
      machine.citations
    )
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
    return decoder(EventType(Object.keys(machine.events)), subject)(input) as Result.Result<never, DecodeError>
  }
  return Result.map(
    decoder(node.payload, `${machine.id} \`${type}\` payload`)(shape.success.payload),
    (payload) => ({ type, payload }) as MachineEvent<P>
  )
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
  if (t === undefined) throw new Error(`cannot replay \`${event.type}\` from \`${snapshot.state}\` to \`${to}\``)
  const action = t.action === undefined ? undefined : machine.actions[t.action]
  return {
    machine: machine.id,
    state: to,
    context: action === undefined ? snapshot.context : action(snapshot.context, event),
    version: snapshot.version + 1
  }
}
