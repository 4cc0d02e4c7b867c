/**
 * A case's state rebuilt from its stored events (replay): the machine, the
 * snapshot, and the agencies the case binds (for read access), with the
 * stream's shape checked — a stream that does not replay is corrupt, never a
 * guessed state.
 */
import * as Result from "effect/Result"
import { decoder } from "../decision/DecodeError.ts"
import * as Access from "../machine/Access.ts"
import type { AnyMachine, Snapshot } from "../machine/Machine.ts"
import * as Transition from "../machine/transition.ts"
import type { StoredEvent } from "../ports/EventStore.ts"
import { type CaseError, caseError } from "./CaseError.ts"

/** The type of a case's first event; its payload is `{ machine, context }`. */
export const startedEvent = "case-started"

/** What a client sees of a case. */
export interface CaseView {
  readonly id: string
  readonly machine: string
  readonly state: string
  readonly context: unknown
  /** The stream version: 1 after start, +1 for each accepted event. */
  readonly version: number
  readonly final: boolean
}

export interface Rebuilt {
  readonly machine: AnyMachine
  readonly snapshot: Snapshot<string, unknown>
  /** The agencies the case binds after its last event (see Access). */
  readonly bound: ReadonlySet<string>
  /** The agency that started the case. */
  readonly starter: string
  /** When the case was started (epoch ms). */
  readonly createdAt: number
}

/** Rebuilds a case's snapshot from its stored events, checking the stream's shape. */
export const rebuild = (
  machines: (id: string) => AnyMachine | undefined,
  caseId: string,
  events: ReadonlyArray<StoredEvent>
): Result.Result<Rebuilt, CaseError> => {
  const corrupt = (detail: string) => Result.fail(caseError("corrupt-stream", { caseId, detail }))
  const first = events[0]
  if (first === undefined) return Result.fail(caseError("not-found", { caseId }))
  const started = first.payload as { machine?: unknown; context?: unknown }
  if (first.type !== startedEvent || typeof started.machine !== "string") return corrupt("first event is not a start")
  const machine = machines(started.machine)
  if (machine === undefined) return corrupt(`unknown machine “${started.machine}”`)
  const context = decoder(machine.context, `${machine.id} context`)(started.context)
  if (Result.isFailure(context)) return corrupt(context.failure.message)
  let snapshot: Snapshot<string, unknown> = {
    machine: machine.id,
    state: machine.initial,
    context: context.success,
    version: first.version
  }
  let bound = Access.bind(new Set(), machine, snapshot.context, first.actor)
  for (const e of events.slice(1)) {
    const stored = e.payload as { payload?: unknown; to?: unknown }
    const event = Transition.decodeEvent(machine, { type: e.type, payload: stored.payload })
    if (Result.isFailure(event) || typeof stored.to !== "string") return corrupt(`event ${e.version} does not decode`)
    try {
      snapshot = { ...Transition.replay(machine, snapshot, event.success, stored.to), version: e.version }
    } catch (cause) {
      return corrupt(cause instanceof Error ? cause.message : String(cause))
    }
    bound = Access.bind(bound, machine, snapshot.context, e.actor)
  }
  return Result.succeed({ machine, snapshot, bound, starter: first.actor.agency, createdAt: first.occurredAt })
}

export const view = (id: string, machine: AnyMachine, s: Snapshot<string, unknown>): CaseView => ({
  id,
  machine: machine.id,
  state: s.state,
  context: s.context,
  version: s.version,
  final: machine.states[s.state]?.final === true
})
