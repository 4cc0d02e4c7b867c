import { CaseError, type Decision, Seals, Validator } from "@zhengwu/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as ProblemDetails from "../src/ProblemDetails.ts"

const decision: Decision.Decision = Validator.decide(
  Seals.use,
  {
    documentKind: "contract",
    channel: "internal-office-platform",
    secrecy: "none",
    sealOwner: { id: "xh-office" as never, xuhuiDistrictUnit: true },
    issuers: { lead: "xh-office" as never, coIssuers: [] },
    certificate: {
      serial: "AB12CD34",
      status: "active",
      validFrom: "2024-01-01" as never,
      validUntil: "2030-01-01" as never
    }
  },
  "2026-03-02" as never
)

describe("problem details for the core's errors", () => {
  it("a refusal is a 422 whose detail names the article and carries the decision", () => {
    const p = ProblemDetails.fromCaseError(
      CaseError.caseError("refused", { caseId: "c-1", decision }),
      "/v1/cases/c-1/events"
    )
    expect(p).toMatchObject({ status: 422, type: "urn:zhengwu:problem:refused", instance: "/v1/cases/c-1/events" })
    expect(p.detail).toBe("an electronic seal may not be used on a `contract` (xuhui-eseal-2015/4)")
    expect(p.decision).toEqual(decision)
  })

  it("a decode error is a 400 naming each path", () => {
    const r = Validator.decideUnknown(Seals.use, { documentKind: "invoice" }, "2026-03-02" as never)
    if (!Result.isFailure(r)) throw new Error("expected a decode error")
    const p = ProblemDetails.fromDecodeError(r.failure)
    expect(p.status).toBe(400)
    expect(p.problems?.map((x) => x.path)).toContainEqual(["documentKind"])
    expect(p.problems?.length).toBeGreaterThan(1)
  })

  it("a version conflict is a 409 with both versions", () => {
    const p = ProblemDetails.fromCaseError(
      CaseError.caseError("version-conflict", { caseId: "c-1", expectedVersion: 2, actualVersion: 3 })
    )
    expect(p).toMatchObject({
      status: 409,
      expectedVersion: 2,
      actualVersion: 3,
      detail: "case `c-1` is at version 3, not 2"
    })
  })

  it("every reason maps to a 4xx except a corrupt stream, which is the server's fault", () => {
    for (const reason of CaseError.Reason.literals) {
      const s = ProblemDetails.status(reason)
      if (reason === "corrupt-stream") expect(s).toBe(500)
      else expect(s >= 400 && s < 500).toBe(true)
    }
  })
})
