import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Validator from "../../src/decision/Validator.ts"
import * as Seals from "../../src/seals/index.ts"
import * as Arb from "../../src/testing/arbitraries/seals.ts"

const inForce = Arb.localDate.filter((x) => x >= "2015-01-28")

describe("seals/use invariants", () => {
  it("no forbidden document kind is ever allowed, whatever else the request says", () => {
    fc.assert(
      fc.property(Arb.sealUseRequest, Arb.forbiddenKind, Arb.localDate, (req, kind, asOf) => {
        expect(Validator.decide(Seals.use, { ...req, documentKind: kind }, asOf).outcome).not.toBe("allowed")
      }),
      { numRuns: 2000 }
    )
  })

  it("no classified or sensitive document is ever allowed", () => {
    fc.assert(
      fc.property(
        Arb.sealUseRequest,
        fc.constantFrom("classified", "sensitive"),
        Arb.localDate,
        (req, secrecy, asOf) => {
          expect(Validator.decide(Seals.use, { ...req, secrecy }, asOf).outcome).not.toBe("allowed")
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("nothing is allowed on a day its certificate is not valid", () => {
    fc.assert(
      fc.property(Arb.sealUseRequest, Arb.localDate, (req, asOf) => {
        const c = req.certificate
        const valid = c.status === "active" && c.validFrom <= asOf && asOf <= c.validUntil
        if (!valid) expect(Validator.decide(Seals.use, req, asOf).outcome).not.toBe("allowed")
      }),
      { numRuns: 2000 }
    )
  })

  it("a request is allowed exactly when every article's condition holds (a reference model of arts 2, 4, 7)", () => {
    fc.assert(
      fc.property(Arb.sealUseRequest, inForce, (req, asOf) => {
        const c = req.certificate
        const expected = !req.sealOwner.xuhuiDistrictUnit
          ? "not-applicable"
          : Seals.permittedKinds.includes(req.documentKind) &&
              req.channel === "internal-office-platform" &&
              req.secrecy === "none" &&
              (req.issuers.coIssuers.length === 0 || req.issuers.lead === req.sealOwner.id) &&
              c.status === "active" &&
              c.validFrom <= asOf &&
              asOf <= c.validUntil
            ? "allowed"
            : "refused"
        expect(Validator.decide(Seals.use, req, asOf).outcome).toBe(expected)
      }),
      { numRuns: 3000 }
    )
  })

  it("every refusal names at least one violated rule, and every reason cites an article", () => {
    fc.assert(
      fc.property(Arb.sealUseRequest, Arb.localDate, (req, asOf) => {
        const x = Validator.decide(Seals.use, req, asOf)
        expect(x.reasons.length).toBeGreaterThan(0)
        for (const f of x.reasons) expect(f.citations.length).toBeGreaterThan(0)
        if (x.outcome === "refused") for (const f of x.reasons) expect(f.status).toBe("violated")
      }),
      { numRuns: 1000 }
    )
  })

  it("decisions are deterministic: the same input and day give the same decision", () => {
    fc.assert(
      fc.property(Arb.sealUseRequest, Arb.localDate, (req, asOf) => {
        expect(Validator.decide(Seals.use, structuredClone(req), asOf)).toEqual(Validator.decide(Seals.use, req, asOf))
      }),
      { numRuns: 500 }
    )
  })

  it("before 2015-01-28 nothing is allowed or refused: the measures are not yet in force", () => {
    fc.assert(
      fc.property(
        Arb.sealUseRequest,
        Arb.localDate.filter((x) => x < "2015-01-28"),
        (req, asOf) => {
          expect(Validator.decide(Seals.use, req, asOf).outcome).toBe("not-applicable")
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe("seals/legal-effect invariants", () => {
  it("no copy or converted copy ever has legal effect", () => {
    fc.assert(
      fc.property(Arb.legalEffectQuery, inForce, (q, asOf) => {
        const x = Validator.decide(Seals.legalEffect, q, asOf)
        if (q.form !== "original") expect(x.outcome).not.toBe("allowed")
      })
    )
  })
})
