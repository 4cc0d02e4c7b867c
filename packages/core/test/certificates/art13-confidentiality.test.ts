import { describe, expect, it } from "vitest"
import * as Certificates from "../../src/certificates/index.ts"
import * as Validator from "../../src/decision/Validator.ts"
import { d } from "./fixtures.ts"

const decide = (q: Certificates.DisclosureRequest) => Validator.decide(Certificates.disclosure, q, d("2026-03-02"))

describe("certificates/disclosure — sh-digital-cert art 13", () => {
  it.each(["holder-identity", "entrusted-key"] as const)(
    "a 2026 disclosure of the `%s` with no law providing for it is refused under art 13",
    (information) => {
      const x = decide({ information, providedForByLaw: false })
      expect(x.outcome).toBe("refused")
      expect(x.reasons[0]).toMatchObject({
        rule: "certificates/no-disclosure-without-legal-basis",
        citations: ["sh-digital-cert/13"],
        facts: { information, providedForByLaw: false }
      })
    }
  )

  it("a 2026 disclosure of a holder's identity that a law provides for is allowed under art 13", () => {
    expect(decide({ information: "holder-identity", providedForByLaw: true }).outcome).toBe("allowed")
  })

  it("a 2026 disclosure of other information is not applicable: art 13 protects identities and entrusted keys", () => {
    expect(decide({ information: "other", providedForByLaw: false }).outcome).toBe("not-applicable")
  })
})
