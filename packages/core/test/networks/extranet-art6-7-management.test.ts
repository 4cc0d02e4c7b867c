import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Networks from "../../src/networks/index.ts"
import { agency, d } from "./fixtures.ts"

const request: Networks.AccessRequest = {
  applicant: { id: agency("pd-court"), body: "court" },
  level: "district",
  carries: "non-classified"
}

describe("sh-extranet-2020 art 7 speaks of the municipal extranet; on a district extranet the source is silent", () => {
  it("a 2021 request to connect to a district extranet is not applicable, not refused: the source breaks off before naming who connects units to it", () => {
    const x = Validator.decide(Networks.extranetAccessRequest, request, d("2021-03-01"))
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons.map((f) => [f.rule, f.status])).toEqual([
      ["networks/connects-to-municipal-extranet", "not-applicable"]
    ])
    expect(x.reasons[0]?.message.zh).toContain("区级政务外网")
  })

  it("a 2021 request to connect to the municipal extranet is decided under arts 3 and 7", () => {
    const x = Validator.decide(Networks.extranetAccessRequest, { ...request, level: "municipal" }, d("2021-03-01"))
    expect(x.outcome).toBe("allowed")
  })
})

describe("networks/extranet-access — sh-extranet-2020 arts 3, 7", () => {
  it("who manages each level: the general office is competent for both (art 6); the big data center manages the municipal level, the district manager is unknown (art 7)", () => {
    const city = Networks.extranetManagement("municipal")
    expect(city.competentDepartment.agency?.id).toBe("sh-gov-office")
    expect(city.competentDepartment.citations).toEqual(["sh-extranet-2020/6"])
    expect(city.manager.agency?.id).toBe("sh-big-data-center")
    expect(city.manager.duties).toContain("connection")
    const district = Networks.extranetManagement("district")
    expect(district.manager.agency).toBeNull()
    expect(district.manager.unknown).toContain("names no district manager")
    expect(district.standardsAndGuidance.duties).toContain("guide and coordinate")
  })
})
