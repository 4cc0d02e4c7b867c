import { describe, expect, it } from "vitest"
import * as Archives from "../../src/archives/index.ts"
import { d } from "./fixtures.ts"

describe("archives/transfer — sh-archive-2005 arts 2-6", () => {
  it("a signing case that never reached `sealed` gives no seal record, and leaves the metadata unsealed", () => {
    expect(
      Archives.sealAtSealing(
        { machine: "seals/signing", state: "approved", context: {} as never, version: 2 },
        d("2026-03-02")
      )
    ).toBeNull()
  })
})
