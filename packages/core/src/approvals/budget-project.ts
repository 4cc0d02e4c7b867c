/**
 * The annual municipal e-government IT budget project (年度市本级电子政务信息化预算项目),
 * sh-egov-2012 arts 11 and 12: led and approved by 市财政局 after review by
 * 市经济信息化委 and 市政府办公厅; the approval and budget arrangement are copied
 * to the General Office; the unit then runs procurement, supervision,
 * completion acceptance and roll-out. See `project-approval.ts` for the chain.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-egov-2012/11", "sh-egov-2012/12",
 * "sh-egov-2012/15", "sh-egov-2012/17", "sh-egov-2012/28", "sh-egov-2012/32", "sh-egov-2012/33",
 * "sh-extranet-2020/5".
 */
import { finance } from "./agencies.ts"
import { budgetReviewsComplete, municipalAnnualBudget } from "./art10-12-approval-chain.ts"
import { chain } from "./project-approval.ts"

export const budgetProject = chain({
  id: "approvals/municipal-budget-project",
  title: { zh: "年度市本级电子政务信息化预算项目审批", en: "annual municipal e-government budget project approval" },
  article: "sh-egov-2012/11",
  lead: finance,
  scope: municipalAnnualBudget,
  reviewsComplete: budgetReviewsComplete
})
