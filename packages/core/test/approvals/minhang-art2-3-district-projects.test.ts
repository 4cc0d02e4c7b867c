import { describe, expect, it } from "vitest"
import type * as Approvals from "../../src/approvals/index.ts"
import { decideSubmission, findingOf, minhang, reasonRules } from "./fixtures.ts"

type App = Approvals.ProjectApplication
const decide = decideSubmission
const finding = findingOf

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
