/** The engines the adapter's tests run on; each layer build gets a schema of its own. */
import { PGlite } from "@electric-sql/pglite"
import {
  type AuditLog,
  type CaseIndex,
  Cases,
  Clock,
  type EventStore,
  Ids,
  Registry,
  type UnitOfWork
} from "@zhengwu/core"
import type { AuditLogTamper } from "@zhengwu/core/testing"
import type * as Layer from "effect/Layer"
import * as LayerM from "effect/Layer"
import type * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, inject } from "vitest"
import * as AuditLogSql from "../src/AuditLogSql.ts"
import * as CaseIndexSql from "../src/CaseIndexSql.ts"
import * as EventStoreSql from "../src/EventStoreSql.ts"
import { migrate } from "../src/Migrations.ts"
import * as Storage from "../src/Storage.ts"
import { layerWithTamper } from "./AuditLogTamperSql.ts"

let counter = 0
/** A schema name no other test uses. */
export const freshSchema = () => `t_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}_${counter++}`

export interface Engine {
  readonly name: string
  readonly sql: () => Layer.Layer<SqlClient.SqlClient, unknown>
}

export const postgres: Engine = {
  name: "PostgreSQL",
  sql: () => Storage.sqlPostgres({ url: inject("pgUrl"), maxConnections: 4 })
}

/** One PGlite per test file (a cold start takes seconds), opened before and closed after its tests. */
export const pgliteForFile = (): Engine => {
  let db: PGlite | undefined
  beforeAll(async () => {
    db = new PGlite()
    await db.waitReady
  }, 60_000)
  afterAll(async () => {
    await db?.close()
  })
  return {
    name: "PGlite",
    sql: () => {
      if (db === undefined) throw new Error("PGlite is not open yet")
      return Storage.sqlPgliteOn(db)
    }
  }
}

const migrated = (engine: Engine, schema: string) =>
  LayerM.provideMerge(LayerM.effectDiscard(migrate(schema)), engine.sql())

/** A fresh, migrated EventStore on the engine. */
export const eventStore = (engine: Engine): Layer.Layer<EventStore.EventStore, unknown, Clock.Clock> => {
  const schema = freshSchema()
  return EventStoreSql.layer(schema).pipe(LayerM.provide(migrated(engine, schema)))
}

/** A fresh, migrated AuditLog on the engine. */
export const auditLog = (engine: Engine): Layer.Layer<AuditLog.AuditLog, unknown> => {
  const schema = freshSchema()
  return AuditLogSql.layer(schema).pipe(LayerM.provide(migrated(engine, schema)))
}

/** A fresh, migrated CaseIndex on the engine. */
export const caseIndex = (engine: Engine): Layer.Layer<CaseIndex.CaseIndex, unknown> => {
  const schema = freshSchema()
  return CaseIndexSql.layer(schema).pipe(LayerM.provide(migrated(engine, schema)))
}

/** A fresh, migrated AuditLog with tamper access. */
export const auditLogWithTamper = (
  engine: Engine
): Layer.Layer<AuditLog.AuditLog | AuditLogTamper.AuditLogTamper, unknown> => {
  const schema = freshSchema()
  return layerWithTamper(schema).pipe(LayerM.provide(migrated(engine, schema)))
}

/** All storage ports on the engine in a fresh schema, with the SqlClient for direct SQL in tests. */
export const storage = (
  engine: Engine,
  schema = freshSchema()
): Layer.Layer<
  EventStore.EventStore | AuditLog.AuditLog | CaseIndex.CaseIndex | UnitOfWork.UnitOfWork | SqlClient.SqlClient,
  unknown,
  Clock.Clock
> => LayerM.provideMerge(Storage.ports(schema), engine.sql())

/** The Cases service over all storage ports on the engine, in a fresh schema (clock fixed, ids sequential). */
export const cases = (engine: Engine) =>
  Cases.layer(Registry.getMachine).pipe(
    LayerM.provideMerge(storage(engine)),
    LayerM.provideMerge(LayerM.mergeAll(Clock.layerFixed(1_772_416_800_000), Ids.layerSequential))
  )
