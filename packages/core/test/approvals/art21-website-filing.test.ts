import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, agency, as, d, reasonRules, refused, started } from "./fixtures.ts"

type S = Snapshot<Approvals.WebsiteState, Approvals.WebsiteContext>
const m = Approvals.websiteFiling
const operator = as("mh-office", "website-operator")
const site: Approvals.Website = { name: "闵行区政府网", domain: "shmh.gov.cn", unit: agency("mh-office") }
const start = (): S => started(m, Approvals.newWebsiteContext(site))
const fire = (s: S, e: Approvals.WebsiteEvent, a = operator) => Transition.transition(m, s, e, a, d("2026-03-02"))

describe("approvals/website-filing — sh-egov-2012 art 21", () => {
  it("a 2026 website opened without a filing is refused under art 21", () => {
    const x = refused(fire(start(), { type: "open", payload: { filing: null } }))
    expect(reasonRules(x)).toEqual(["approvals/website-filed"])
    expect(x.reasons[0]).toMatchObject({ citations: ["sh-egov-2012/21"], facts: { occasion: "opening" } })
  })

  it("a 2026 change to an open website is refused under art 21 without a filing and recorded with one", () => {
    const open = accepted(fire(start(), { type: "open", payload: { filing: { reference: "网备-1" } } }))
    const x = refused(fire(open, { type: "change", payload: { description: "改版", filing: null } }))
    expect(x.reasons[0]?.facts).toMatchObject({ occasion: "change" })
    const changed = accepted(
      fire(open, { type: "change", payload: { description: "改版", filing: { reference: "网备-2" } } })
    )
    expect(changed.context.filings).toHaveLength(2)
  })
})
