/**
 * The municipal government-investment e-government construction project
 * (市级政府投资的电子政务建设项目), sh-egov-2012 arts 10 and 12: led and approved
 * by 市发展改革委 after review by 市经济信息化委 and 市政府办公厅; the approval is
 * copied to the General Office; the unit then runs procurement, supervision,
 * completion acceptance and roll-out. See `project-approval.ts` for the chain.
 *
 * Articles encoded (the machine, its guards and its actor table): "sh-egov-2012/10", "sh-egov-2012/12",
 * "sh-egov-2012/15", "sh-egov-2012/17", "sh-egov-2012/28", "sh-egov-2012/32", "sh-egov-2012/33",
 * "sh-extranet-2020/5".
 */
import { ndrc } from "./agencies.ts"
import { constructionReviewsComplete, municipalGovernmentInvestment } from "./art10-12-approval-chain.ts"
import { chain } from "./project-approval.ts"

export const constructionProject = chain({
  id: "approvals/municipal-construction-project",
  title: {
    zh: "市级政府投资电子政务建设项目审批",
    en: "municipal government-investment e-government project approval"
  },
  article: "sh-egov-2012/10",
  lead: ndrc,
  scope: municipalGovernmentInvestment,
  reviewsComplete: constructionReviewsComplete
})
