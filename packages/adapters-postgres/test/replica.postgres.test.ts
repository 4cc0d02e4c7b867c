import { CaseIndex, Cases, Clock, Ids, Registry } from "@zhengwu/core"
import { auditLogContract, caseIndexContract, casesContract, eventStoreContract } from "@zhengwu/core/testing"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as CaseIndexSql from "../src/CaseIndexSql.ts"
import * as Storage from "../src/Storage.ts"
import { concurrentWriters, writers } from "./concurrency.ts"
import { killedMidTransaction } from "./crash.ts"
import * as Engines from "./engines.ts"
import { caughtUp, type Pair, startPair } from "./replica-server.ts"

let pair: Pair | undefined
beforeAll(async () => {
  pair = await startPair()
}, 120_000)
afterAll(() => pair?.stop())

const urls = () => {
  if (pair === undefined) throw new Error("the primary and its replica are not started")
  return pair
}

/** The primary for writes, its streaming replica for reads (read-your-writes by WAL position). */
const withReplica: Engines.Engine = {
  name: "PostgreSQL with a replica",
  sql: () =>
    Layer.merge(
      Storage.sqlPostgres({ url: urls().primaryUrl, maxConnections: 4 }),
      Storage.replicaReads({ url: urls().replicaUrl, maxConnections: 2 })
    )
}

eventStoreContract("EventStoreSql, reads on a replica", () => Engines.eventStore(withReplica))
auditLogContract("AuditLogSql, reads on a replica", {
  layer: () => Engines.auditLog(withReplica),
  tamper: () => Engines.auditLogWithTamper(withReplica)
})
caseIndexContract("CaseIndexSql, reads on a replica", () => Engines.caseIndex(withReplica))
casesContract("Cases, reads on a replica", () => Engines.cases(withReplica))

describe("concurrent writers on the primary, reading the streams' versions on its replica", () => {
  concurrentWriters({
    sql: () =>
      Layer.merge(
        Storage.sqlPostgres({ url: urls().primaryUrl, maxConnections: writers }),
        Storage.replicaReads({ url: urls().replicaUrl, maxConnections: writers })
      ),
    versionBy: "read",
    caughtUp: () => caughtUp(urls())
  })
})

describe("a process killed mid-transaction, writing to the primary and loading cases on its replica", () => {
  killedMidTransaction({
    url: () => urls().primaryUrl,
    readUrl: () => urls().replicaUrl,
    caughtUp: () => caughtUp(urls())
  })
})

describe("reads on a streaming replica (two PostgreSQL 15 clusters, pg_basebackup -R)", () => {
  it("a caller reads its own writes while the replica is behind; a reader elsewhere reads the replica, and catches up", async () => {
    const example = Registry.examples.find((e) => e.machine === "seals/signing")
    if (example === undefined) throw new Error("no example")
    const schema = Engines.freshSchema()
    const replicaSql = ManagedRuntime.make(Storage.sqlPostgres({ url: urls().replicaUrl, maxConnections: 1 }))
    const writer = ManagedRuntime.make(
      Cases.layer(Registry.getMachine).pipe(
        Layer.provideMerge(Layer.provideMerge(Storage.ports(schema), withReplica.sql())),
        Layer.provideMerge(Layer.mergeAll(Clock.layerFixed(1_772_416_800_000), Ids.layerSequential))
      ) as Layer.Layer<Cases.Cases | CaseIndex.CaseIndex, unknown>
    )
    const who = (role: string) => ({ agency: "demo-unit" as never, role })
    try {
      // the schema exists on the replica before replay pauses
      await writer.runPromise(Effect.flatMap(Effect.service(CaseIndex.CaseIndex), (i) => i.list({ limit: 1 })))
      const other = ManagedRuntime.make(
        CaseIndexSql.layer(schema).pipe(Layer.provide(withReplica.sql())) as Layer.Layer<CaseIndex.CaseIndex, unknown>
      )
      try {
        for (;;) {
          const ready = await other.runPromise(
            Effect.flatMap(Effect.service(CaseIndex.CaseIndex), (i) => i.list({ limit: 1 })).pipe(
              Effect.as(true),
              Effect.catchCause(() => Effect.succeed(false))
            )
          )
          if (ready) break
          await new Promise((r) => setTimeout(r, 50))
        }
        await replicaSql.runPromise(
          Effect.flatMap(Effect.service(SqlClient.SqlClient), (sql) => sql`select pg_wal_replay_pause()`)
        )
        const written = await writer.runPromise(
          Effect.gen(function* () {
            const cases = yield* Cases.Cases
            const c = yield* cases.start({ machine: "seals/signing", input: example.input, actor: who("drafter") })
            yield* cases.fire({ caseId: c.id, event: { type: "submit", payload: {} }, actor: who("drafter") })
            // read back at once, replica paused: served by the primary
            const history = yield* cases.history(c.id)
            const listed = yield* (yield* CaseIndex.CaseIndex).list({ limit: 10 })
            return { id: c.id, history: history.length, listed: listed.items.map((s) => s.id) }
          })
        )
        expect(written.history).toBe(2)
        expect(written.listed).toEqual([written.id])
        // a reader that wrote nothing reads the replica: it has not replayed the case yet
        const stale = await other.runPromise(
          Effect.flatMap(Effect.service(CaseIndex.CaseIndex), (i) => i.get(written.id))
        )
        expect(stale).toBeUndefined()
        await replicaSql.runPromise(
          Effect.flatMap(Effect.service(SqlClient.SqlClient), (sql) => sql`select pg_wal_replay_resume()`)
        )
        let seen: CaseIndex.CaseSummary | undefined
        for (let i = 0; i < 200 && seen === undefined; i++) {
          seen = await other.runPromise(Effect.flatMap(Effect.service(CaseIndex.CaseIndex), (x) => x.get(written.id)))
          if (seen === undefined) await new Promise((r) => setTimeout(r, 50))
        }
        expect(seen?.state).toBe("awaiting-approval")
      } finally {
        await other.dispose()
      }
    } finally {
      await replicaSql
        .runPromise(Effect.flatMap(Effect.service(SqlClient.SqlClient), (sql) => sql`select pg_wal_replay_resume()`))
        .catch(() => undefined)
      await writer.dispose()
      await replicaSql.dispose()
    }
  }, 120_000)
})
