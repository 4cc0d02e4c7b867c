/**
 * The submission validator: what an e-government project application must
 * meet when it is submitted, as of the application date — the networks
 * (sh-egov-2012 arts 15, 17; sh-extranet-2020 art 5 from 2020-06-15), security
 * (arts 32-33), integration (art 28, a warning) and, for district projects,
 * minhang-it-2023 art 3 and yangpu-it-2018's configuration standard. The
 * approval machines apply the same rules as guards on `submit` and `amend`.
 */
import type { Rule } from "../decision/Rule.ts"
import * as Validator from "../decision/Validator.ts"
import { noNewBusinessNetwork, noNewNonClassifiedBusinessNetwork, publicFacingOnExtranet } from "./art15-17-networks.ts"
import { noIsolatedSingleDepartmentSystem } from "./art28-isolated-systems.ts"
import { certifiedSecurityProducts, licensedSoftware, protectionLevelDetermined } from "./art32-33-security.ts"
import { minhangProjectKind } from "./minhang-art2-3-district-projects.ts"
import { ProjectApplication } from "./model.ts"
import { level3CostsOutsideConstruction, yangpuProjectKind } from "./yangpu-1-1-configuration-standard.ts"

/** The rules every project application meets at submission, by guard name. */
export const submissionRules = {
  publicFacingOnExtranet,
  noNewBusinessNetwork,
  noNewNonClassifiedBusinessNetwork,
  licensedSoftware,
  certifiedSecurityProducts,
  protectionLevelDetermined,
  noIsolatedSingleDepartmentSystem
} satisfies Record<string, Rule<ProjectApplication>>

/** The district rules, not applicable outside their district. */
export const districtRules = {
  minhangProjectKind,
  yangpuProjectKind,
  level3CostsOutsideConstruction
} satisfies Record<string, Rule<ProjectApplication>>

export const submission = Validator.make<ProjectApplication>({
  id: "approvals/submission",
  title: {
    zh: "电子政务项目申报是否符合网络、安全和项目分类要求",
    en: "does this e-government project application meet the network, security and project-kind rules"
  },
  input: ProjectApplication,
  rules: [...Object.values(submissionRules), ...Object.values(districtRules)]
})
