import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { caveatRule } from "../../src/catalogue/caveats.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import * as ELicences from "../../src/e-licences/index.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"
import * as Arb from "../../src/testing/arbitraries/e-licences.ts"
import { localDate } from "../../src/testing/arbitraries/seals.ts"

const d = LocalDate.make

/** A Pudong district approval system that issues licences into the unified library and uses it in services. */
const pudong: ELicences.ProposedSystem = {
  name: "浦东审批系统",
  proposer: { id: "pd-office" as AgencyId, kind: "district" },
  licenceLibrary: "none",
  issuesLicences: {
    issuer: "administrative-organ",
    kinds: ["licence-or-plate", "approval-document"],
    collectedIntoUnifiedLibrary: true,
    followsStandards: true
  },
  usesLicencesInServices: { viaUnifiedLibrary: true }
}

const decide = (patch: Partial<ELicences.ProposedSystem>, asOf = "2026-03-02") =>
  Validator.decide(ELicences.system, { ...pudong, ...patch }, d(asOf))

const rules = (x: Decision.Decision) => x.reasons.map((f) => f.rule)

describe("e-licences/system — sh-e-license section 二 (sh-e-license/2)", () => {
  it("a 2026 district system that collects its licences into the unified library by the standards and uses it is allowed", () => {
    const x = decide({})
    expect(x.outcome).toBe("allowed")
    expect(rules(x)).toEqual([
      "e-licences/collected-into-unified-library",
      "e-licences/services-use-unified-library",
      caveatRule
    ])
    expect(Decision.citations(x)).toEqual(["sh-e-license/2"])
  })

  it.each(["district", "department"] as const)("a 2026 %s building its own licence library is refused", (kind) => {
    const x = decide({ proposer: { id: "pd-office" as AgencyId, kind }, licenceLibrary: "own" })
    expect(x.outcome).toBe("refused")
    expect(rules(x)).toEqual(["e-licences/no-own-licence-library"])
    expect(x.reasons[0]?.message.zh).toContain("各区、各部门不再重复建设")
  })

  it("a 2026 district building the unified library itself is refused: it is built at city level; the city level building it is allowed", () => {
    expect(rules(decide({ licenceLibrary: "unified" }))).toEqual(["e-licences/no-own-licence-library"])
    const city = decide({
      proposer: { id: "sh-big-data-center" as AgencyId, kind: "city-level" },
      licenceLibrary: "unified",
      issuesLicences: null,
      usesLicencesInServices: null
    })
    expect(city.outcome).toBe("allowed")
  })

  it("a 2026 city-level body building a second library of its own is refused", () => {
    expect(
      decide({ proposer: { id: "sh-big-data-center" as AgencyId, kind: "city-level" }, licenceLibrary: "own" }).outcome
    ).toBe("refused")
  })

  it("a 2026 system whose licences are not collected into the unified library is refused; collected but not by the standards too", () => {
    const issued = pudong.issuesLicences
    if (issued === null) throw new Error("fixture")
    const notCollected = decide({ issuesLicences: { ...issued, collectedIntoUnifiedLibrary: false } })
    expect(rules(notCollected)).toEqual(["e-licences/collected-into-unified-library"])
    const noStandards = decide({ issuesLicences: { ...issued, followsStandards: false } })
    expect(noStandards.reasons[0]?.message.en).toContain("not by the standards")
  })

  it("a 2026 system whose issuer is outside the library's range is not asked to collect", () => {
    const issued = pudong.issuesLicences
    if (issued === null) throw new Error("fixture")
    const x = decide({ issuesLicences: { ...issued, issuer: "other", collectedIntoUnifiedLibrary: false } })
    expect(x.findings.find((f) => f.rule === "e-licences/collected-into-unified-library")?.status).toBe(
      "not-applicable"
    )
  })

  it("a 2026 system that uses licences in services without the unified library is refused", () => {
    expect(rules(decide({ usesLicencesInServices: { viaUnifiedLibrary: false } }))).toEqual([
      "e-licences/services-use-unified-library"
    ])
  })

  it("a system that builds no library, issues and uses no licences is not applicable", () => {
    expect(decide({ issuesLicences: null, usesLicencesInServices: null }).outcome).toBe("not-applicable")
  })

  it("in 2000 the plan is not applicable (it cites 沪委办发〔2018〕14号, so it is in force no earlier than 2018); in 2040 it applies, with the caveat that its date is unknown", () => {
    expect(decide({ licenceLibrary: "own" }, "2000-01-01").outcome).toBe("not-applicable")
    const later = decide({}, "2040-01-01")
    expect(later.outcome).toBe("allowed")
    expect(rules(later)).toContain(caveatRule)
  })
})

describe("e-licences invariants", () => {
  it("from 2018, when the plan can first be in force, no district or department's own licence library, nor a unified one built below city level, is ever allowed", () => {
    let hit = 0
    fc.assert(
      fc.property(Arb.proposedSystem, localDate, (s, asOf) => {
        const x = Validator.decide(ELicences.system, s, asOf)
        if (asOf < "2018-01-01") expect(x.outcome).toBe("not-applicable")
        else if (s.licenceLibrary === "own" || (s.licenceLibrary === "unified" && s.proposer.kind !== "city-level")) {
          hit++
          expect(x.outcome).toBe("refused")
          expect(x.reasons.map((f) => f.rule)).toContain("e-licences/no-own-licence-library")
        }
      }),
      { numRuns: 2000 }
    )
    expect(hit).toBeGreaterThan(300)
  })

  it("a system is allowed exactly when every requirement of section 二 that applies holds (a reference model)", () => {
    const outcomes = new Set<string>()
    fc.assert(
      fc.property(Arb.proposedSystem, (s) => {
        const library =
          s.licenceLibrary === "none" ? null : s.licenceLibrary === "unified" && s.proposer.kind === "city-level"
        const l = s.issuesLicences
        const collect = l === null || l.issuer === "other" ? null : l.collectedIntoUnifiedLibrary && l.followsStandards
        const use = s.usesLicencesInServices === null ? null : s.usesLicencesInServices.viaUnifiedLibrary
        const applicable = [library, collect, use].filter((v) => v !== null)
        const expected = applicable.length === 0 ? "not-applicable" : applicable.every((v) => v) ? "allowed" : "refused"
        outcomes.add(expected)
        expect(Validator.decide(ELicences.system, s, d("2026-03-02")).outcome).toBe(expected)
      }),
      { numRuns: 2000 }
    )
    expect([...outcomes].sort()).toEqual(["allowed", "not-applicable", "refused"])
  })
})
