/**
 * A unit of work: what must happen together or not at all. The Cases service
 * appends a case's event and its audit record inside one; a SQL adapter makes
 * it one database transaction, so a crash never leaves an event without its
 * audit record (or the reverse). The in-memory default runs the effect as is.
 */
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

export class UnitOfWork extends Context.Service<
  UnitOfWork,
  {
    readonly atomically: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  }
>()("@zhengwu/core/ports/UnitOfWork") {}

/** No transaction: for the in-memory ports, whose appends are each atomic already. */
export const layerNone: Layer.Layer<UnitOfWork> = Layer.succeed(UnitOfWork, UnitOfWork.of({ atomically: (e) => e }))
