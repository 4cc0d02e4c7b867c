/**
 * A regulated procedure as data (as in XState): states, events with their
 * payload schemas, transitions that name their guards and the actors who may
 * fire them, and the named guards themselves — each a Rule citing its articles.
 * The same definition feeds the pure transition function, persistence, HTTP,
 * diagrams and tests.
 *
 * A machine is a checked definition (as XState's `setup({ guards, actions })`
 * types its names): `make` types the names a transition may use by the guards,
 * actions and agency references the definition holds, and verifies them when
 * the machine is defined — an unknown state, event, guard, action, reference or
 * unnamed role is a `MachineDefinitionError`, never a transition that silently
 * does nothing. Each machine declares its public `input` (what a caller sends
 * to start a case) and derives the case's first context from it.
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import type { Message } from "../decision/Finding.ts"
import type { Rule } from "../decision/Rule.ts"
import type { Actor, ActorRule, Oversight } from "./Actor.ts"

export interface StateNode {
  readonly description: Message
  readonly final?: boolean
}

export interface EventNode<P> {
  readonly description: Message
  readonly payload: Schema.Codec<P, unknown>
}

/** A typed event of a machine: `{ type, payload }`. */
export type MachineEvent<P extends object> = {
  readonly [K in keyof P & string]: { readonly type: K; readonly payload: P[K] }
}[keyof P & string]

/** What a guard sees: the case's context, the event being fired and who fires it. */
export interface GuardInput<C, P extends object> {
  readonly context: C
  readonly event: MachineEvent<P>
  readonly actor: Actor
}

export interface TransitionNode<
  S extends string,
  E extends string,
  G extends string = string,
  A extends string = string
> {
  readonly from: S
  readonly event: E
  readonly to: S
  /** Names of guards, all of which must be satisfied (or not applicable). */
  readonly guards: ReadonlyArray<G>
  /** The actor table for this transition: any one entry permits. */
  readonly actors: ReadonlyArray<ActorRule>
  /** Name of a pure action that updates the context, if any. */
  readonly action?: A
}

/** A pure context update, named so the serialised machine can refer to it. */
export type Action<C, P extends object> = {
  // method syntax on purpose: registries hold machines of every context and event type
  run(context: C, event: MachineEvent<P>): C
}["run"]

export interface AgencyRef<C> {
  readonly description: Message
  readonly resolve: (context: C) => string
}

// biome-ignore lint/suspicious/noExplicitAny: a machine read without its input type accepts any input (`initialContext` is contravariant)
export interface Machine<S extends string, C, P extends object, I = any> {
  /** Stable id, `<procedure>/<name>`, e.g. `seals/signing`. */
  readonly id: string
  readonly title: Message
  /** The articles the procedure as a whole encodes; it applies only while they are in force. */
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
  readonly initial: S
  /** What a caller sends to start a case (the application, the certificate request, …). */
  readonly input: Schema.Codec<I, unknown>
  /** The case's first context, derived from its input (pure). */
  readonly initialContext: (input: I) => C
  /** The schema of the context a case carries (stored with each start, read back on replay). */
  readonly context: Schema.Codec<C, unknown>
  readonly states: { readonly [K in S]: StateNode }
  readonly events: { readonly [K in keyof P & string]: EventNode<P[K]> }
  readonly transitions: ReadonlyArray<TransitionNode<S, keyof P & string>>
  readonly guards: { readonly [name: string]: Rule<GuardInput<C, P>> }
  readonly actions: { readonly [name: string]: Action<C, P> }
  readonly agencyRefs: { readonly [name: string]: AgencyRef<C> }
  /** The name of every role an actor table uses, as clerks read it (`seal-approver` → 用印审批人). */
  readonly roles: { readonly [role: string]: Message }
  /**
   * Agencies an article gives oversight (监督) of the whole procedure: they read
   * every case (see Access). Absent where the sources name no such body.
   */
  readonly oversight?: ReadonlyArray<Oversight> | undefined
}

/** Any machine, for registries and serialisers. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds machines of every context and event type
export type AnyMachine = Machine<string, any, any, any>

/** A case's state: where it stands, its context and its version (number of accepted events). */
export interface Snapshot<S extends string, C> {
  readonly machine: string
  readonly state: S
  readonly context: C
  readonly version: number
}

/**
 * What `make` takes: the guard and action names transitions use are typed by
 * the guards and actions defined (agency references and roles are checked when
 * the machine is defined).
 */
export interface Definition<S extends string, C, P extends object, I, G extends string, A extends string> {
  readonly id: string
  readonly title: Message
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
  readonly initial: NoInfer<S>
  readonly input: Schema.Codec<I, unknown>
  readonly initialContext: (input: I) => C
  readonly context: Schema.Codec<C, unknown>
  readonly states: { readonly [K in S]: StateNode }
  readonly events: { readonly [K in keyof P & string]: EventNode<P[K]> }
  readonly transitions: ReadonlyArray<TransitionNode<NoInfer<S>, NoInfer<keyof P & string>, NoInfer<G>, NoInfer<A>>>
  readonly guards: { readonly [K in G]: Rule<GuardInput<C, P>> }
  readonly actions: { readonly [K in A]: Action<C, P> }
  readonly agencyRefs: { readonly [name: string]: AgencyRef<C> }
  readonly roles: { readonly [role: string]: Message }
  readonly oversight?: ReadonlyArray<Oversight> | undefined
}

/** A machine definition that does not hold together; nothing is defined. */
export class MachineDefinitionError extends Schema.TaggedError<MachineDefinitionError>()("MachineDefinitionError", {
  reason: Schema.Literals(["inconsistent-definition"]),
  machine: Schema.String,
  problems: Schema.Array(Schema.String)
}) {
  override get message(): string {
    return `machine “${this.machine}” is not well defined: ${this.problems.join("; ")}`
  }
}

/** Every way a definition fails to hold together (empty when it holds). */
export const problems = (m: AnyMachine): ReadonlyArray<string> => {
  const out: Array<string> = []
  const states = new Set(Object.keys(m.states))
  const events = new Set(Object.keys(m.events))
  if (!states.has(m.initial)) out.push(`initial state “${m.initial}” is not a state`)
  for (const [i, t] of m.transitions.entries()) {
    const at = `transition ${i + 1} (“${t.from}” “${t.event}”)`
    if (!states.has(t.from)) out.push(`${at}: “${t.from}” is not a state`)
    if (!states.has(t.to)) out.push(`${at}: “${t.to}” is not a state`)
    if (!events.has(t.event)) out.push(`${at}: “${t.event}” is not an event`)
    for (const g of t.guards) if (!Object.hasOwn(m.guards, g)) out.push(`${at}: guard “${g}” is not defined`)
    if (t.action !== undefined && !Object.hasOwn(m.actions, t.action)) {
      out.push(`${at}: action “${t.action}” is not defined`)
    }
    if (t.actors.length === 0) out.push(`${at}: no actor may fire it`)
    for (const a of t.actors) {
      if (a.agency.kind === "case" && !Object.hasOwn(m.agencyRefs, a.agency.ref)) {
        out.push(`${at}: agency reference “${a.agency.ref}” is not defined`)
      }
      if (!Object.hasOwn(m.roles, a.role)) out.push(`${at}: role “${a.role}” has no name`)
    }
  }
  const used = new Set(m.transitions.flatMap((t) => t.guards))
  for (const g of Object.keys(m.guards)) if (!used.has(g)) out.push(`guard “${g}” is defined but never used`)
  const acted = new Set(m.transitions.flatMap((t) => (t.action === undefined ? [] : [t.action])))
  for (const a of Object.keys(m.actions)) if (!acted.has(a)) out.push(`action “${a}” is defined but never used`)
  const fired = new Set(m.transitions.map((t) => t.event))
  for (const e of events) if (!fired.has(e)) out.push(`event “${e}” is declared but no transition takes it`)
  return out
}

/**
 * Defines a machine, checking that it holds together; throws
 * `MachineDefinitionError` when it does not. Curried so the states, context
 * and events are given while the guard and action names are inferred:
 * `Machine.make<State, Context, Events>()({ … })`.
 */
export const make =
  <S extends string, C, P extends object>() =>
  <I, G extends string, A extends string>(d: Definition<S, C, P, I, G, A>): Machine<S, C, P, I> => {
    const m = d as unknown as Machine<S, C, P, I>
    const found = problems(m as unknown as AnyMachine)
    if (found.length > 0) {
      throw new MachineDefinitionError({ reason: "inconsistent-definition", machine: d.id, problems: found })
    }
    return m
  }
