import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import { accepted, agency, as, d, refused, started } from "./fixtures.ts"

type S = Snapshot<Approvals.WebsiteState, Approvals.WebsiteContext>
const m = Approvals.websiteFiling
const operator = as("mh-office", "website-operator")
const site: Approvals.Website = { name: "闵行区政府网", domain: "shmh.gov.cn", unit: agency("mh-office") }
const start = (): S => started(m, Approvals.newWebsiteContext(site))
const fire = (s: S, e: Approvals.WebsiteEvent, a = operator) => Transition.transition(m, s, e, a, d("2026-03-02"))

describe("approvals/website-filing — sh-egov-2012 art 21", () => {
  it("a 2026 website opened with its filing is open, and its filing is recorded", () => {
    const s = accepted(fire(start(), { type: "open", payload: { filing: { reference: "网备-1" } } }))
    expect(s).toMatchObject({ state: "open", context: { filings: [{ occasion: "opening", reference: "网备-1" }] } })
  })

  it("only the unit that runs the site opens or changes it", () => {
    const x = refused(
      fire(start(), { type: "open", payload: { filing: { reference: "x" } } }, as("pd-office", "website-operator"))
    )
    expect(x.reasons[0]).toMatchObject({
      rule: "approvals/website-filing/actor-permitted",
      citations: ["sh-egov-2012/21"]
    })
  })
})
