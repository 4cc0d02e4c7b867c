import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, decideSubmission, findingOf, municipal, privateNetwork, yangpu } from "./fixtures.ts"

const decide = decideSubmission
const finding = findingOf

describe("approvals/submission — dates and decoding", () => {
  it("on 2012-05-27 an application is not applicable and on 2012-05-28 it is decided: sh-egov-2012 took effect that day", () => {
    const x = decide(privateNetwork(), "2012-05-27")
    expect(x.outcome).toBe("not-applicable")
    expect(finding(decide(privateNetwork(), "2012-05-28"), "networks/no-new-business-network")?.status).toBe("violated")
  })

  it("a malformed application is a decode error naming the path, not a decision", () => {
    const r = Validator.decideUnknown(
      Approvals.submission,
      { ...municipal, system: { ...municipal.system, builtOn: "wifi" } },
      d("2026-03-02")
    )
    if (!Result.isFailure(r)) throw new Error("expected a decode error")
    expect(r.failure.problems[0]?.path).toEqual(["system", "builtOn"])
    const neg = Validator.decideUnknown(
      Approvals.submission,
      { ...yangpu, district: { ...yangpu.district, investmentYuan: -1 } },
      d("2026-03-02")
    )
    if (!Result.isFailure(neg)) throw new Error("expected a decode error")
    expect(neg.failure.problems[0]?.path).toEqual(["district", "investmentYuan"])
  })

  it("a well-formed JSON application decodes and is decided", () => {
    const r = Validator.decideUnknown(Approvals.submission, JSON.parse(JSON.stringify(yangpu)), d("2026-03-02"))
    expect(Result.isSuccess(r) && r.success.outcome).toBe("allowed")
  })
})
