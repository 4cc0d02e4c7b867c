import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "./fixtures.ts"

const decide = (patch: Partial<Seals.SealUseRequest>, asOf = "2026-03-02") =>
  Validator.decide(Seals.use, { ...notice, ...patch }, d(asOf))

describe("seals/use — xuhui-eseal-2015 arts 2, 4, 7", () => {
  it("a decision is plain JSON and survives a round trip unchanged", () => {
    const x = decide({ documentKind: "agreement", secrecy: "sensitive" })
    expect(JSON.parse(JSON.stringify(x))).toEqual(x)
  })
})
