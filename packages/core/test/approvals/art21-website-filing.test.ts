import { describe, expect, it } from "vitest"
import { accepted, reasonRules, refused, websites } from "./fixtures.ts"

const { start, fire } = websites

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
