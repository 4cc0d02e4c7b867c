/**
 * Every port in memory in one layer — event store, audit log, case index, API
 * keys, rate limits, a unit of work without transactions — with the clock and
 * ids given (or fixed defaults): for tests, demos, the browser and
 * single-process embeddings.
 */
import * as Layer from "effect/Layer"
import * as ApiKeys from "../ApiKeys.ts"
import type { Clock } from "../Clock.ts"
import type { Ids } from "../Ids.ts"
import * as IdsM from "../Ids.ts"
import * as RateLimits from "../RateLimits.ts"
import * as UnitOfWork from "../UnitOfWork.ts"
import * as AuditLogMemory from "./AuditLogMemory.ts"
import * as CaseIndexMemory from "./CaseIndexMemory.ts"
import * as EventStoreMemory from "./EventStoreMemory.ts"

export const layer = (clock: Layer.Layer<Clock>, ids: Layer.Layer<Ids> = IdsM.layerSequential) =>
  Layer.mergeAll(
    EventStoreMemory.layer.pipe(Layer.provide(clock)),
    AuditLogMemory.layer,
    CaseIndexMemory.layer,
    ApiKeys.layerMemory,
    RateLimits.layerMemory,
    UnitOfWork.layerNone,
    clock,
    ids
  )
