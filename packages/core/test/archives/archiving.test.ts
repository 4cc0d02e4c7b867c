import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import { request, run } from "./fixtures.ts"

describe("archives/transfer — sh-archive-2005 arts 2-6", () => {
  it("`archive` records and decides the transfer as of its own day", async () => {
    const { record: r, decision } = await run(Archives.archive(request))
    expect(decision.asOf).toBe("2026-03-10")
    expect(decision.outcome).toBe("allowed")
    expect(r.fingerprints.document).toMatch(/^[0-9a-f]{64}$/u)
  })
})
