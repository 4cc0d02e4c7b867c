/**
 * Approval chains (项目审批), sh-egov-2012 arts 6-12, 15, 17-19, 21, 28, 32-33,
 * sh-extranet-2020 art 5, minhang-it-2023 arts 2-3 and yangpu-it-2018 1.1:
 * municipal project approval, the district project lifecycle, plans and filings,
 * the e-government organisation of districts and departments, online approval
 * systems.
 */
export * from "./agencies.ts"
export * from "./art6-organisation.ts"
export * from "./art7-9-plans.ts"
export * from "./art10-12-approval-chain.ts"
export * from "./art15-17-networks.ts"
export * from "./art18-19-online-approval.ts"
export * from "./art21-website-filing.ts"
export * from "./art28-isolated-systems.ts"
export * from "./art32-33-security.ts"
export * from "./budget-project.ts"
export * from "./city-plan.ts"
export * from "./construction-project.ts"
export * from "./district-project.ts"
export * from "./minhang-art2-3-district-projects.ts"
export * from "./model.ts"
export * from "./plan-filing.ts"
export { notFormalised } from "./procedure.ts"
export * from "./project-approval.ts"
export * from "./validators.ts"
export * from "./website-filing.ts"
export * from "./yangpu-1-1-configuration-standard.ts"
