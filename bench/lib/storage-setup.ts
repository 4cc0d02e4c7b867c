/**
 * Storage for the storage and scale sections: the adapter's layers on
 * PostgreSQL (a bench server) and PGlite (in memory), and the in-memory ports,
 * each with the Cases service over them; and seeding of open cases through
 * the ports directly, in batches of one transaction each.
 */

import { performance } from "node:perf_hooks"
import { EventStoreSql, Storage } from "@zhengwu/adapters-postgres"
import {
  ApiKeys,
  type AuditLog,
  AuditLogMemory,
  CaseIndex,
  CaseIndexMemory,
  Cases,
  Clock,
  EventStore,
  EventStoreMemory,
  Ids,
  RateLimits,
  Registry,
  UnitOfWork
} from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Schema from "effect/Schema"
import * as SqlClient from "effect/sql/SqlClient"

export const machineId = "approvals/municipal-construction-project"
const example = Registry.examples.find((e) => e.machine === machineId)
if (example === undefined) throw new Error(`no example for ${machineId}`)
const machine = Registry.getMachine(machineId)
if (machine === undefined) throw new Error(`no machine ${machineId}`)
/** The start context the example's input derives, as stored (encoded through the machine's schema). */
export const startContext: unknown = Schema.encodeSync(machine.context as Schema.Codec<unknown, unknown>)(
  machine.initialContext(Schema.decodeUnknownSync(machine.input as Schema.Codec<unknown, unknown>)(example.input))
)
export const unitActor = { agency: example.unitAgency, role: "project-unit" }
export const submit = { type: "submit", payload: example.payloads.submit ?? {} }

export const memoryStorage = () =>
  Layer.mergeAll(
    EventStoreMemory.layer.pipe(Layer.provide(Clock.layerSystem)),
    AuditLogMemory.layer,
    CaseIndexMemory.layer,
    ApiKeys.layerMemory,
    UnitOfWork.layerNone,
    RateLimits.layerMemory
  )

/** What the sections run against: the ports, the Cases service, Clock and Ids (and SqlClient on SQL engines). */
export type Services =
  | Cases.Cases
  | EventStore.EventStore
  | AuditLog.AuditLog
  | CaseIndex.CaseIndex
  | UnitOfWork.UnitOfWork
  | SqlClient.SqlClient
  | Clock.Clock
  | Ids.Ids
export type Runtime = ManagedRuntime.ManagedRuntime<Services, unknown>

/** A runtime with the storage ports, the Cases service, the system Clock and random Ids. */
export const runtimeOn = <A, E, R>(storage: Layer.Layer<A, E, R>): Runtime => {
  const base = Layer.provideMerge(
    storage as Layer.Layer<never, unknown, Clock.Clock>,
    Layer.mergeAll(Clock.layerSystem, Ids.layerRandom)
  )
  const layer = Layer.provideMerge(Cases.layer(Registry.getMachine) as Layer.Layer<Cases.Cases, never, never>, base)
  return ManagedRuntime.make(layer as unknown as Layer.Layer<Services, unknown, never>)
}

export const postgresStorage = (url: string, schema: string, maxConnections = 4) =>
  Storage.layerPostgres({ url, schema, maxConnections })
export const pgliteStorage = (schema: string) => Storage.layerPglite({ schema })

export const caseId = (prefix: string, i: number) => `${prefix}-${String(i).padStart(7, "0")}`

/**
 * Seeds cases `from..to-1` (started, in the initial state, indexed) through the
 * EventStore and CaseIndex ports, `batch` per transaction; stops early when
 * `deadline` (performance.now ms) passes. Answers how many exist afterwards.
 */
export const seed = (prefix: string, from: number, to: number, batch: number, deadline = Number.POSITIVE_INFINITY) =>
  Effect.gen(function* () {
    const store = yield* EventStore.EventStore
    const index = yield* CaseIndex.CaseIndex
    const unit = yield* UnitOfWork.UnitOfWork
    const t0 = 1_772_416_800_000
    let done = from
    while (done < to && performance.now() < deadline) {
      const end = Math.min(to, done + batch)
      const first = done
      yield* unit.atomically(
        Effect.gen(function* () {
          for (let i = first; i < end; i++) {
            const id = caseId(prefix, i)
            const appended = yield* store.append({
              stream: id as EventStore.StreamId,
              expectedVersion: 0,
              events: [
                {
                  type: "case-started",
                  payload: { machine: machineId, context: startContext },
                  actor: unitActor as never
                }
              ]
            })
            yield* index.put({
              id,
              machine: machineId,
              state: "drafting",
              agency: unitActor.agency,
              version: appended.toVersion,
              final: false,
              parties: [unitActor.agency],
              createdAt: t0 + i,
              updatedAt: t0 + i
            })
          }
        })
      )
      done = end
    }
    return done
  })

/**
 * Seeds cases `from..to-1` with SQL in the adapter's own table layout (what
 * `seed` writes through the ports: a start event per stream, at positions of
 * the writing transaction as the adapter numbers them, and an index row per
 * case): as many events per statement as a transaction owns positions, less
 * one, each statement its own transaction, and the index rows in one statement; for
 * the largest scale levels, where going through the ports would take minutes.
 */
export const bulkSeed = (schema: string, prefix: string, from: number, to: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const events = sql(`${schema}.events`)
    const cases = sql(`${schema}.cases`)
    const payload = JSON.stringify({ machine: machineId, context: startContext })
    const t0 = 1_772_416_800_000
    const k = EventStoreSql.positionsPerTransaction
    for (let lo = from; lo < to; lo += k - 1) {
      const hi = Math.min(to, lo + k - 1)
      yield* sql`insert into ${events}
        (position, stream_id, version, type, payload, actor_agency, actor_role, occurred_at, idempotency_key)
        select pg_current_xact_id()::text::bigint * ${k} + g - ${lo} + 1, ${`${prefix}-`} || lpad(g::text, 7, '0'), 1,
          'case-started', ${payload}::jsonb, ${unitActor.agency}, ${unitActor.role}, ${t0} + g, null
        from generate_series(${lo}::int, ${hi - 1}::int) g`
    }
    yield* sql.withTransaction(
      Effect.gen(function* () {
        yield* sql`insert into ${cases} (id, machine, state, agency, version, final, created_at, updated_at)
          select ${`${prefix}-`} || lpad(g::text, 7, '0'), ${machineId}, 'drafting', ${unitActor.agency}, 1, false,
            ${t0} + g, ${t0} + g
          from generate_series(${from}::int, ${to - 1}::int) g`
        yield* sql`analyze ${events}`
        yield* sql`analyze ${cases}`
      })
    )
    return to
  })
