import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d } from "./fixtures.ts"

describe("data-sharing/measures-scope — sh-public-data-2018 art 2", () => {
  const decideScope = (patch: Partial<DataSharing.PublicDataMatter>, asOf = "2026-03-02") =>
    Validator.decide(
      DataSharing.measuresScope,
      { activity: "use", inShanghai: true, involvesStateSecrets: false, ...patch },
      d(asOf)
    )

  it("the 2026 use of public data in the city is governed by the 2018 measures", () => {
    expect(decideScope({}).outcome).toBe("allowed")
  })

  it("2026 public data involving state secrets is outside the 2018 measures, under art 2 para 2", () => {
    const x = decideScope({ involvesStateSecrets: true })
    expect(x.outcome).toBe("refused")
    expect(x.reasons).toHaveLength(1)
    expect(x.reasons[0]).toMatchObject({
      rule: "data-sharing/state-secrets-excluded",
      citations: ["sh-public-data-2018/2"]
    })
  })

  it("2026 building outside the city's administrative area is outside the 2018 measures", () => {
    expect(decideScope({ activity: "building", inShanghai: false }).reasons.map((f) => f.rule)).toEqual([
      "data-sharing/measures-cover-activity"
    ])
  })

  it("on 2018-10-31 the measures are not yet in force; on 2018-11-01 state secrets are outside them", () => {
    expect(decideScope({ involvesStateSecrets: true }, "2018-10-31").outcome).toBe("not-applicable")
    expect(decideScope({ involvesStateSecrets: true }, "2018-11-01").outcome).toBe("refused")
  })
})
