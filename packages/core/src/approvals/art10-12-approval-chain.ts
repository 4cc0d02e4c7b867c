/**
 * sh-egov-2012 arts 10-12:
 * 第十条市级政府投资的电子政务建设项目由市发展改革委牵头,经市经济信息化委、市政府办公厅审核后,由市发展改革委审批,
 * 按照国家和本市有关规定执行。
 * 第十一条年度市本级电子政务信息化预算项目由市财政局牵头,经市经济信息化委、市政府办公厅审核后,由市财政局审批,
 * 按照国家和本市有关规定执行。
 * 第十二条市级政府投资的电子政务建设项目、年度市本级电子政务信息化预算项目经市发展改革委或市财政局审批后,
 * 其批复文件、预算安排情况抄送市政府办公厅等部门。… 各项目建设和应用单位要加强招标采购、工程监理、竣工验收、
 * 推广应用等工作。
 *
 * A municipal government-investment construction project is led and approved
 * by the Development and Reform Commission, a municipal annual IT budget
 * project by the Finance Bureau; either is approved only after review by the
 * Economy and Informatization Commission and the General Office. The approval
 * documents and budget arrangements are then copied to the General Office
 * (and other departments); the project unit handles procurement, supervision,
 * completion acceptance and roll-out.
 *
 * The SDK reads "after review" as: both named reviews of the application as it
 * now stands — a review given before the latest amendment no longer counts.
 * What was copied is a fact of the approval: both the approval document and the
 * budget arrangement go to the General Office (other departments, 等部门, as the
 * approval names them).
 */
import * as Rule from "../decision/Rule.ts"
import type { AgencyId } from "../machine/Actor.ts"
import { type Agency, eitc, govOffice } from "./agencies.ts"
import type { CopiedDocument, ProjectApplication, Review } from "./model.ts"
import * as Terms from "./terms.ts"

type Funded = Pick<ProjectApplication, "funding">

export const municipalGovernmentInvestment = Rule.make<Funded>({
  id: "approvals/municipal-government-investment",
  title: {
    zh: "市级政府投资的电子政务建设项目",
    en: "a municipal government-investment e-government construction project"
  },
  citations: ["sh-egov-2012/10"],
  check: ({ funding }) =>
    funding === "municipal-government-investment"
      ? Rule.satisfied(
          "a municipal government-investment project: led and approved by the development and reform commission",
          "市级政府投资的电子政务建设项目，由市发展改革委牵头审批",
          { funding }
        )
      : Rule.violated(
          `a project funded by ${Terms.funding[funding].en} is not a municipal government-investment project`,
          `资金来源为${Terms.funding[funding].zh}的项目不是市级政府投资的电子政务建设项目`,
          { funding }
        )
})

export const municipalAnnualBudget = Rule.make<Funded>({
  id: "approvals/municipal-annual-budget",
  title: { zh: "年度市本级电子政务信息化预算项目", en: "an annual municipal e-government it budget project" },
  citations: ["sh-egov-2012/11"],
  check: ({ funding }) =>
    funding === "municipal-annual-it-budget"
      ? Rule.satisfied(
          "an annual municipal it budget project: led and approved by the finance bureau",
          "年度市本级电子政务信息化预算项目，由市财政局牵头审批",
          { funding }
        )
      : Rule.violated(
          `a project funded by ${Terms.funding[funding].en} is not an annual municipal it budget project`,
          `资金来源为${Terms.funding[funding].zh}的项目不是年度市本级电子政务信息化预算项目`,
          { funding }
        )
})

/** What the approve guard sees: the reviews given and the application's current revision. */
export interface ReviewState {
  readonly reviews: ReadonlyArray<Review>
  readonly revision: number
}

/** The agencies whose reviews arts 10 and 11 require, in the order the articles name them. */
export const requiredReviewers: ReadonlyArray<Agency> = [eitc, govOffice]

/** The required reviewers who have not reviewed the application at its current revision. */
export const missingReviews = ({ reviews, revision }: ReviewState): ReadonlyArray<AgencyId> =>
  requiredReviewers.map((a) => a.id).filter((id) => !reviews.some((r) => r.agency === id && r.revision === revision))

const reviewsComplete = (id: string, article: "sh-egov-2012/10" | "sh-egov-2012/11", lead: string) =>
  Rule.make<ReviewState>({
    id,
    title: {
      zh: `经市经济信息化委、市政府办公厅审核后，由${lead}审批`,
      en: "approved only after review by the economy and informatization commission and the general office"
    },
    citations: [article],
    check: (s) => {
      const missing = missingReviews(s)
      const facts = {
        revision: s.revision,
        reviewedAtRevision: s.reviews.filter((r) => r.revision === s.revision).map((r) => r.agency),
        voidedByAmendment: s.reviews.filter((r) => r.revision !== s.revision).map((r) => r.agency),
        missing: [...missing]
      }
      return missing.length === 0
        ? Rule.satisfied(
            `both required reviews were given at revision ${s.revision}`,
            `市经济信息化委、市政府办公厅均已审核第 ${s.revision} 版申报`,
            facts
          )
        : Rule.violated(
            `not yet reviewed at revision ${s.revision} by the ${missing.map((m) => Terms.agencyName(m).en).join(" and the ")}`,
            `第 ${s.revision} 版申报尚未经${missing.map((m) => Terms.agencyName(m).zh).join("、")}审核`,
            facts
          )
    }
  })

export const constructionReviewsComplete = reviewsComplete(
  "approvals/construction-reviews-complete",
  "sh-egov-2012/10",
  "市发展改革委"
)

export const budgetReviewsComplete = reviewsComplete("approvals/budget-reviews-complete", "sh-egov-2012/11", "市财政局")

/** The two things art 12 has copied, in the order it names them. */
export const documentsToCopy: ReadonlyArray<CopiedDocument> = ["approval-document", "budget-arrangement"]

const copiedZh: Record<CopiedDocument, string> = {
  "approval-document": "批复文件",
  "budget-arrangement": "预算安排情况"
}
const copiedEn: Record<CopiedDocument, string> = {
  "approval-document": "the approval document",
  "budget-arrangement": "the budget arrangement"
}

/** What an approval copied, and to whom; `copied` is null where an approval recorded before it was asked says nothing. */
export interface ApprovalCopy {
  readonly copiedTo: ReadonlyArray<AgencyId>
  readonly copied: ReadonlyArray<CopiedDocument> | null
}

export const approvalCopiedToGeneralOffice = Rule.make<ApprovalCopy>({
  id: "approvals/approval-copied-to-general-office",
  title: {
    zh: "批复文件、预算安排情况抄送市政府办公厅",
    en: "the approval document and the budget arrangement are copied to the general office"
  },
  citations: ["sh-egov-2012/12"],
  check: ({ copiedTo, copied }) => {
    const toOffice = copiedTo.includes(govOffice.id)
    const notCopied = documentsToCopy.filter((d) => !(copied ?? []).includes(d))
    const facts = { copiedTo: [...copiedTo], copied: copied === null ? null : [...copied], notCopied }
    if (toOffice && notCopied.length === 0)
      return Rule.satisfied(
        "the approval document and the budget arrangement are copied to the Municipal Government General Office",
        "批复文件、预算安排情况已抄送市政府办公厅",
        facts
      )
    const missing = toOffice ? notCopied : documentsToCopy
    return Rule.violated(
      `${missing.map((d) => copiedEn[d]).join(" and ")} ${missing.length === 1 ? "is" : "are"} not copied to the Municipal Government General Office`,
      `${missing.map((d) => copiedZh[d]).join("、")}未抄送市政府办公厅`,
      facts
    )
  }
})
