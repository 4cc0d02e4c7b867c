import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, minhang, municipal, reasonRules, yangpu } from "./fixtures.ts"

type App = Approvals.ProjectApplication
const decide = (app: App, asOf = "2026-03-02") => Validator.decide(Approvals.submission, app, d(asOf))
const finding = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)
const privateNetwork = (patch: Partial<NonNullable<App["newBusinessNetwork"]>> = {}): App => ({
  ...municipal,
  newBusinessNetwork: { classified: false, stateProvision: null, ...patch }
})

describe("approvals/submission — networks: sh-egov-2012 arts 15, 17 and sh-extranet-2020 art 5", () => {
  it("a 2026 public-facing system on the extranet, served over the internet, is allowed, citing art 17", () => {
    const x = decide(municipal)
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/public-facing-on-extranet")).toMatchObject({
      status: "satisfied",
      citations: ["sh-egov-2012/17"]
    })
  })

  it.each(["internal-network", "business-private-network", "other"] as const)(
    "a 2026 public-facing system built on `%s` is refused under art 17 only",
    (builtOn) => {
      const x = decide({ ...municipal, system: { ...municipal.system, builtOn } })
      expect(x.outcome).toBe("refused")
      expect(reasonRules(x)).toEqual(["approvals/public-facing-on-extranet"])
      expect(x.reasons[0]?.message.en).toContain(`\`${builtOn}\``)
    }
  )

  it("a 2026 public-facing system on the extranet that does not serve over the internet is refused under art 17", () => {
    const x = decide({ ...municipal, system: { ...municipal.system, servedOverInternet: false } })
    expect(reasonRules(x)).toEqual(["approvals/public-facing-on-extranet"])
  })

  it("a 2026 internal system on the internal network is not applicable under art 17", () => {
    const x = decide({
      ...municipal,
      system: { ...municipal.system, publicFacing: false, builtOn: "internal-network" }
    })
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/public-facing-on-extranet")?.status).toBe("not-applicable")
  })

  it("a 2015 proposal for a private network is allowed with the sh-egov-2012 art 15 warning only (原则上, except where the state provides otherwise)", () => {
    const x = decide(privateNetwork(), "2015-06-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/no-new-business-network")).toMatchObject({ status: "violated", severity: "warning" })
    expect(finding(x, "approvals/no-new-non-classified-business-network")).toMatchObject({
      status: "not-applicable",
      facts: { notInForce: [{ document: "sh-extranet-2020", inForceFrom: "2020-06-15" }] }
    })
  })

  it("a 2021 proposal for a private network is refused under sh-extranet-2020 art 5 (不得), with the art 15 warning beside it", () => {
    const x = decide(privateNetwork(), "2021-03-01")
    expect(reasonRules(x)).toEqual(["approvals/no-new-non-classified-business-network"])
    expect(Decision.citations(x)).toEqual(["sh-extranet-2020/5"])
    expect(finding(x, "approvals/no-new-business-network")?.status).toBe("violated")
  })

  it("on 2020-06-14 a private network draws the art 15 warning only, and on 2020-06-15 sh-extranet-2020 art 5 refuses it", () => {
    expect(decide(privateNetwork(), "2020-06-14").outcome).toBe("allowed")
    expect(reasonRules(decide(privateNetwork(), "2020-06-15"))).toEqual([
      "approvals/no-new-non-classified-business-network"
    ])
  })

  it("a 2021 classified private network draws the art 15 warning only: sh-extranet-2020 art 5 speaks of non-classified ones", () => {
    const x = decide(privateNetwork({ classified: true }), "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/no-new-business-network")?.status).toBe("violated")
    expect(finding(x, "approvals/no-new-non-classified-business-network")?.status).toBe("not-applicable")
  })

  it("a 2021 private network resting on a state provision is allowed under both articles, naming the provision", () => {
    const x = decide(privateNetwork({ stateProvision: "国家专网规定" }), "2021-03-01")
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/no-new-business-network")?.status).toBe("satisfied")
    expect(finding(x, "approvals/no-new-non-classified-business-network")?.message.en).toContain("`国家专网规定`")
  })

  it("a 2026 project that builds no business network leaves both network rules not applicable", () => {
    const x = decide(municipal)
    expect(finding(x, "approvals/no-new-business-network")?.status).toBe("not-applicable")
    expect(finding(x, "approvals/no-new-non-classified-business-network")?.status).toBe("not-applicable")
  })
})

describe("approvals/submission — security: sh-egov-2012 arts 32-33", () => {
  it("a 2026 project using unlicensed software is refused under art 33, naming the software", () => {
    const x = decide({
      ...municipal,
      software: [
        { name: "数据库", licensed: true },
        { name: "盗版办公软件", licensed: false }
      ]
    })
    expect(reasonRules(x)).toEqual(["approvals/licensed-software"])
    expect(x.reasons[0]).toMatchObject({ citations: ["sh-egov-2012/33"], facts: { unlicensed: ["盗版办公软件"] } })
    expect(x.reasons[0]?.message.en).toBe("unlicensed software: `盗版办公软件`")
  })

  it("a 2026 project with licensed software satisfies art 33; one listing none leaves it not applicable", () => {
    expect(finding(decide(municipal), "approvals/licensed-software")?.status).toBe("satisfied")
    expect(finding(decide({ ...municipal, software: [] }), "approvals/licensed-software")?.status).toBe(
      "not-applicable"
    )
  })

  it("a 2026 project using an uncertified security product is refused under art 33", () => {
    const x = decide({ ...municipal, securityProducts: [{ name: "杂牌防火墙", certified: false }] })
    expect(reasonRules(x)).toEqual(["approvals/certified-security-products"])
    expect(x.reasons[0]?.facts).toMatchObject({ uncertified: ["杂牌防火墙"] })
  })

  it("a 2026 project with certified security products satisfies art 33; one listing none leaves it not applicable", () => {
    expect(finding(decide(municipal), "approvals/certified-security-products")?.status).toBe("satisfied")
    const none = decide({ ...municipal, securityProducts: [] })
    expect(finding(none, "approvals/certified-security-products")?.status).toBe("not-applicable")
  })

  it("a 2026 non-classified system with no graded protection level is refused under art 32", () => {
    const x = decide({ ...municipal, protection: { gradedLevel: null, classifiedGrade: null } })
    expect(reasonRules(x)).toEqual(["approvals/protection-level-determined"])
    expect(x.reasons[0]?.citations).toEqual(["sh-egov-2012/32"])
  })

  it("a 2026 classified system with a graded level but no classified protection grade is refused under art 32", () => {
    const classified = {
      ...municipal.system,
      classified: true,
      publicFacing: false,
      builtOn: "internal-network" as const
    }
    const x = decide({ ...municipal, system: classified, protection: { gradedLevel: 3, classifiedGrade: null } })
    expect(reasonRules(x)).toEqual(["approvals/protection-level-determined"])
    const ok = decide({
      ...municipal,
      system: classified,
      protection: { gradedLevel: null, classifiedGrade: "secret" }
    })
    expect(ok.outcome).toBe("allowed")
  })
})

describe("approvals/submission — integration: sh-egov-2012 art 28 (a warning)", () => {
  it("a 2026 closed single-department system is allowed with an art 28 warning", () => {
    const x = decide({ ...municipal, system: { ...municipal.system, isolatedSingleDepartment: true } })
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/no-isolated-single-department-system")).toMatchObject({
      status: "violated",
      severity: "warning",
      citations: ["sh-egov-2012/28"]
    })
  })

  it("a 2026 integrated system satisfies art 28", () => {
    expect(finding(decide(municipal), "approvals/no-isolated-single-department-system")?.status).toBe("satisfied")
  })
})

describe("approvals/submission — district projects: minhang-it-2023 art 3", () => {
  const mh = (patch: Partial<NonNullable<App["district"]>>): App => ({
    ...minhang,
    district: { ...(minhang.district as NonNullable<App["district"]>), ...patch }
  })

  it("a 2026 minhang construction project building a new system fits art 3", () => {
    const x = decide(minhang)
    expect(x.outcome).toBe("allowed")
    expect(finding(x, "approvals/minhang-project-kind")).toMatchObject({
      status: "satisfied",
      citations: ["minhang-it-2023/3"]
    })
  })

  it("a 2026 minhang o&m project for a new build is refused under art 3", () => {
    const x = decide(mh({ kind: "operation-maintenance", work: "new-build" }))
    expect(reasonRules(x)).toEqual(["approvals/minhang-project-kind"])
  })

  it("a 2026 minhang construction project that only maintains an existing system is refused under art 3", () => {
    expect(reasonRules(decide(mh({ work: "maintenance" })))).toEqual(["approvals/minhang-project-kind"])
  })

  it("a 2026 minhang o&m project maintaining an existing system fits art 3", () => {
    expect(decide(mh({ kind: "operation-maintenance", work: "maintenance" })).outcome).toBe("allowed")
  })

  it("a town-funded minhang project is under art 2; one funded otherwise leaves art 3 not applicable", () => {
    expect(finding(decide({ ...minhang, funding: "town-level" }), "approvals/minhang-project-kind")?.status).toBe(
      "satisfied"
    )
    const other = decide({ ...mh({ work: "maintenance" }), funding: "other" })
    expect(finding(other, "approvals/minhang-project-kind")?.status).toBe("not-applicable")
  })

  it("on 2023-09-07 the minhang kind rule is not applicable and on 2023-09-08 it refuses an o&m new build", () => {
    const bad = mh({ kind: "operation-maintenance", work: "new-build" })
    expect(finding(decide(bad, "2023-09-07"), "approvals/minhang-project-kind")?.status).toBe("not-applicable")
    expect(reasonRules(decide(bad, "2023-09-08"))).toEqual(["approvals/minhang-project-kind"])
  })
})

describe("approvals/submission — yangpu-it-2018 1.1: kinds, level-3 costs, the 300,000-yuan line", () => {
  const yp = (patch: Partial<NonNullable<App["district"]>>, gradedLevel: 1 | 2 | 3 | 4 | 5 = 3): App => ({
    ...yangpu,
    protection: { gradedLevel, classifiedGrade: null },
    district: { ...(yangpu.district as NonNullable<App["district"]>), ...patch }
  })
  const level3 = "approvals/level-3-costs-outside-construction"

  it("a 2026 yangpu construction project of 500,000 yuan with level-3 costs in its construction cost is refused under 1.1.4, applying directly", () => {
    const x = decide(yp({ level3CostsInConstructionCost: true }))
    expect(reasonRules(x)).toEqual([level3])
    expect(x.reasons[0]).toMatchObject({
      citations: ["yangpu-it-2018/1.1", "yangpu-it-2018/1.1.4", "yangpu-it-2018/1.1.5"],
      facts: { investmentYuan: 500_000, thresholdYuan: 300_000, appliesBy: "directly" }
    })
  })

  it("a 2026 yangpu project of 250,000 yuan is not exempt: it follows the standard by reference and is refused the same way", () => {
    const x = decide(yp({ level3CostsInConstructionCost: true, investmentYuan: 250_000 }))
    expect(reasonRules(x)).toEqual([level3])
    expect(x.reasons[0]?.facts).toMatchObject({ appliesBy: "by-reference" })
    expect(x.reasons[0]?.message.zh).toContain("参照此标准执行")
  })

  it("300,000 yuan exactly follows by reference (以下 includes the number); 300,001 applies directly", () => {
    expect(finding(decide(yp({ investmentYuan: 300_000 })), level3)?.facts).toMatchObject({ appliesBy: "by-reference" })
    expect(finding(decide(yp({ investmentYuan: 300_001 })), level3)?.facts).toMatchObject({ appliesBy: "directly" })
  })

  it("a 2026 yangpu level-3 project keeping those costs out of its construction cost satisfies 1.1.4", () => {
    expect(finding(decide(yangpu), level3)?.status).toBe("satisfied")
  })

  it("a 2026 yangpu level-2 project or an o&m project leaves 1.1.4 not applicable", () => {
    expect(finding(decide(yp({ level3CostsInConstructionCost: true }, 2)), level3)?.status).toBe("not-applicable")
    const om = decide(yp({ kind: "operation-maintenance", work: "maintenance", level3CostsInConstructionCost: true }))
    expect(finding(om, level3)?.status).toBe("not-applicable")
    expect(om.outcome).toBe("allowed")
  })

  it("a minhang or municipal project leaves the yangpu rules not applicable, whatever its costs", () => {
    const mh = {
      ...minhang,
      district: { ...(minhang.district as NonNullable<App["district"]>), level3CostsInConstructionCost: true }
    }
    expect(finding(decide(mh), level3)?.status).toBe("not-applicable")
    expect(finding(decide(municipal), "approvals/yangpu-project-kind")?.status).toBe("not-applicable")
  })

  it("a 2026 yangpu o&m project for an upgrade is refused under 1.1.1-1.1.2: upgrades are construction projects", () => {
    const x = decide(yp({ kind: "operation-maintenance", work: "upgrade" }))
    expect(reasonRules(x)).toEqual(["approvals/yangpu-project-kind"])
  })

  it("a 2026 yangpu construction project that only maintains a system is refused under 1.1.1-1.1.2", () => {
    expect(reasonRules(decide(yp({ work: "maintenance" })))).toEqual(["approvals/yangpu-project-kind"])
  })

  it("a 2026 yangpu construction upgrade fits 1.1.1", () => {
    expect(finding(decide(yangpu), "approvals/yangpu-project-kind")?.status).toBe("satisfied")
  })

  it("yangpu-it-2018 gives no start date: its rules are not applicable on 2018-01-30, before its office issued it on 2018-01-31, and apply from then with the caveat", () => {
    expect(finding(decide(yp({ level3CostsInConstructionCost: true }), "2018-01-30"), level3)?.status).toBe(
      "not-applicable"
    )
    expect(reasonRules(decide(yp({ level3CostsInConstructionCost: true }), "2018-01-31"))).toEqual([level3])
  })
})

describe("approvals/submission — dates and decoding", () => {
  it("on 2012-05-27 an application is not applicable and on 2012-05-28 it is decided: sh-egov-2012 took effect that day", () => {
    const x = decide(privateNetwork(), "2012-05-27")
    expect(x.outcome).toBe("not-applicable")
    expect(finding(decide(privateNetwork(), "2012-05-28"), "approvals/no-new-business-network")?.status).toBe(
      "violated"
    )
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
