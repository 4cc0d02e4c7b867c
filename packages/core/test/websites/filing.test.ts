import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Registry from "../../src/registry.ts"
import * as Websites from "../../src/websites/index.ts"

describe("website filing — sh-egov-2012 art 21, reused from approvals", () => {
  it("the filing machine websites offers is approvals' own, registered once", () => {
    expect(Websites.websiteFiling).toBe(Approvals.websiteFiling)
    expect(Registry.machines.filter((m) => m.id === "approvals/website-filing")).toHaveLength(1)
    expect(Registry.getRule("approvals/website-filed")?.citations).toEqual(["sh-egov-2012/21"])
  })
})
