/**
 * A regulated procedure as data (as in XState): states, events with their
 * payload schemas, transitions that name their guards and the actors who may
 * fire them, and the named guards themselves — each a Rule citing its articles.
 * The same definition feeds the pure transition function, persistence, HTTP,
 * diagrams and tests.
 */
import type * as Schema from "effect/Schema"
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

export interface TransitionNode<S extends string, E extends string> {
  readonly from: S
  readonly event: E
  readonly to: S
  /** Names of guards, all of which must be satisfied (or not applicable). */
  readonly guards: ReadonlyArray<string>
  /** The actor table for this transition: any one entry permits. */
  readonly actors: ReadonlyArray<ActorRule>
  /** Name of a pure action that updates the context, if any. */
  readonly action?: string
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

export interface Machine<S extends string, C, P extends object> {
  /** Stable id, `<procedure>/<name>`, e.g. `seals/signing`. */
  readonly id: string
  readonly title: Message
  /** The articles the procedure as a whole encodes; it applies only while they are in force. */
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
  readonly initial: S
  /** The schema of the context a case starts with. */
  readonly context: Schema.Codec<C, unknown>
  readonly states: { readonly [K in S]: StateNode }
  readonly events: { readonly [K in keyof P & string]: EventNode<P[K]> }
  readonly transitions: ReadonlyArray<TransitionNode<S, keyof P & string>>
  readonly guards: { readonly [name: string]: Rule<GuardInput<C, P>> }
  readonly actions: { readonly [name: string]: Action<C, P> }
  readonly agencyRefs: { readonly [name: string]: AgencyRef<C> }
  /**
   * Agencies an article gives oversight (监督) of the whole procedure: they read
   * every case (see Access). Absent where the sources name no such body.
   */
  readonly oversight?: ReadonlyArray<Oversight> | undefined
}

/** Any machine, for registries and serialisers. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds machines of every context and event type
export type AnyMachine = Machine<string, any, any>

/** A case's state: where it stands, its context and its version (number of accepted events). */
export interface Snapshot<S extends string, C> {
  readonly machine: string
  readonly state: S
  readonly context: C
  readonly version: number
}

/** Defines a machine (identity: the definition is the data). */
export const make = <S extends string, C, P extends object>(m: Machine<S, C, P>): Machine<S, C, P> => m
