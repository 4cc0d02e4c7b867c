import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { agency, d, legalPersons } from "./fixtures.ts"

const decide = (patch: Partial<DataSharing.DatabaseSharing>, asOf = "2026-03-02") =>
  Validator.decide(DataSharing.sharing, { ...legalPersons, ...patch }, d(asOf))

describe("sh-egov-2012 art 27: 原则上纳入信息共享 admits exceptions, and names the way to one", () => {
  it("a 2026 legal-person database not shared, with no provision saying otherwise and no deferral, is allowed with an art 27 warning naming the deferral route", () => {
    const x = decide({ shared: false })
    expect(x.outcome).toBe("allowed")
    const f = x.findings.find((r) => r.rule === "data-sharing/basic-database-shared")
    expect(f).toMatchObject({ status: "violated", severity: "warning" })
    expect(f?.facts).toMatchObject({ exception: { provision: "sh-egov-2012/27" } })
    expect(f?.message.zh).toContain("按照程序报批后,暂缓实施")
  })

  it("a 2026 legal-person database deferred with approval satisfies art 27", () => {
    const x = decide({ shared: false, deferral: { reference: "暂缓-2026-1", approvedBy: legalPersons.holder.id } })
    expect(x.findings.find((r) => r.rule === "data-sharing/basic-database-shared")?.status).toBe("satisfied")
  })
})

describe("data-sharing/sharing — sh-egov-2012 art 27", () => {
  const decide = (patch: Partial<DataSharing.DatabaseSharing>, asOf = "2026-03-02") =>
    Validator.decide(DataSharing.sharing, { ...legalPersons, ...patch }, d(asOf))

  it("a 2026 legal-person database within sharing and exchange is allowed under art 27", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(Decision.citations(x)).toEqual(["sh-egov-2012/27"])
  })

  it.each(["population", "legal-person", "spatial-geography", "macro-economy", "other-basic-or-public"] as const)(
    "a 2026 `%s` database kept out of sharing with no exception and no deferral is allowed with the art 27 warning (原则上)",
    (kind) => {
      const x = decide({ database: { name: "库", kind }, shared: false })
      expect(x.outcome).toBe("allowed")
      expect(x.reasons[0]).toMatchObject({
        rule: "data-sharing/basic-database-shared",
        status: "violated",
        severity: "warning",
        citations: ["sh-egov-2012/27"],
        facts: { kind, baseResource: kind !== "other-basic-or-public", shared: false }
      })
    }
  )

  it("a 2026 population database kept out of sharing because a law says otherwise is allowed, naming the law", () => {
    const x = decide({
      database: { name: "人口库", kind: "population" },
      shared: false,
      exception: { basis: "law", provision: "中华人民共和国保守国家秘密法" }
    })
    expect(x.outcome).toBe("allowed")
    expect(x.reasons[0]?.message.en).toContain("“中华人民共和国保守国家秘密法”")
  })

  it("a 2026 legal-person database whose sharing is deferred with approval is allowed, naming the approval", () => {
    const x = decide({ shared: false, deferral: { reference: "暂缓-2026-1", approvedBy: agency("sh-gov-office") } })
    expect(x.outcome).toBe("allowed")
    expect(x.reasons[0]?.facts).toMatchObject({ deferral: { reference: "暂缓-2026-1", approvedBy: "sh-gov-office" } })
  })

  it("a 2026 database with no basic or public character is not applicable under art 27, shared or not", () => {
    expect(decide({ database: { name: "内部通讯录", kind: "other" }, shared: false }).outcome).toBe("not-applicable")
  })

  it("a 2026 database held by a body that is not an administrative organ is outside art 27", () => {
    const x = decide({ holder: { id: agency("sh-water"), administrativeOrgan: false }, shared: false })
    expect(x.outcome).toBe("not-applicable")
    expect(x.reasons[0]?.rule).toBe("data-sharing/held-by-administrative-organ")
  })

  it("on 2012-05-27, the day before sh-egov-2012 takes effect, an unshared population database is not applicable; on 2012-05-28 it draws the art 27 warning", () => {
    const unshared = { database: { name: "人口库", kind: "population" as const }, shared: false }
    expect(decide(unshared, "2012-05-27").outcome).toBe("not-applicable")
    expect(decide(unshared, "2012-05-28").reasons[0]).toMatchObject({ status: "violated", severity: "warning" })
  })
})
