/**
 * fast-check arbitraries for the e-licence model, shipped for users' own
 * property tests: proposed systems of the city level, districts and
 * departments, with and without a licence library of their own.
 */
import fc from "fast-check"
import type {
  IssuedLicences,
  IssuerKind,
  LicenceKind,
  LicenceLibrary,
  ProposedSystem,
  ProposerKind
} from "../../e-licences/model.ts"
import type { AgencyId } from "../../machine/Actor.ts"

export const proposerKind: fc.Arbitrary<ProposerKind> = fc.constantFrom("city-level", "district", "department")
export const licenceLibrary: fc.Arbitrary<LicenceLibrary> = fc.constantFrom("none", "unified", "own")

export const issuedLicences: fc.Arbitrary<IssuedLicences> = fc.record({
  issuer: fc.constantFrom<IssuerKind>(
    "administrative-organ",
    "public-institution-with-public-functions",
    "peoples-organisation",
    "other"
  ),
  kinds: fc
    .uniqueArray(
      fc.constantFrom<LicenceKind>(
        "certificate",
        "licence-or-plate",
        "approval-document",
        "appraisal-report",
        "supporting-document",
        "other-licence"
      ),
      { minLength: 1, maxLength: 3 }
    )
    .map((k) => k as unknown as readonly [LicenceKind, ...LicenceKind[]]),
  collectedIntoUnifiedLibrary: fc.boolean(),
  followsStandards: fc.boolean()
})

export const proposedSystem: fc.Arbitrary<ProposedSystem> = fc.record({
  name: fc.constantFrom("区证照库", "一网通办受理系统", "市电子证照库", "部门审批系统"),
  proposer: fc.record({
    id: fc.constantFrom("sh-big-data-center", "pd-office", "sh-market-regulation").map((s) => s as AgencyId),
    kind: proposerKind
  }),
  licenceLibrary,
  issuesLicences: fc.option(issuedLicences, { nil: null, freq: 3 }),
  usesLicencesInServices: fc.option(fc.record({ viaUnifiedLibrary: fc.boolean() }), { nil: null, freq: 3 })
})
