import { describe, expect, it } from "vitest"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d, legalPersons } from "./fixtures.ts"

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
