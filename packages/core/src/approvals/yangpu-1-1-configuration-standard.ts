/**
 * yangpu-it-2018 section 一(一):
 * (一)本标准适用于区级预算单位使用区级财政资金安排的电子政务项目,包括建设类项目和运维类项目。
 * 1.建设类项目:含新建项目和升级改造项目,… 2.运维类项目:是指对已有电子政务系统进行运行维护的项目,…
 * 三级等保测评及整改费用不纳入项目建设费用,依等保整改需要另行计算。
 * 投资金额在30万元以下的电子政务项目,参照此标准执行。
 *
 * The standard covers Yangpu district projects of district budget units paid
 * from district money: construction projects (new builds and upgrades) and
 * O&M projects (running existing systems). The testing and remediation costs of
 * level-3 graded protection are not part of a project's construction cost;
 * they are calculated separately. Projects of 300,000 yuan or less follow the
 * standard by reference (参照此标准执行): the SDK applies the same rules to them
 * and records that they apply by reference; the text gives no other
 * difference. "30万元以下" is read as including 300,000 yuan, the convention of
 * Chinese legal drafting (以下 includes the number itself); the source does not
 * define it.
 *
 * 1.1.3: 如项目有特殊需求的,由联席会议依照"一事一议"原则,进行单独审议 — a need
 * beyond the standard is not decided by the standard: the joint meeting reviews
 * it separately, case by case. That is the way out the standard names, so a
 * project with a special need the joint meeting has not yet reviewed is a
 * warning naming that review, not a refusal; once reviewed it is satisfied, the
 * review's reference recorded. The standard defines neither the joint meeting's
 * members nor its procedure or outcomes, so the review is the caller's fact.
 */
import * as ExceptionPath from "../catalogue/ExceptionPath.ts"
import * as Rule from "../decision/Rule.ts"
import type { DistrictProject, ProjectApplication } from "./model.ts"
import * as Terms from "./terms.ts"

/** The 300,000-yuan line of yangpu-it-2018 1.1.5. */
export const byReferenceThresholdYuan = 300_000

type DistrictFacts = Pick<ProjectApplication, "funding" | "district" | "protection">

const yangpuProject = (a: DistrictFacts): DistrictProject | null =>
  a.district !== null && a.district.district === "yangpu" && a.funding === "district-level" ? a.district : null

/** How the standard applies to a project: directly, or by reference for 300,000 yuan or less (1.1.5). */
export const appliesBy = (p: Pick<DistrictProject, "investmentYuan">): "directly" | "by-reference" =>
  p.investmentYuan <= byReferenceThresholdYuan ? "by-reference" : "directly"

const outOfScope = (a: DistrictFacts) =>
  Rule.notApplicable(
    "not a yangpu project of a district budget unit paid from district money",
    "不属于杨浦区区级预算单位使用区级财政资金安排的电子政务项目",
    { funding: a.funding, district: a.district?.district ?? null }
  )

export const yangpuProjectKind = Rule.make<DistrictFacts>({
  id: "approvals/yangpu-project-kind",
  title: {
    zh: "建设类项目含新建和升级改造，运维类项目针对已有电子政务系统",
    en: "construction projects are new builds and upgrades, o&m projects run existing systems"
  },
  citations: ["yangpu-it-2018/1.1", "yangpu-it-2018/1.1.1", "yangpu-it-2018/1.1.2"],
  check: (a) => {
    const p = yangpuProject(a)
    if (p === null) return outOfScope(a)
    const facts = { kind: p.kind, work: p.work, investmentYuan: p.investmentYuan, appliesBy: appliesBy(p) }
    if (p.kind === "construction" && p.work === "maintenance")
      return Rule.violated(
        "running an existing system is an o&m project: construction projects are new builds and upgrades",
        "对已有电子政务系统进行运行维护属于运维类项目，建设类项目含新建项目和升级改造项目",
        facts
      )
    if (p.kind === "operation-maintenance" && p.work !== "maintenance")
      return Rule.violated(
        `${Terms.projectWork[p.work].en} is a construction project: o&m projects run existing systems`,
        `${Terms.projectWork[p.work].zh}属于建设类项目，运维类项目是对已有电子政务系统进行运行维护的项目`,
        facts
      )
    return Rule.satisfied(
      `${Terms.a(Terms.projectKind[p.kind].en)} project doing ${Terms.projectWork[p.work].en} fits the standard's kinds`,
      `${Terms.projectKind[p.kind].zh}项目（${Terms.projectWork[p.work].zh}）符合本标准的项目分类`,
      facts
    )
  }
})

export const level3CostsOutsideConstruction = Rule.make<DistrictFacts>({
  id: "approvals/level-3-costs-outside-construction",
  title: {
    zh: "三级等保测评及整改费用不纳入项目建设费用",
    en: "level-3 graded-protection testing and remediation costs are not part of the construction cost"
  },
  citations: ["yangpu-it-2018/1.1", "yangpu-it-2018/1.1.4", "yangpu-it-2018/1.1.5"],
  check: (a) => {
    const p = yangpuProject(a)
    if (p === null) return outOfScope(a)
    const facts = {
      kind: p.kind,
      gradedLevel: a.protection.gradedLevel,
      level3CostsInConstructionCost: p.level3CostsInConstructionCost,
      investmentYuan: p.investmentYuan,
      thresholdYuan: byReferenceThresholdYuan,
      appliesBy: appliesBy(p)
    }
    const how =
      appliesBy(p) === "by-reference"
        ? {
            en: ` (a project of ${p.investmentYuan} yuan follows the standard by reference)`,
            zh: `（投资金额 ${p.investmentYuan} 元，在30万元以下，参照此标准执行）`
          }
        : { en: "", zh: "" }
    if (p.kind !== "construction")
      return Rule.notApplicable("an o&m project has no construction cost", "运维类项目无项目建设费用", facts)
    if (a.protection.gradedLevel !== 3)
      return Rule.notApplicable("the system is not at graded protection level 3", "系统等级保护级别不是三级", facts)
    return p.level3CostsInConstructionCost
      ? Rule.violated(
          `level-3 testing and remediation costs are calculated separately, not in the construction cost${how.en}`,
          `三级等保测评及整改费用不纳入项目建设费用，应依等保整改需要另行计算${how.zh}`,
          facts
        )
      : Rule.satisfied(
          `level-3 testing and remediation costs are kept out of the construction cost${how.en}`,
          `三级等保测评及整改费用未纳入项目建设费用${how.zh}`,
          facts
        )
  }
})

/** The way the standard gives a special need: the joint meeting's separate, case-by-case review. */
export const jointMeetingReview = ExceptionPath.make(
  "yangpu-it-2018/1.1.3",
  "由联席会议依照“一事一议”原则,进行单独审议",
  "have the joint meeting review the special need separately, case by case, and record its review"
)

export const specialNeedsReviewedByJointMeeting = Rule.make<DistrictFacts>({
  id: "approvals/yangpu-special-needs-reviewed-by-joint-meeting",
  title: {
    zh: "项目有特殊需求的，由联席会议依照“一事一议”原则单独审议",
    en: "a project's special needs are reviewed separately, case by case, by the joint meeting"
  },
  citations: ["yangpu-it-2018/1.1", "yangpu-it-2018/1.1.3"],
  severity: "warning",
  check: (a) => {
    const p = yangpuProject(a)
    if (p === null) return outOfScope(a)
    const special = p.specialNeeds ?? null
    if (special === null)
      return Rule.notApplicable("the project states no special needs", "项目未提出特殊需求", { specialNeeds: null })
    const review = special.jointMeetingReview
    const facts = { needs: special.needs, jointMeetingReview: review?.reference ?? null, appliesBy: appliesBy(p) }
    return review === null
      ? Rule.violated(
          "the project has special needs beyond the standard, which the standard does not decide: the joint meeting reviews them separately, case by case",
          "项目有特殊需求，不按本标准配置，应由联席会议依照“一事一议”原则进行单独审议",
          { ...facts, exception: { ...jointMeetingReview } }
        )
      : Rule.satisfied(
          `the joint meeting reviewed the special needs separately (${review.reference})`,
          `联席会议已依照“一事一议”原则对特殊需求进行单独审议（${review.reference}）`,
          facts
        )
  }
})
