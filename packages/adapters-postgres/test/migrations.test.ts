import * as Effect from "effect/Effect"
import * as SqlClient from "effect/sql/SqlClient"
import { describe, expect, it } from "vitest"
import { migrate, migrations } from "../src/Migrations.ts"
import * as Engines from "./engines.ts"

const pglite = Engines.pgliteForFile()

for (const engine of [Engines.postgres, pglite]) {
  describe(`migrations on ${engine.name}`, () => {
    it("apply every version once; running them again applies nothing and changes nothing", async () => {
      const schema = Engines.freshSchema()
      const out = await Effect.runPromise(
        Effect.gen(function* () {
          const first = yield* migrate(schema)
          const second = yield* migrate(schema)
          const sql = yield* SqlClient.SqlClient
          const rows = yield* sql<{
            version: number
          }>`select version from ${sql(`${schema}.schema_migrations`)} order by version`
          return { first, second, rows: rows.map((r) => Number(r.version)) }
        }).pipe(Effect.provide(engine.sql()))
      )
      expect(out.first).toEqual(migrations.map((m) => m.version))
      expect(out.second).toEqual([])
      expect(out.rows).toEqual(migrations.map((m) => m.version))
    })
  })
}

describe("migrations from two processes at once on PostgreSQL 15", () => {
  it("two clients migrating the same schema concurrently apply each version exactly once", async () => {
    const schema = Engines.freshSchema()
    const once = Effect.provide(migrate(schema), Engines.postgres.sql())
    const [a, b] = await Effect.runPromise(Effect.all([once, once], { concurrency: "unbounded" }))
    expect([...(a ?? []), ...(b ?? [])].sort()).toEqual(migrations.map((m) => m.version))
    expect([a, b].filter((x) => x !== undefined && x.length === 0)).toHaveLength(1)
  })
})
