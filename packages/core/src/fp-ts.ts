/**
 * `@zhengwu/core/fp-ts` — the core's decisions and transitions as fp-ts
 * `Either`s, for applications built on fp-ts. fp-ts (^2.16) is an optional peer
 * dependency: only this entry imports it.
 *
 * - `decide`: `Right` an allowed or not-applicable decision, `Left` a refused one.
 * - `decode` / `decodeEvent`: `Left` a `DecodeError` naming the path of each problem.
 * - `decodeAndDecide`: `Left` a `DecodeError` (bad input, nothing decided) or a
 *   refused decision; tell them apart with `isDecodeError`.
 * - `start` / `transition`: `Left` the refusal decision, `Right` the new snapshot
 *   (or the accepted transition with its decision).
 *
 * ```ts
 * import * as E from "fp-ts/lib/Either.js"
 * import { pipe } from "fp-ts/lib/function.js"
 * import { LocalDate, Seals } from "@zhengwu/core"
 * import * as Z from "@zhengwu/core/fp-ts"
 *
 * pipe(
 *   Z.decodeAndDecide(Seals.use, json, LocalDate.make("2026-03-02")),
 *   E.match((no) => (Z.isDecodeError(no) ? no.message : no.reasons[0]?.message.en), (yes) => yes.outcome)
 * )
 * ```
 */
import * as Result from "effect/Result"
import * as E from "fp-ts/lib/Either.js"
import type { LocalDate } from "./date/LocalDate.ts"
import type { Decision } from "./decision/Decision.ts"
import type { DecodeError } from "./decision/DecodeError.ts"
import * as Validator from "./decision/Validator.ts"
import type { Actor } from "./machine/Actor.ts"
import type { Machine, MachineEvent, Snapshot } from "./machine/Machine.ts"
import * as Transition from "./machine/transition.ts"

export type { Decision } from "./decision/Decision.ts"
export { DecodeError } from "./decision/DecodeError.ts"

/** A decision whose outcome is `refused`. */
export type Refusal = Decision & { readonly outcome: "refused" }

/** An accepted transition: the new snapshot, the states it went between and the decision. */
export interface Accepted<S extends string, C> {
  readonly snapshot: Snapshot<S, C>
  readonly from: S
  readonly to: S
  readonly decision: Decision
}

const fromResult = <A, L>(r: Result.Result<A, L>): E.Either<L, A> =>
  Result.isSuccess(r) ? E.right(r.success) : E.left(r.failure)

const byOutcome = (d: Decision): E.Either<Refusal, Decision> =>
  d.outcome === "refused" ? E.left(d as Refusal) : E.right(d)

/** Whether a `Left` is bad input (a `DecodeError`) rather than a refusal. */
export const isDecodeError = (x: unknown): x is DecodeError =>
  typeof x === "object" && x !== null && (x as { readonly _tag?: unknown })._tag === "DecodeError"

/** Applies the validator's rules as of `asOf`: `Left` when refused, `Right` when allowed or not applicable. */
export const decide = <I>(validator: Validator.Validator<I>, input: I, asOf: LocalDate): E.Either<Refusal, Decision> =>
  byOutcome(Validator.decide(validator, input, asOf))

/** Decodes unknown input (e.g. parsed JSON) with the validator's schema. */
export const decode = <I>(validator: Validator.Validator<I>, input: unknown): E.Either<DecodeError, I> =>
  fromResult(Validator.decodeInput(validator)(input))

/** Decode, then decide: `Left` a `DecodeError` or a refused decision, `Right` an allowed or not-applicable one. */
export const decodeAndDecide = <I>(
  validator: Validator.Validator<I>,
  input: unknown,
  asOf: LocalDate
): E.Either<DecodeError | Refusal, Decision> => {
  const decoded = Validator.decodeInput(validator)(input)
  return Result.isFailure(decoded) ? E.left(decoded.failure) : decide(validator, decoded.success, asOf)
}

/** Starts a case in the machine's initial state: `Left` when the procedure is not in force on `asOf`. */
export const start = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  context: C,
  asOf: LocalDate
): E.Either<Decision, Snapshot<S, C>> => fromResult(Transition.start(machine, context, asOf))

/** Decodes an unknown `{ type, payload }` into an event of the machine. */
export const decodeEvent = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  input: unknown
): E.Either<DecodeError, MachineEvent<P>> => fromResult(Transition.decodeEvent(machine, input))

/** Fires an event (see `Transition.transition`): `Left` the refusal decision, `Right` the accepted transition. */
export const transition = <S extends string, C, P extends object>(
  machine: Machine<S, C, P>,
  snapshot: Snapshot<S, C>,
  event: MachineEvent<P>,
  actor: Actor,
  asOf: LocalDate
): E.Either<Decision, Accepted<S, C>> => {
  const r = Transition.transition(machine, snapshot, event, actor, asOf)
  return r._tag === "Refused"
    ? E.left(r.decision)
    : E.right({ snapshot: r.snapshot, from: r.from, to: r.to, decision: r.decision })
}
