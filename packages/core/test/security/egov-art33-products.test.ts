import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Security from "../../src/security/index.ts"
import { d } from "./fixtures.ts"

const use: Security.ProductUse = {
  project: "pd-oa-2026",
  software: [
    { name: "kylin-os", licensed: true, basic: true, domesticIp: true },
    { name: "office-suite", licensed: true, basic: false, domesticIp: false }
  ],
  securityProducts: [{ name: "firewall-x", certified: true }]
}
const decide = (patch: Partial<Security.ProductUse>, asOf = "2026-03-02") =>
  Validator.decide(Security.products, { ...use, ...patch }, d(asOf))
const finding = (patch: Partial<Security.ProductUse>, rule: string) =>
  decide(patch).findings.find((f) => f.rule === rule)

describe("security/products — sh-egov-2012 art 33", () => {
  it("a 2026 project with licensed software, certified security products and domestic basic software is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(x.findings.every((f) => f.status === "satisfied" && f.citations[0] === "sh-egov-2012/33")).toBe(true)
  })

  it("a 2026 project using unlicensed software is refused under art 33, naming it", () => {
    const x = decide({ software: [{ name: "cracked-cad", licensed: false, basic: false, domesticIp: false }] })
    expect(x.reasons.map((f) => f.rule)).toEqual(["security/licensed-software"])
    expect(x.reasons[0]?.facts).toMatchObject({ unlicensed: ["cracked-cad"] })
  })

  it("a 2026 project using an uncertified security product is refused under art 33", () => {
    const x = decide({ securityProducts: [{ name: "homebrew-ids", certified: false }] })
    expect(x.reasons.map((f) => f.rule)).toEqual(["security/certified-security-products"])
  })

  it("a 2026 project on foreign basic software is allowed with a warning: art 33 only encourages domestic basic software", () => {
    const x = decide({ software: [{ name: "foreign-db", licensed: true, basic: true, domesticIp: false }] })
    expect(x.outcome).toBe("allowed")
    expect(x.findings.find((f) => f.rule === "security/domestic-basic-software")).toMatchObject({
      status: "violated",
      severity: "warning"
    })
  })

  it("a project listing no software or no security products leaves those rules not applicable", () => {
    expect(finding({ software: [] }, "security/licensed-software")?.status).toBe("not-applicable")
    expect(finding({ software: [] }, "security/domestic-basic-software")?.status).toBe("not-applicable")
    expect(finding({ securityProducts: [] }, "security/certified-security-products")?.status).toBe("not-applicable")
  })
})
