/**
 * A machine compiled once for firing events: its transitions indexed by state
 * and event, each with its actor table as one predicate and its guards as a
 * list of rules, so a step costs lookups and the checks that depend on the
 * input (who fires, the guards on the case), never a scan of the definition.
 */
import type { Rule } from "../decision/Rule.ts"
import type { Actor, ActorRule } from "./Actor.ts"
import type { AnyMachine, GuardInput, TransitionNode } from "./Machine.ts"

/** One transition out of a (state, event), ready to fire. */
export interface Step {
  readonly node: TransitionNode<string, string>
  /** Whether the actor table lets this actor fire it, on this case's context. */
  readonly permits: (actor: Actor, context: unknown) => boolean
  // biome-ignore lint/suspicious/noExplicitAny: guards of any machine
  readonly guards: ReadonlyArray<Rule<GuardInput<any, any>>>
}

const none: ReadonlyArray<Step> = []

/** One entry of an actor table as a predicate over (actor, context). */
const matcher = (machine: AnyMachine, rule: ActorRule): ((actor: Actor, context: unknown) => boolean) => {
  const role = rule.role
  const agency = rule.agency
  switch (agency.kind) {
    case "any":
      return (actor) => actor.role === role
    case "named": {
      const id = agency.agency
      return (actor) => actor.role === role && actor.agency === id
    }
    case "case": {
      const ref = machine.agencyRefs[agency.ref]
      if (ref === undefined) return () => false
      return (actor, context) => actor.role === role && ref.resolve(context) === actor.agency
    }
  }
}

/** An actor table as one predicate: any entry matches. */
const permitsOf = (machine: AnyMachine, actors: ReadonlyArray<ActorRule>) => {
  const ms = actors.map((a) => matcher(machine, a))
  if (ms.length === 1) return ms[0] as Step["permits"]
  return (actor: Actor, context: unknown) => {
    for (const m of ms) if (m(actor, context)) return true
    return false
  }
}

type Index = ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<Step>>>

/**
 * Compiled indexes by the definition's transitions, then its guards: copies of a
 * machine share them, and a copy with other guards (an amendment's tightened
 * rules, impact/Amendment.ts) gets its own.
 */
const compiledMachines = new WeakMap<object, WeakMap<object, Index>>()

const compile = (machine: AnyMachine) => {
  const byState = new Map<string, Map<string, Array<Step>>>()
  for (const node of machine.transitions as ReadonlyArray<TransitionNode<string, string>>) {
    let byEvent = byState.get(node.from)
    if (byEvent === undefined) {
      byEvent = new Map()
      byState.set(node.from, byEvent)
    }
    let steps = byEvent.get(node.event)
    if (steps === undefined) {
      steps = []
      byEvent.set(node.event, steps)
    }
    steps.push({
      node,
      permits: permitsOf(machine, node.actors),
      // every guard name was checked when the machine was defined
      guards: node.guards.map((g) => machine.guards[g] as Step["guards"][number])
    })
  }
  return byState
}

/** The transitions from `state` on `event`, in definition order (empty when the event is not possible there). */
export const stepsFrom = (machine: AnyMachine, state: string, event: string): ReadonlyArray<Step> => {
  let byGuards = compiledMachines.get(machine.transitions)
  if (byGuards === undefined) {
    byGuards = new WeakMap()
    compiledMachines.set(machine.transitions, byGuards)
  }
  let index = byGuards.get(machine.guards)
  if (index === undefined) {
    index = compile(machine)
    byGuards.set(machine.guards, index)
  }
  return index.get(state)?.get(event) ?? none
}
