import { describe, expect, it } from "vitest"
import { accepted, as, refused, websites } from "./fixtures.ts"

const { start, fire } = websites

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
