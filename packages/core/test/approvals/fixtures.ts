import * as Result from "effect/Result"
import { constructionProject } from "../../src/approvals/construction-project.ts"
import type { PlanFiling, ProjectApplication, Website } from "../../src/approvals/model.ts"
import {
  newPlanFilingContext,
  type PlanFilingContext,
  type PlanFilingEvent,
  type PlanFilingState,
  planFiling
} from "../../src/approvals/plan-filing.ts"
import {
  newProjectContext,
  type ProjectContext,
  type ProjectEvent,
  type ProjectState
} from "../../src/approvals/project-approval.ts"
import { submission } from "../../src/approvals/validators.ts"
import {
  newWebsiteContext,
  type WebsiteContext,
  type WebsiteEvent,
  type WebsiteState,
  websiteFiling
} from "../../src/approvals/website-filing.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import type * as Decision from "../../src/decision/Decision.ts"
import * as Validator from "../../src/decision/Validator.ts"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"

export const d = LocalDate.make
export const agency = (s: string) => s as AgencyId
export const as = (agencyId: string, role: string): Actor => ({ agency: agency(agencyId), role })

/** A municipal government-investment project of the health commission that meets every submission rule. */
export const municipal: ProjectApplication = {
  name: "健康云",
  projectUnit: agency("sh-health-commission"),
  funding: "municipal-government-investment",
  system: {
    publicFacing: true,
    builtOn: "extranet",
    servedOverInternet: true,
    classified: false,
    isolatedSingleDepartment: false
  },
  newBusinessNetwork: null,
  software: [{ name: "数据库", licensed: true }],
  securityProducts: [{ name: "防火墙", certified: true }],
  protection: { gradedLevel: 3, classifiedGrade: null },
  district: null
}

export const budget: ProjectApplication = { ...municipal, funding: "municipal-annual-it-budget" }

/** A Minhang district-level construction project. */
export const minhang: ProjectApplication = {
  ...municipal,
  name: "闵行城运平台",
  projectUnit: agency("mh-office"),
  funding: "district-level",
  district: {
    district: "minhang",
    kind: "construction",
    work: "new-build",
    investmentYuan: 1_200_000,
    level3CostsInConstructionCost: false
  }
}

/** A Yangpu district-level construction project of 500,000 yuan at protection level 3. */
export const yangpu: ProjectApplication = {
  ...municipal,
  name: "杨浦政务服务系统",
  projectUnit: agency("yp-office"),
  funding: "district-level",
  district: {
    district: "yangpu",
    kind: "construction",
    work: "upgrade",
    investmentYuan: 500_000,
    level3CostsInConstructionCost: false
  }
}

/** Starts a case, throwing when the start is refused. */
export const started = <S extends string, C>(m: AnyMachine, context: C, asOf = d("2026-03-02")) => {
  const r = Transition.start(m, context, asOf)
  if (Result.isFailure(r)) throw new Error(`start refused: ${JSON.stringify(r.failure.reasons)}`)
  return r.success as Snapshot<S, C>
}

export const accepted = <S extends string, C>(r: Transition.TransitionResult<S, C>): Snapshot<S, C> => {
  if (r._tag !== "Accepted") throw new Error(`refused: ${JSON.stringify(r.decision.reasons)}`)
  return r.snapshot
}

export const refused = <S extends string, C>(r: Transition.TransitionResult<S, C>) => {
  if (r._tag !== "Refused") throw new Error(`expected a refusal, got ${r.to}`)
  return r.decision
}

export const reasonRules = (x: { reasons: ReadonlyArray<{ rule: string }> }) => x.reasons.map((f) => f.rule)

/** The municipal construction chain, driven as the health commission's project on 2026-03-02. */
export const construction = (() => {
  type S = Snapshot<ProjectState, ProjectContext>
  const m = constructionProject
  const asOf = d("2026-03-02")
  const unit = as("sh-health-commission", "project-unit")
  const eitc = as("sh-eitc", "reviewer")
  const office = as("sh-gov-office", "reviewer")
  const ndrc = as("sh-ndrc", "approver")
  const fire = (s: S, event: ProjectEvent, actor: Actor, day = asOf) => Transition.transition(m, s, event, actor, day)
  const start = (app = municipal, day = asOf): S => started(m, newProjectContext(app), day)
  const submitted = (app = municipal, day = asOf) =>
    accepted(fire(start(app, day), { type: "submit", payload: {} }, unit, day))
  const reviewed = (s: S) =>
    accepted(
      fire(
        accepted(fire(s, { type: "review-by-eitc", payload: {} }, eitc)),
        { type: "review-by-gov-office", payload: {} },
        office
      )
    )
  const approve = (copiedTo = ["sh-gov-office"]): ProjectEvent => ({
    type: "approve",
    payload: {
      reference: "沪发改批〔2026〕1号",
      copiedTo: copiedTo as never,
      copied: ["approval-document", "budget-arrangement"]
    }
  })
  return { m, asOf, unit, eitc, office, ndrc, fire, start, submitted, reviewed, approve }
})()

/** A Minhang district plan (art 8) and annual work plan (art 9), and the filing machine driven on 2026-03-02. */
export const plans = (() => {
  type S = Snapshot<PlanFilingState, PlanFilingContext>
  const m = planFiling
  const filer = as("mh-gov", "filer")
  const registrar = as("sh-gov-office", "registrar")
  const fire = (s: S, e: PlanFilingEvent, a: Actor) => Transition.transition(m, s, e, a, d("2026-03-02"))
  const districtPlan: PlanFiling = {
    kind: "district-or-department-plan",
    title: "闵行区电子政务发展规划",
    filer: agency("mh-gov"),
    cityPlan: "上海市电子政务发展规划",
    milestones: []
  }
  const workPlan: PlanFiling = {
    kind: "annual-work-plan",
    title: "闵行区2026年电子政务工作计划",
    filer: agency("mh-gov"),
    cityPlan: null,
    milestones: ["6月上线", "12月验收"]
  }
  const start = (plan: PlanFiling): S => started(m, newPlanFilingContext(plan))
  const file: PlanFilingEvent = { type: "file", payload: {} }
  const register: PlanFilingEvent = { type: "register", payload: { reference: "备-2026-1" } }
  const onFile = (plan: PlanFiling): S => accepted(fire(accepted(fire(start(plan), file, filer)), register, registrar))
  return { m, filer, registrar, fire, districtPlan, workPlan, start, file, register, onFile }
})()

/** The Minhang district office's website and the filing machine driven on 2026-03-02. */
export const websites = (() => {
  type S = Snapshot<WebsiteState, WebsiteContext>
  const m = websiteFiling
  const operator = as("mh-office", "website-operator")
  const site: Website = { name: "闵行区政府网", domain: "shmh.gov.cn", unit: agency("mh-office") }
  const start = (): S => started(m, newWebsiteContext(site))
  const fire = (s: S, e: WebsiteEvent, a = operator) => Transition.transition(m, s, e, a, d("2026-03-02"))
  return { m, operator, site, start, fire }
})()

/** The submission validator as of a day (2026-03-02 unless given). */
export const decideSubmission = (app: ProjectApplication, asOf = "2026-03-02") =>
  Validator.decide(submission, app, d(asOf))

/** The finding of a rule in a decision. */
export const findingOf = (x: Decision.Decision, rule: string) => x.findings.find((f) => f.rule === rule)

/** The municipal project, building a new (by default non-classified, unexempted) business network. */
export const privateNetwork = (patch: Partial<NonNullable<ProjectApplication["newBusinessNetwork"]>> = {}) => ({
  ...municipal,
  newBusinessNetwork: { classified: false, stateProvision: null, ...patch }
})
