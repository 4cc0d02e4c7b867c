/**
 * fast-check arbitraries for the approvals model, shipped for users' own
 * property tests: project applications (random, and ones that pass every
 * submission rule), district facts, and events of the municipal approval
 * chain with the actors that may or may not fire them.
 */
import fc from "fast-check"
import { agencies, eitc, govOffice, ndrc } from "../../approvals/agencies.ts"
import type { CityPlanEvent } from "../../approvals/city-plan.ts"
import type { DistrictEvent } from "../../approvals/district-project.ts"
import type {
  CopiedDocument,
  DistrictProject,
  Funding,
  PlanFiling,
  ProjectApplication,
  Protection,
  SystemProfile,
  Website
} from "../../approvals/model.ts"
import type { PlanFilingEvent } from "../../approvals/plan-filing.ts"
import type { ProjectEvent } from "../../approvals/project-approval.ts"
import type { WebsiteEvent } from "../../approvals/website-filing.ts"
import type { LocalDate } from "../../date/LocalDate.ts"
import type { Actor, AgencyId } from "../../machine/Actor.ts"
import { localDateBetween } from "./dates.ts"

/** Calendar days between 2010 and 2039 (around the documents' start dates). */
export const localDate: fc.Arbitrary<LocalDate> = localDateBetween(2010, 2039)

/** Project units (not named in any article). */
export const projectUnit: fc.Arbitrary<AgencyId> = fc
  .constantFrom("sh-health-commission", "sh-transport-commission", "mh-office", "yp-office", "mh-street-xinzhuang")
  .map((s) => s as AgencyId)

/** Any agency: the named municipal agencies and project units. */
export const agencyId: fc.Arbitrary<AgencyId> = fc.oneof(fc.constantFrom(...agencies.map((a) => a.id)), projectUnit)

export const role: fc.Arbitrary<string> = fc.constantFrom("project-unit", "reviewer", "approver", "clerk")

export const actor: fc.Arbitrary<Actor> = fc.record({ agency: agencyId, role })

export const funding: fc.Arbitrary<Funding> = fc.constantFrom(
  "municipal-government-investment",
  "municipal-annual-it-budget",
  "district-level",
  "town-level",
  "other"
)

export const systemProfile: fc.Arbitrary<SystemProfile> = fc.record({
  publicFacing: fc.boolean(),
  builtOn: fc.constantFrom(
    "extranet",
    "internal-network",
    "trunked-radio-network",
    "business-private-network",
    "other"
  ),
  servedOverInternet: fc.boolean(),
  classified: fc.boolean(),
  isolatedSingleDepartment: fc.boolean()
})

export const protection: fc.Arbitrary<Protection> = fc.record({
  gradedLevel: fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: null }),
  classifiedGrade: fc.option(fc.constantFrom("secret", "confidential", "top-secret"), { nil: null })
})

export const districtProject: fc.Arbitrary<DistrictProject> = fc.record({
  district: fc.constantFrom("minhang", "yangpu", "other"),
  kind: fc.constantFrom("construction", "operation-maintenance"),
  work: fc.constantFrom("new-build", "upgrade", "maintenance"),
  investmentYuan: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom(299_999, 300_000, 300_001)),
  level3CostsInConstructionCost: fc.boolean()
})

const name = fc.constantFrom("一网通办", "数据中台", "视频监控平台", "OA")

/** Any well-formed application: most break some rule. */
export const projectApplication: fc.Arbitrary<ProjectApplication> = fc.record({
  name,
  projectUnit,
  funding,
  system: systemProfile,
  newBusinessNetwork: fc.option(
    fc.record({
      classified: fc.boolean(),
      stateProvision: fc.option(fc.constantFrom("国家规定A"), { nil: null })
    }),
    { nil: null }
  ),
  software: fc.array(fc.record({ name: fc.constantFrom("os", "db", "office"), licensed: fc.boolean() }), {
    maxLength: 3
  }),
  securityProducts: fc.array(fc.record({ name: fc.constantFrom("firewall", "ids"), certified: fc.boolean() }), {
    maxLength: 2
  }),
  protection,
  district: fc.option(districtProject, { nil: null })
})

/**
 * An application that meets every error rule of `approvals/submission` (it may
 * still carry the art 28 warning), funded as given; a district project when
 * `district` is given.
 */
export const compliantApplication = (
  fundedAs: Funding,
  district: "minhang" | "yangpu" | null = null
): fc.Arbitrary<ProjectApplication> =>
  fc
    .record({
      name,
      projectUnit,
      publicFacing: fc.boolean(),
      classified: fc.boolean(),
      isolated: fc.boolean(),
      level: fc.constantFrom(1, 2, 3, 4, 5),
      grade: fc.constantFrom("secret", "confidential", "top-secret"),
      software: fc.array(fc.constantFrom("os", "db", "office"), { maxLength: 3 }),
      kind: fc.constantFrom("construction", "operation-maintenance"),
      investmentYuan: fc.integer({ min: 0, max: 5_000_000 })
    })
    .map(
      (r): ProjectApplication => ({
        name: r.name,
        projectUnit: r.projectUnit,
        funding: fundedAs,
        system: {
          publicFacing: r.publicFacing && !r.classified,
          builtOn: r.classified ? "internal-network" : "extranet",
          servedOverInternet: !r.classified,
          classified: r.classified,
          isolatedSingleDepartment: r.isolated
        },
        newBusinessNetwork: null,
        software: r.software.map((n) => ({ name: n, licensed: true })),
        securityProducts: [{ name: "firewall", certified: true }],
        protection: r.classified
          ? { gradedLevel: null, classifiedGrade: r.grade }
          : { gradedLevel: r.level, classifiedGrade: null },
        district:
          district === null
            ? null
            : {
                district,
                kind: r.kind,
                work: r.kind === "construction" ? "new-build" : "maintenance",
                investmentYuan: r.investmentYuan,
                level3CostsInConstructionCost: false
              }
      })
    )

/** Copy lists for the approve event: with and without the General Office. */
export const copiedTo: fc.Arbitrary<ReadonlyArray<AgencyId>> = fc.oneof(
  fc.constant([govOffice.id]),
  fc.constant([govOffice.id, eitc.id]),
  fc.constant([]),
  fc.constant([eitc.id])
)

/** What an approval copies (art 12): both documents most often, one of them, or nothing. */
export const copiedDocuments: fc.Arbitrary<ReadonlyArray<CopiedDocument>> = fc.oneof(
  { arbitrary: fc.constant<ReadonlyArray<CopiedDocument>>(["approval-document", "budget-arrangement"]), weight: 6 },
  { arbitrary: fc.constant<ReadonlyArray<CopiedDocument>>(["approval-document"]), weight: 1 },
  { arbitrary: fc.constant<ReadonlyArray<CopiedDocument>>(["budget-arrangement"]), weight: 1 },
  { arbitrary: fc.constant<ReadonlyArray<CopiedDocument>>([]), weight: 1 }
)

/** Any event of the municipal approval chain; amendments carry the given applications. */
export const projectEvent = (application: fc.Arbitrary<ProjectApplication>): fc.Arbitrary<ProjectEvent> =>
  fc.oneof(
    fc.constant<ProjectEvent>({ type: "submit", payload: {} }),
    application.map<ProjectEvent>((a) => ({ type: "amend", payload: { application: a } })),
    fc.constant<ProjectEvent>({ type: "review-by-eitc", payload: {} }),
    fc.constant<ProjectEvent>({ type: "review-by-gov-office", payload: {} }),
    fc.constant<ProjectEvent>({ type: "request-changes", payload: { changes: "补充材料" } }),
    fc.constant<ProjectEvent>({ type: "refuse", payload: { reason: "不符合规划" } }),
    fc
      .tuple(copiedTo, copiedDocuments)
      .map<ProjectEvent>(([c, d]) => ({ type: "approve", payload: { reference: "批复-1", copiedTo: c, copied: d } })),
    fc.constant<ProjectEvent>({ type: "withdraw", payload: {} }),
    fc.constant<ProjectEvent>({ type: "record-procurement", payload: { reference: "采购-1" } }),
    fc.constant<ProjectEvent>({ type: "record-supervision", payload: { supervisor: "监理公司" } }),
    fc.constant<ProjectEvent>({ type: "record-completion-acceptance", payload: { reference: "验收-1" } }),
    fc.constant<ProjectEvent>({ type: "record-roll-out", payload: {} })
  )

/** Any event of the district lifecycle; amendments carry the given applications. */
export const districtEvent = (application: fc.Arbitrary<ProjectApplication>): fc.Arbitrary<DistrictEvent> =>
  fc.oneof(
    application.map<DistrictEvent>((a) => ({ type: "amend", payload: { application: a } })),
    fc.constant<DistrictEvent>({ type: "submit", payload: {} }),
    fc.constant<DistrictEvent>({ type: "pass-review", payload: { note: "同意" } }),
    fc.constant<DistrictEvent>({ type: "fail-review", payload: { note: "不同意" } }),
    fc.constant<DistrictEvent>({ type: "submit-for-acceptance", payload: {} }),
    fc.constant<DistrictEvent>({ type: "pass-acceptance", payload: { reference: "验收-1" } }),
    fc.constant<DistrictEvent>({ type: "record-evaluation", payload: { period: "2027", summary: "良好" } })
  )

/** Any event of the city plan machine; co-drafter lists with and without the two commissions. */
export const cityPlanEvent: fc.Arbitrary<CityPlanEvent> = fc.oneof(
  fc
    .oneof(
      { arbitrary: fc.constant({ coDrafters: [ndrc.id, eitc.id], opinionsSought: true }), weight: 2 },
      fc.record({ coDrafters: fc.subarray(agencies.map((a) => a.id)), opinionsSought: fc.boolean() })
    )
    .map<CityPlanEvent>((payload) => ({ type: "submit-for-approval", payload })),
  fc.constant<CityPlanEvent>({ type: "approve", payload: {} }),
  fc.constant<CityPlanEvent>({ type: "return", payload: { reason: "修改" } }),
  fc.constant<CityPlanEvent>({ type: "publish", payload: {} })
)

export const planFiling: fc.Arbitrary<PlanFiling> = fc.record({
  kind: fc.constantFrom("district-or-department-plan", "annual-work-plan"),
  title: fc.constantFrom("电子政务规划", "年度工作计划"),
  filer: projectUnit,
  cityPlan: fc.option(fc.constant("上海市电子政务发展规划"), { nil: null }),
  milestones: fc.array(fc.constantFrom("Q2", "Q4"), { maxLength: 2 })
})

/** Any event of the plan-filing machine. */
export const planFilingEvent: fc.Arbitrary<PlanFilingEvent> = fc.oneof(
  fc
    .record({
      title: fc.constant("修订稿"),
      cityPlan: fc.option(fc.constant("上海市电子政务发展规划"), { nil: null }),
      milestones: fc.array(fc.constantFrom("Q2", "Q4"), { maxLength: 2 })
    })
    .map<PlanFilingEvent>((payload) => ({ type: "revise", payload })),
  fc.constant<PlanFilingEvent>({ type: "file", payload: {} }),
  fc.constant<PlanFilingEvent>({ type: "register", payload: { reference: "备-1" } }),
  fc.constant<PlanFilingEvent>({ type: "report-progress", payload: { period: "Q1", summary: "按期" } })
)

export const website: fc.Arbitrary<Website> = fc.record({
  name: fc.constantFrom("区政府网", "部门网站"),
  domain: fc.constantFrom("example.gov.cn"),
  unit: projectUnit
})

const filingRecord = fc.option(fc.record({ reference: fc.constantFrom("网备-1", "网备-2") }), { nil: null })

/** Any event of the website-filing machine, with and without a filing. */
export const websiteEvent: fc.Arbitrary<WebsiteEvent> = fc.oneof(
  filingRecord.map<WebsiteEvent>((filing) => ({ type: "open", payload: { filing } })),
  filingRecord.map<WebsiteEvent>((filing) => ({ type: "change", payload: { description: "改版", filing } }))
)
