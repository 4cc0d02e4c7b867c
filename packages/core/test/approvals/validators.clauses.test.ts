/**
 * One rule per clause: the project application is checked by the network and
 * security rules themselves, read over the application. The copies approvals
 * kept before (in `before-merge/`, as they were) decide the same on the
 * submission example and on generated applications, on every day around the
 * documents' start dates; their ids stay as aliases for one release.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { ProjectApplication } from "../../src/approvals/model.ts"
import * as Validators from "../../src/approvals/validators.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Rule from "../../src/decision/Rule.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as Registry from "../../src/registry.ts"
import * as Arb from "../../src/testing/arbitraries/approvals.ts"
import * as OldNetworks from "./before-merge/art15-17-networks.ts"
import * as OldSecurity from "./before-merge/art32-33-security.ts"

const pairs: ReadonlyArray<readonly [Rule.Rule<ProjectApplication>, Rule.Rule<ProjectApplication>]> = [
  [OldNetworks.noNewBusinessNetwork, Validators.submissionRules.noNewBusinessNetwork],
  [OldNetworks.noNewNonClassifiedBusinessNetwork, Validators.submissionRules.noNewNonClassifiedBusinessNetwork],
  [OldNetworks.publicFacingOnExtranet, Validators.submissionRules.publicFacingOnExtranet],
  [OldSecurity.licensedSoftware, Validators.submissionRules.licensedSoftware],
  [OldSecurity.certifiedSecurityProducts, Validators.submissionRules.certifiedSecurityProducts]
]

/** The submission validator as it was: the old copies in place of the merged rules. */
const before = Validator.make<ProjectApplication>({
  ...Validators.submission,
  rules: Validators.submission.rules.map((r) => pairs.find(([, now]) => now === r)?.[0] ?? r)
})

const days = ["2012-05-27", "2012-05-28", "2015-01-01", "2020-06-14", "2020-06-15", "2026-03-02"].map(LocalDate.make)

const sameDecision = (a: ProjectApplication, asOf: LocalDate.LocalDate) => {
  for (const [old, now] of pairs) {
    const o = Rule.evaluate(old, a, asOf)
    const n = Rule.evaluate(now, a, asOf)
    expect({ rule: now.id, status: n.status, severity: n.severity, citations: n.citations }).toEqual({
      rule: now.id,
      status: o.status,
      severity: o.severity,
      citations: o.citations
    })
  }
  const o = Validator.decide(before, a, asOf)
  const n = Validator.decide(Validators.submission, a, asOf)
  expect(n.outcome).toBe(o.outcome)
  expect(n.reasons.map((f) => f.status)).toEqual(o.reasons.map((f) => f.status))
}

describe("one rule per clause: approvals reads the network and security rules", () => {
  it("the submission validator applies the networks/ and security/ rules themselves, not copies", () => {
    const ids = Validators.submission.rules.map((r) => r.id)
    expect(ids).toEqual(expect.arrayContaining(pairs.map(([, now]) => now.id)))
    for (const [old, now] of pairs) {
      expect(now.id).not.toBe(old.id)
      expect(now.citations).toEqual(old.citations)
      expect(Registry.getRule(now.id)?.usedBy).toContain("approvals/submission")
      expect(Registry.getRule(now.id)?.usedBy.some((u) => !u.startsWith("approvals/"))).toBe(true)
    }
  })

  it("on the submission example, on every day from 2012 to 2026, each clause decides as its old copy did", () => {
    const example = Registry.validatorExamples["approvals/submission"]?.input as ProjectApplication
    for (const asOf of days) sameDecision(example, asOf)
  })

  it("on generated applications each clause, and the whole submission, decides as before", () => {
    fc.assert(
      fc.property(Arb.projectApplication, fc.constantFrom(...days), (a, asOf) => sameDecision(a, asOf)),
      { numRuns: 400 }
    )
  })

  it("each old id is an alias for one release: the registry finds the rule by it and says it is an alias", () => {
    expect(Registry.ruleAliases.map((a) => a.id).sort()).toEqual(pairs.map(([old]) => old.id).sort())
    for (const [old, now] of pairs) {
      expect(Registry.rules.some((r) => r.id === old.id)).toBe(false)
      expect(Registry.aliasOf(old.id)).toMatchObject({ id: old.id, aliasOf: now.id })
      expect(Registry.getRule(old.id)?.id).toBe(now.id)
      expect(Registry.recordedIds(now.id)).toEqual([now.id, old.id])
      expect(Registry.recordedIds(old.id)).toEqual([now.id, old.id])
    }
    expect(Registry.aliasOf("networks/no-new-business-network")).toBeUndefined()
    expect(Registry.recordedIds("seals/document-kind-permitted")).toEqual(["seals/document-kind-permitted"])
  })
})
