import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { body, d } from "./fixtures.ts"

const decide = (b: DataSharing.Body, asOf: string) => Validator.decide(DataSharing.publicBody, b, d(asOf))
const statuses = (x: ReturnType<typeof decide>) => Object.fromEntries(x.findings.map((f) => [f.rule, f.status]))

describe("data-sharing/public-body — sh-public-data-2018 art 3, sh-data-2021 art 2", () => {
  it("a water company is not a public management and service body on 2021-12-31 under the 2018 measures, and is one on 2022-01-01 under the 2021 statute", () => {
    const water = body("public-service-provider", { sector: "water" })
    const before = decide(water, "2021-12-31")
    expect(before.outcome).toBe("refused")
    expect(before.reasons.map((f) => f.rule)).toEqual(["data-sharing/public-body-2018"])
    expect(before.reasons[0]?.citations).toEqual(["sh-public-data-2018/3"])
    const after = decide(water, "2022-01-01")
    expect(after.outcome).toBe("allowed")
    expect(after.reasons.map((f) => f.rule)).toEqual(["data-sharing/public-body-2021"])
    expect(after.reasons[0]?.citations).toEqual(["sh-data-2021/2"])
  })

  it("from 2022-01-01 the 2018 definition gives way to the statute, the higher level of force", () => {
    const x = decide(body("administrative-organ"), "2026-03-02")
    expect(statuses(x)).toEqual({
      "data-sharing/public-body-2018": "not-applicable",
      "data-sharing/public-body-2021": "satisfied"
    })
    expect(x.findings[0]?.facts).toMatchObject({ prevailing: "sh-data-2021" })
    expect(DataSharing.governingDefinition(d("2026-03-02"))).toBe("sh-data-2021")
  })

  it("a 2020 administrative organ is a public management and service body under the 2018 measures", () => {
    expect(decide(body("administrative-organ"), "2020-06-01").outcome).toBe("allowed")
  })

  it("a 2020 public institution is one only when it performs public management and service functions", () => {
    expect(decide(body("public-institution", { performsPublicFunctions: true }), "2020-06-01").outcome).toBe("allowed")
    const x = decide(body("public-institution"), "2020-06-01")
    expect(x.outcome).toBe("refused")
    expect(x.reasons[0]?.message.en).toContain("performs no public management or service function")
  })

  it("a 2026 public institution is one whatever its functions, under the 2021 statute", () => {
    expect(decide(body("public-institution"), "2026-03-02").outcome).toBe("allowed")
  })

  it.each(["other-state-organ", "authorised-organisation", "public-service-provider"] as const)(
    "a `%s` is not one in 2020 and is one in 2026",
    (kind) => {
      expect(decide(body(kind), "2020-06-01").outcome).toBe("refused")
      expect(decide(body(kind), "2026-03-02").outcome).toBe("allowed")
    }
  )

  it("any other body is one on no day", () => {
    expect(decide(body("other"), "2020-06-01").outcome).toBe("refused")
    expect(decide(body("other"), "2026-03-02").outcome).toBe("refused")
  })

  it("on 2018-10-31, the day before the 2018 measures take effect, no definition applies; on 2018-11-01 the 2018 one does", () => {
    expect(decide(body("administrative-organ"), "2018-10-31").outcome).toBe("not-applicable")
    expect(DataSharing.governingDefinition(d("2018-10-31"))).toBeNull()
    expect(DataSharing.isPublicBody(body("administrative-organ"), d("2018-10-31"))).toBeNull()
    const x = decide(body("administrative-organ"), "2018-11-01")
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.rule)).toEqual(["data-sharing/public-body-2018"])
  })
})

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

describe("data processing — sh-data-2021 art 2 item 2, as data", () => {
  it("lists the statute's seven kinds of processing in its order, and the open end, each citing art 2", () => {
    expect(DataSharing.dataProcessing.map((e) => e.name.zh).slice(0, 7)).toEqual([
      "收集",
      "存储",
      "使用",
      "加工",
      "传输",
      "提供",
      "公开"
    ])
    expect(DataSharing.dataProcessing.map((e) => e.id)).toEqual([...DataSharing.DataProcessing.literals])
    for (const e of DataSharing.dataProcessing) expect(e.citation).toBe("sh-data-2021/2")
    expect(DataSharing.dataProcessingEntry("transmission").name.zh).toBe("传输")
  })
})
