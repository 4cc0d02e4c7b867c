/**
 * The approvals validators. The submission validator: what an e-government project application must
 * meet when it is submitted, as of the application date — the networks
 * (sh-egov-2012 arts 15, 17; sh-extranet-2020 art 5 from 2020-06-15), security
 * (arts 32-33), integration (art 28, a warning) and, for district projects,
 * minhang-it-2023 art 3 and yangpu-it-2018's configuration standard. The
 * approval machines apply the same rules as guards on `submit` and `amend`.
 * Besides it: a plan filing record (sh-egov-2012 arts 8-9, the plan-filing
 * machine's context), a district's or department's e-government organisation
 * (art 6) and an online approval system (arts 18-19).
 */
import * as Rule from "../decision/Rule.ts"
import * as Validator from "../decision/Validator.ts"
import { principalLeaderResponsible, responsibleDepartmentNamed } from "./art6-organisation.ts"
import { planOnFile, planUnderCityPlan, workPlanHasMilestones, workPlanImplementationReported } from "./art7-9-plans.ts"
import { noNewBusinessNetwork, noNewNonClassifiedBusinessNetwork, publicFacingOnExtranet } from "./art15-17-networks.ts"
import {
  approvalSystemOnMunicipalPlatform,
  approvalSystemUnderElectronicSupervision
} from "./art18-19-online-approval.ts"
import { noIsolatedSingleDepartmentSystem } from "./art28-isolated-systems.ts"
import { certifiedSecurityProducts, licensedSoftware, protectionLevelDetermined } from "./art32-33-security.ts"
import { minhangProjectKind } from "./minhang-art2-3-district-projects.ts"
import { EgovOrganisation, OnlineApprovalSystem, ProjectApplication } from "./model.ts"
import { PlanFilingContext } from "./plan-filing.ts"
import {
  level3CostsOutsideConstruction,
  specialNeedsReviewedByJointMeeting,
  yangpuProjectKind
} from "./yangpu-1-1-configuration-standard.ts"

/** The rules every project application meets at submission, by guard name. */
export const submissionRules = {
  publicFacingOnExtranet,
  noNewBusinessNetwork,
  noNewNonClassifiedBusinessNetwork,
  licensedSoftware,
  certifiedSecurityProducts,
  protectionLevelDetermined,
  noIsolatedSingleDepartmentSystem
} satisfies Record<string, Rule.Rule<ProjectApplication>>

/** The district rules, not applicable outside their district. */
export const districtRules = {
  minhangProjectKind,
  yangpuProjectKind,
  level3CostsOutsideConstruction,
  specialNeedsReviewedByJointMeeting
} satisfies Record<string, Rule.Rule<ProjectApplication>>

export const submission = Validator.make<ProjectApplication>({
  id: "approvals/submission",
  title: {
    zh: "电子政务项目申报是否符合网络、安全和项目分类要求",
    en: "does this e-government project application meet the network, security and project-kind rules"
  },
  input: ProjectApplication,
  rules: [...Object.values(submissionRules), ...Object.values(districtRules)]
})

/** Is this plan's filing record complete: on file, under the city plan, with milestones and implementation reports? */
export const planRecord = Validator.make<PlanFilingContext>({
  id: "approvals/plan-record",
  title: {
    zh: "规划、年度工作计划的备案及实施情况报送是否符合要求",
    en: "is this plan on file, and is an annual work plan's implementation reported"
  },
  input: PlanFilingContext,
  rules: [
    planOnFile,
    Rule.contramap(planUnderCityPlan, (r: PlanFilingContext) => r.plan),
    Rule.contramap(workPlanHasMilestones, (r: PlanFilingContext) => r.plan),
    workPlanImplementationReported
  ]
})

export const organisation = Validator.make<EgovOrganisation>({
  id: "approvals/organisation",
  title: {
    zh: "区(县)、部门电子政务工作是否实行主要领导负责制并明确责任部门",
    en: "does this district or department run its e-government work under its principal leader, with a responsible department"
  },
  input: EgovOrganisation,
  rules: [principalLeaderResponsible, responsibleDepartmentNamed]
})

export const onlineApprovalSystem = Validator.make<OnlineApprovalSystem>({
  id: "approvals/online-approval-system",
  title: {
    zh: "审批业务应用系统是否与市级网上行政审批服务管理平台对接并纳入行政审批电子监察",
    en: "is this approval system connected to the municipal online approval platform and under electronic supervision"
  },
  input: OnlineApprovalSystem,
  rules: [approvalSystemOnMunicipalPlatform, approvalSystemUnderElectronicSupervision]
})
