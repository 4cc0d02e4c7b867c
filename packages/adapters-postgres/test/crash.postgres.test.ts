import { describe, inject } from "vitest"
import { killedMidTransaction } from "./crash.ts"

describe("a process killed mid-transaction on PostgreSQL 15", () => {
  killedMidTransaction({ url: () => inject("pgUrl") })
})
