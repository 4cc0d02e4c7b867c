/**
 * sh-egov-2012 arts 7-9:
 * 第七条市政府办公厅会同市发展改革委、市经济信息化委等有关部门根据国家电子政务总体规划和本市信息化要求,
 * 编制电子政务发展规划,报市政府批准后,向社会公布并组织实施。
 * 编制电子政务发展规划,应当广泛征求各方意见,加强顶层设计、统筹协调,防止重复建设,提高社会效应和经济效益。
 * 第八条各区(县)、各部门可根据本市电子政务发展规划,编制电子政务相关规划,报市政府办公厅备案。
 * 第九条市政府办公厅会同有关部门根据本市电子政务发展规划,制定年度工作计划。
 * 各区(县)、各部门根据本市电子政务工作的统一要求,制定本区(县)、本部门年度工作计划、节点目标,
 * 并报市政府办公厅备案。同时,及时将年度工作计划、节点目标的实施情况报送市政府办公厅。
 *
 * The General Office drafts the city's e-government development plan together
 * with the Development and Reform Commission and the Economy and
 * Informatization Commission (among others), consulting widely; the municipal
 * government approves it, then it is published and carried out (art 7).
 * Districts and departments may (可) draw up their own plans under the city
 * plan and file them with the General Office (art 8); they file their annual
 * work plans with milestones and report, in good time (及时), how they are
 * carried out (art 9).
 *
 * Read for what is firm and what is not: filing (报市政府办公厅备案) and the
 * milestones are firm. Art 8 is permissive (可根据): a plan that names no city
 * plan it rests on is a warning, not a refusal — filing is registration, not
 * approval. Art 9 asks for implementation reports on annual work plans only and
 * is silent on art 8 plans, so a report on one is not applicable, never
 * refused; and it sets no deadline for 及时, so a plan on file with no report
 * yet is a warning. Whether the report was made is a fact of the filing record
 * (the plan-filing machine's context), checked by approvals/plan-record.
 */
import * as Rule from "../decision/Rule.ts"
import type { AgencyId } from "../machine/Actor.ts"
import { eitc, ndrc } from "./agencies.ts"
import type { PlanFiling } from "./model.ts"
import * as Terms from "./terms.ts"

/** A progress report on an annual work plan (实施情况报送), as the filing record holds it. */
export interface ProgressReport {
  readonly period: string
  readonly summary: string
}

export const cityPlanCoDrafted = Rule.make<{ readonly coDrafters: ReadonlyArray<AgencyId> }>({
  id: "approvals/city-plan-co-drafted",
  title: {
    zh: "市政府办公厅会同市发展改革委、市经济信息化委等有关部门编制电子政务发展规划",
    en: "the city plan is drafted with the development and reform commission and the economy and informatization commission"
  },
  citations: ["sh-egov-2012/7"],
  check: ({ coDrafters }) => {
    const missing = [ndrc.id, eitc.id].filter((id) => !coDrafters.includes(id))
    const facts = { coDrafters: [...coDrafters], missing }
    return missing.length === 0
      ? Rule.satisfied(
          "the plan was drafted with both commissions art 7 names",
          "规划已会同市发展改革委、市经济信息化委编制",
          facts
        )
      : Rule.violated(
          `the plan is drafted together with ${missing.map((m) => Terms.agencyName(m).en).join(" and ")}`,
          `编制电子政务发展规划应会同${missing.map((m) => Terms.agencyName(m).zh).join("、")}`,
          facts
        )
  }
})

export const cityPlanOpinionsSought = Rule.make<{ readonly opinionsSought: boolean }>({
  id: "approvals/city-plan-opinions-sought",
  title: { zh: "编制电子政务发展规划应当广泛征求各方意见", en: "the city plan is drafted after wide consultation" },
  citations: ["sh-egov-2012/7"],
  check: ({ opinionsSought }) =>
    opinionsSought
      ? Rule.satisfied("opinions were sought widely", "已广泛征求各方意见", { opinionsSought })
      : Rule.violated(
          "the city plan goes to the municipal government only after opinions are sought widely",
          "编制电子政务发展规划应当广泛征求各方意见",
          { opinionsSought }
        )
})

type Plan = Pick<PlanFiling, "kind" | "cityPlan" | "milestones">

export const planUnderCityPlan = Rule.make<Plan>({
  id: "approvals/plan-under-city-plan",
  title: {
    zh: "区(县)、部门可根据本市电子政务发展规划编制电子政务相关规划",
    en: "a district or department plan is drawn up under the city plan"
  },
  citations: ["sh-egov-2012/8"],
  severity: "warning",
  check: ({ kind, cityPlan }) => {
    if (kind !== "district-or-department-plan")
      return Rule.notApplicable("an annual work plan, not an art 8 plan", "年度工作计划，不属于第八条规划", { kind })
    return cityPlan === null
      ? Rule.violated(
          "the plan names no city e-government development plan it is drawn up under: art 8 lets districts and departments draw up plans under the city plan, so name it",
          "规划未写明所依据的本市电子政务发展规划：第八条规定各区(县)、各部门可根据本市电子政务发展规划编制相关规划，请写明",
          { kind, cityPlan }
        )
      : Rule.satisfied(`the plan is drawn up under ${cityPlan}`, `规划根据${cityPlan}编制`, { kind, cityPlan })
  }
})

export const workPlanHasMilestones = Rule.make<Plan>({
  id: "approvals/work-plan-has-milestones",
  title: { zh: "年度工作计划附节点目标", en: "an annual work plan sets its milestones" },
  citations: ["sh-egov-2012/9"],
  check: ({ kind, milestones }) => {
    if (kind !== "annual-work-plan")
      return Rule.notApplicable("an art 8 plan, not an annual work plan", "第八条规划，不属于年度工作计划", { kind })
    return milestones.length === 0
      ? Rule.violated("the annual work plan sets no milestones", "年度工作计划未制定节点目标", {
          kind,
          milestones: []
        })
      : Rule.satisfied(`the annual work plan sets ${milestones.length} milestones`, "年度工作计划已制定节点目标", {
          kind,
          milestones: [...milestones]
        })
  }
})

export const progressReportedForWorkPlan = Rule.make<Pick<PlanFiling, "kind">>({
  id: "approvals/progress-reported-for-work-plan",
  title: {
    zh: "年度工作计划、节点目标的实施情况报送市政府办公厅",
    en: "progress on an annual work plan and its milestones is reported to the general office"
  },
  citations: ["sh-egov-2012/9"],
  check: ({ kind }) =>
    kind === "annual-work-plan"
      ? Rule.satisfied("a progress report on an annual work plan", "年度工作计划实施情况报送", { kind })
      : Rule.notApplicable(
          "art 9 asks for progress reports on annual work plans; it says nothing of reports on an art 8 plan, which is recorded as given",
          "第九条要求报送年度工作计划、节点目标的实施情况，未对第八条规划的实施情况报送作出规定，报送内容照录",
          { kind }
        )
})

export const planOnFile = Rule.make<{ readonly plan: Pick<PlanFiling, "kind">; readonly registration: string | null }>({
  id: "approvals/plan-on-file",
  title: { zh: "规划、年度工作计划报市政府办公厅备案", en: "the plan is on file with the general office" },
  citations: ["sh-egov-2012/8", "sh-egov-2012/9"],
  check: ({ plan, registration }) =>
    registration === null
      ? Rule.violated(
          `the ${plan.kind === "annual-work-plan" ? "annual work plan" : "plan"} is not on file with the Municipal Government General Office`,
          `${plan.kind === "annual-work-plan" ? "年度工作计划" : "规划"}尚未报市政府办公厅备案`,
          { kind: plan.kind, registration: null }
        )
      : Rule.satisfied(
          `on file with the Municipal Government General Office as “${registration}”`,
          `已报市政府办公厅备案：「${registration}」`,
          { kind: plan.kind, registration }
        )
})

export const workPlanImplementationReported = Rule.make<{
  readonly plan: Pick<PlanFiling, "kind">
  readonly progressReports: ReadonlyArray<ProgressReport>
}>({
  id: "approvals/work-plan-implementation-reported",
  title: {
    zh: "及时将年度工作计划、节点目标的实施情况报送市政府办公厅",
    en: "how an annual work plan and its milestones are carried out is reported to the general office in good time"
  },
  citations: ["sh-egov-2012/9"],
  severity: "warning",
  check: ({ plan, progressReports }) => {
    if (plan.kind !== "annual-work-plan")
      return Rule.notApplicable(
        "an art 8 plan: art 9's implementation reports are on annual work plans",
        "第八条规划，第九条实施情况报送针对年度工作计划",
        { kind: plan.kind }
      )
    const reports = progressReports.map((r) => ({ period: r.period, summary: r.summary }))
    return reports.length === 0
      ? Rule.violated(
          "no implementation report on the annual work plan has been sent to the Municipal Government General Office yet; art 9 asks for one in good time but sets no deadline",
          "尚未向市政府办公厅报送年度工作计划、节点目标的实施情况；第九条要求及时报送，未规定期限",
          { kind: plan.kind, reports }
        )
      : Rule.satisfied(
          `${reports.length === 1 ? "one implementation report has" : `${reports.length} implementation reports have`} been sent to the Municipal Government General Office`,
          `已向市政府办公厅报送${reports.length}次年度工作计划实施情况`,
          { kind: plan.kind, reports }
        )
  }
})
