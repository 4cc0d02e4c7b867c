import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Approvals from "../../src/approvals/index.ts"
import * as Catalogue from "../../src/catalogue/Catalogue.ts"
import * as Certificates from "../../src/certificates/index.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Decision from "../../src/decision/Decision.ts"
import type { Finding } from "../../src/decision/Finding.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as ELicences from "../../src/e-licences/index.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Registry from "../../src/registry.ts"
import * as Seals from "../../src/seals/index.ts"
import * as Security from "../../src/security/index.ts"
import { localDateBetween } from "../../src/testing/arbitraries/dates.ts"
import * as ELicenceArb from "../../src/testing/arbitraries/e-licences.ts"
import * as SealArb from "../../src/testing/arbitraries/seals.ts"
import { notice } from "../seals/fixtures.ts"

const d = LocalDate.make
const caveatRule = "catalogue/in-force-date-known"
const caveats = (x: Decision.Decision) => x.findings.filter((f) => f.rule === caveatRule)
const caveatOf = (x: Decision.Decision, document: string): Finding | undefined =>
  caveats(x).find((f) => f.facts.document === document)

/** A district system that builds its own licence library: refused under sh-e-license section 二 once it applies. */
const ownLibrary: ELicences.ProposedSystem = {
  name: "区证照库",
  proposer: { id: "pd-office" as AgencyId, kind: "district" },
  licenceLibrary: "own",
  issuesLicences: null,
  usesLicencesInServices: null
}

describe("undated documents are bounded by their own text (sh-e-license, yangpu-it-2018, gbt-22239-2019)", () => {
  it("a 2005 district licence library is not applicable: the e-licence plan cites 沪委办发〔2018〕14号, so it is in force no earlier than 2018", () => {
    const x = Validator.decide(ELicences.system, ownLibrary, d("2005-06-01"))
    expect(x.outcome).toBe("not-applicable")
    expect(x.findings.find((f) => f.rule === "e-licences/no-own-licence-library")).toMatchObject({
      status: "not-applicable",
      facts: { notInForce: [{ document: "sh-e-license", inForceFrom: null, notBefore: "2018-01-01" }] }
    })
    expect(caveats(x)).toEqual([])
  })

  it("on 2017-12-31 the e-licence plan is not yet applicable; on 2018-01-01 a district licence library is refused, with the caveat", () => {
    expect(Validator.decide(ELicences.system, ownLibrary, d("2017-12-31")).outcome).toBe("not-applicable")
    const x = Validator.decide(ELicences.system, ownLibrary, d("2018-01-01"))
    expect(x.outcome).toBe("refused")
    expect(caveatOf(x, "sh-e-license")).toBeDefined()
  })

  it("a 2018-01-30 yangpu project is not applicable under the yangpu standard, which its office issued on 2018-01-31", () => {
    const yangpu: Approvals.ProjectApplication = {
      name: "杨浦OA",
      projectUnit: "yp-office" as AgencyId,
      funding: "district-level",
      system: {
        publicFacing: false,
        builtOn: "extranet",
        servedOverInternet: false,
        classified: false,
        isolatedSingleDepartment: false
      },
      newBusinessNetwork: null,
      software: [],
      securityProducts: [],
      protection: { gradedLevel: 3, classifiedGrade: null },
      district: {
        district: "yangpu",
        kind: "construction",
        work: "upgrade",
        investmentYuan: 500_000,
        level3CostsInConstructionCost: true
      }
    }
    const level3 = (x: Decision.Decision) =>
      x.findings.find((f) => f.rule === "approvals/level-3-costs-outside-construction")
    expect(level3(Validator.decide(Approvals.submission, yangpu, d("2018-01-30")))?.status).toBe("not-applicable")
    const x = Validator.decide(Approvals.submission, yangpu, d("2018-01-31"))
    expect(x.outcome).toBe("refused")
    expect(level3(x)?.status).toBe("violated")
    expect(caveatOf(x, "yangpu-it-2018")).toMatchObject({ severity: "warning", facts: { notBefore: "2018-01-31" } })
  })

  it("the catalogue says where each bound comes from, in the document's own words", () => {
    for (const doc of Catalogue.documents) {
      if (doc.inForceFrom !== null) {
        expect(doc.startBound, doc.id).toBeNull()
        continue
      }
      const bound = doc.startBound
      if (bound === null) throw new Error(`${doc.id} has neither a start date nor a bound`)
      expect(bound.because.zh.length, doc.id).toBeGreaterThan(10)
      expect(bound.because.en.length, doc.id).toBeGreaterThan(10)
      if (bound.notBefore !== null) {
        expect(bound.evidence, doc.id).not.toBeNull()
        expect(bound.evidence ?? "", doc.id).toContain(bound.notBefore.slice(0, 4))
      }
    }
    expect(Catalogue.getDocument("sh-e-license")?.startBound).toMatchObject({
      notBefore: "2018-01-01",
      evidence: "沪委办发〔2018〕14号"
    })
    expect(Catalogue.getDocument("sh-digital-cert")?.startBound).toMatchObject({ notBefore: null, evidence: null })
  })
})

describe("every decision resting on a document whose start date is unknown carries the caveat", () => {
  it("a 2026 refusal of a district licence library carries an in-force-date-unknown caveat naming the plan, as a warning", () => {
    const x = Validator.decide(ELicences.system, ownLibrary, d("2026-03-02"))
    expect(x.outcome).toBe("refused")
    const caveat = caveatOf(x, "sh-e-license")
    expect(caveat).toMatchObject({
      status: "violated",
      severity: "warning",
      citations: ["sh-e-license/2"],
      facts: { document: "sh-e-license", inForceFrom: null, notBefore: "2018-01-01" }
    })
    // a refusal's reasons are its error-severity violations; the caveat qualifies it among the findings
    expect(x.reasons).not.toContainEqual(caveat)
    expect(Validator.decide(ELicences.system, { ...ownLibrary, licenceLibrary: "none" }, d("2026-03-02")).outcome).toBe(
      "not-applicable"
    )
    expect(caveat?.message.zh).toContain("上海市加快推进电⼦证照应⽤实施⽅案")
    expect(caveat?.message.zh).toContain("施行日期")
    expect(caveat?.message.en).toContain("Electronic Licences")
    for (const m of [caveat?.message.zh ?? "", caveat?.message.en ?? ""]) {
      expect(m).not.toMatch(/[`*]|sh-e-license/u)
    }
  })

  it("a 2026 seal use is allowed and carries the caveat for sh-digital-cert art 10, whose start the source omits", () => {
    const x = Validator.decide(Seals.use, notice, d("2026-03-02"))
    expect(x.outcome).toBe("allowed")
    expect(x.reasons.map((f) => f.rule)).toContain(caveatRule)
    expect(caveatOf(x, "sh-digital-cert")).toMatchObject({
      citations: ["sh-digital-cert/10"],
      facts: { notBefore: null }
    })
    expect(caveatOf(x, "xuhui-eseal-2015")).toBeUndefined()
  })

  it("a 2026 role change is decided under egov-cloud-password art 9 with the caveat: the template has no date at all", () => {
    const x = Validator.decide(
      Security.roleChange,
      {
        change: "create-role",
        role: { id: "finance-clerk", duties: ["enter-payments"] },
        incompatibleDuties: [],
        signOff: { by: "王主任", capacity: "business-department-head" }
      },
      d("2026-03-02")
    )
    expect(x.outcome).toBe("allowed")
    expect(caveatOf(x, "egov-cloud-password")).toBeDefined()
  })

  it("a decision resting only on dated documents carries no caveat", () => {
    const x = Validator.decide(Seals.use, { ...notice, documentKind: "contract" }, d("2026-03-02"))
    expect(x.outcome).toBe("refused")
    expect(caveats(x)).toEqual([])
  })

  it("a 2026 certificate renewal is accepted with the caveat: the lifecycle machine rests on sh-digital-cert arts 9-10", () => {
    const m = Certificates.lifecycle
    const application: Certificates.Application = {
      applicant: { kind: "government-body", id: "xh-office" },
      holder: { kind: "unit", id: "xh-office" as AgencyId },
      domain: "e-government",
      service: {
        id: "ca-shect" as AgencyId,
        lawfullyEstablished: true,
        recognisedBy: ["sh-informatization-commission", "sh-cryptography-office", "sh-state-secrets-bureau"],
        meetsUnifiedRequirements: true
      },
      documentsValid: true
    }
    const snapshot = {
      machine: m.id,
      state: "applied" as const,
      context: Certificates.initialContext(application),
      version: 0
    }
    const r = Transition.transition(
      m,
      snapshot,
      { type: "review", payload: {} },
      { agency: "ca-shect" as AgencyId, role: "certification-service" },
      d("2026-03-02")
    )
    expect(r._tag).toBe("Accepted")
    expect(caveatOf(r.decision, "sh-digital-cert")).toMatchObject({ severity: "warning" })
    const refused = Transition.transition(
      m,
      snapshot,
      { type: "review", payload: {} },
      { agency: "xh-office" as AgencyId, role: "applicant" },
      d("2026-03-02")
    )
    expect(refused._tag).toBe("Refused")
    expect(caveatOf(refused.decision, "sh-digital-cert")).toBeDefined()
  })

  it("a caveat never changes an outcome and never appears in a not-applicable decision (e-licence and seal validators, 1990-2035)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            v: fc.constant(ELicences.system as Validator.Validator<unknown>),
            i: ELicenceArb.proposedSystem
          }),
          fc.record({ v: fc.constant(Seals.use as Validator.Validator<unknown>), i: SealArb.sealUseRequest })
        ),
        localDateBetween(1990, 2035),
        ({ v, i }, asOf) => {
          const x = Validator.decide(v, i, asOf)
          const without = x.findings.filter((f) => f.rule !== caveatRule)
          expect(Decision.fromFindings(x.subject, asOf, without).outcome).toBe(x.outcome)
          if (x.outcome === "not-applicable") expect(caveats(x)).toEqual([])
          for (const c of caveats(x)) {
            const doc = Catalogue.getDocument(String(c.facts.document))
            expect(doc?.inForceFrom).toBeNull()
            expect(doc !== undefined && Catalogue.inForceOn(doc, asOf)).toBe("unknown")
          }
        }
      )
    )
  })

  it("the caveat is no rule of the registry: it qualifies decisions, it decides nothing", () => {
    expect(Registry.getRule(caveatRule)).toBeUndefined()
  })
})

describe("a caveat is owed only once the undated document can be in force", () => {
  const applied = (asOf: LocalDate.LocalDate, citations: ReadonlyArray<string>): Finding => ({
    rule: "e-licences/unified-library" as Finding["rule"],
    status: "satisfied",
    severity: "error",
    citations: citations as Finding["citations"],
    message: { zh: "依据电子证照方案", en: "under the e-licence plan" },
    facts: { asOf }
  })

  it("a 2015 decision resting on sh-e-license section 1 gets no caveat: the plan is in force no earlier than 2018", () => {
    const x = Decision.fromFindings("t", d("2015-01-01"), [applied(d("2015-01-01"), ["sh-e-license/1.1"])])
    expect(x.outcome).toBe("allowed")
    expect(caveats(x)).toEqual([])
    const viaRestsOn = Decision.fromFindings("t", d("2015-01-01"), [applied(d("2015-01-01"), [])], ["sh-e-license/1.1"])
    expect(caveats(viaRestsOn)).toEqual([])
  })

  it("the same decision in 2019 carries the caveat naming the plan and the article it rests on", () => {
    const x = Decision.fromFindings("t", d("2019-06-01"), [applied(d("2019-06-01"), ["sh-e-license/1.1"])])
    expect(caveatOf(x, "sh-e-license")?.citations).toEqual(["sh-e-license/1.1"])
    const viaRestsOn = Decision.fromFindings("t", d("2019-06-01"), [applied(d("2019-06-01"), [])], ["sh-e-license/1.2"])
    expect(caveatOf(viaRestsOn, "sh-e-license")?.citations).toEqual(["sh-e-license/1.2"])
  })
})
