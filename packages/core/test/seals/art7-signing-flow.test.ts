import { describe, expect, it } from "vitest"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import { d, notice } from "./fixtures.ts"

const decide = (patch: Partial<Seals.SealUseRequest>, asOf = "2026-03-02") =>
  Validator.decide(Seals.use, { ...notice, ...patch }, d(asOf))

const reasonRules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("seals/use — xuhui-eseal-2015 arts 2, 4, 7", () => {
  it("a 2026 joint issue sealed by a co-issuer is refused under art 7; sealed by the lead unit it is allowed", () => {
    const joint = { lead: notice.sealOwner.id, coIssuers: [notice.sealOwner.id] }
    const byCo = decide({ issuers: { lead: "xh-finance" as never, coIssuers: [notice.sealOwner.id] } })
    expect(byCo.outcome).toBe("refused")
    expect(reasonRules(byCo)).toEqual(["seals/lead-unit-seal-on-joint-issue"])
    expect(byCo.reasons[0]?.facts).toMatchObject({ lead: "xh-finance", sealOwner: "xh-office" })
    const byLead = decide({ issuers: joint })
    expect(byLead.outcome).toBe("allowed")
    expect(reasonRules(byLead)).toContain("seals/lead-unit-seal-on-joint-issue")
  })

  it("a single-unit issue leaves the art 7 joint-issue rule not applicable", () => {
    const f = decide({}).findings.find((x) => x.rule === "seals/lead-unit-seal-on-joint-issue")
    expect(f?.status).toBe("not-applicable")
  })
})
