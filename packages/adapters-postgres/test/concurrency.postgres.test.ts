import { describe, inject } from "vitest"
import * as Storage from "../src/Storage.ts"
import { concurrentWriters, writers } from "./concurrency.ts"

describe("EventStoreSql under concurrent writers on PostgreSQL 15", () => {
  concurrentWriters({
    sql: () => Storage.sqlPostgres({ url: inject("pgUrl"), maxConnections: writers }),
    versionBy: "version"
  })
})
