/**
 * Composing the core's services: the Cases service over storage, a clock and
 * ids. In memory by default; `STORAGE=pglite` for the embedded Postgres, or
 * `DATABASE_URL=postgres://…` for a PostgreSQL server — the program is the same.
 */
import { Storage } from "@zhengwu/adapters-postgres"
import {
  Actor,
  AuditLog,
  AuditLogMemory,
  CaseIndexMemory,
  Cases,
  Clock,
  EventStoreMemory,
  Ids,
  Registry,
  UnitOfWork
} from "@zhengwu/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

// 1. Storage: the ports (event store, audit log, case index, unit of work).
const memory = Layer.mergeAll(EventStoreMemory.layer, AuditLogMemory.layer, CaseIndexMemory.layer, UnitOfWork.layerNone)
const url = process.env.DATABASE_URL
const storage = url
  ? Storage.layerPostgres({ url, schema: process.env.ZHENGWU_DB_SCHEMA })
  : process.env.STORAGE === "pglite"
    ? Storage.layerPglite() // in memory; `{ dataDir: "./data" }` to persist
    : memory

// 2. The Cases service over the registry's machines, with a clock and ids (fixed here: the 2nd of March 2026).
const services = Cases.layer(Registry.getMachine).pipe(
  Layer.provideMerge(storage),
  Layer.provideMerge(Layer.mergeAll(Clock.layerFixed(Date.parse("2026-03-02T02:00:00Z")), Ids.layerRandom))
)

// 3. A program: a seal-signing case (xuhui-eseal-2015 art 7), one refused step, the audit chain verified.
const office = Actor.agencyId("xh-office")
const request = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: office, xuhuiDistrictUnit: true },
  issuers: { lead: office, coIssuers: [] },
  certificate: { serial: "5A3F00C1", status: "active", validFrom: "2024-01-01", validUntil: "2030-12-31" }
}

const program = Effect.gen(function* () {
  const cases = yield* Cases.Cases
  const as = (role: string) => ({ agency: office, role })
  const started = yield* cases.start({
    machine: "seals/signing",
    input: { request },
    actor: as("drafter")
  })
  yield* cases.fire({ caseId: started.id, event: { type: "submit", payload: {} }, actor: as("drafter") })
  // The drafter may not approve: refused by the actor table, with the article that names who may.
  const refused = yield* Effect.flip(
    cases.fire({ caseId: started.id, event: { type: "approve", payload: {} }, actor: as("drafter") })
  )
  console.log(
    `refused: ${refused.reason}`,
    refused.decision?.reasons.map((r) => `${r.rule} (${r.citations})`)
  )
  const approved = yield* cases.fire({
    caseId: started.id,
    event: { type: "approve", payload: {} },
    actor: as("seal-approver")
  })
  console.log(`case ${approved.machine}: ${approved.state}, version ${approved.version}`)
  const audit = yield* AuditLog.AuditLog
  console.log("audit chain:", yield* audit.verify())
})

await Effect.runPromise(program.pipe(Effect.provide(services)))
