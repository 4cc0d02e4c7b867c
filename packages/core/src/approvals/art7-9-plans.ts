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
 * Districts and departments may draw up their own plans under the city plan
 * and file them with the General Office (art 8); they file their annual work
 * plans with milestones and report how they are carried out (art 9).
 */
import * as Rule from "../decision/Rule.ts"
import type { AgencyId } from "../machine/Actor.ts"
import { eitc, ndrc } from "./agencies.ts"
import type { PlanFiling } from "./model.ts"

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
          `the plan is drafted together with ${missing.map((m) => `\`${m}\``).join(", ")}`,
          `编制电子政务发展规划应会同 ${missing.map((m) => `\`${m}\``).join("、")}`,
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
    zh: "区(县)、部门电子政务相关规划根据本市电子政务发展规划编制",
    en: "a district or department plan is drawn up under the city plan"
  },
  citations: ["sh-egov-2012/8"],
  check: ({ kind, cityPlan }) => {
    if (kind !== "district-or-department-plan")
      return Rule.notApplicable("an annual work plan, not an art 8 plan", "年度工作计划，不属于第八条规划", { kind })
    return cityPlan === null
      ? Rule.violated(
          "the plan names no city e-government plan it is drawn up under",
          "规划未写明所依据的本市电子政务发展规划",
          { kind, cityPlan }
        )
      : Rule.satisfied(`the plan is drawn up under \`${cityPlan}\``, `规划根据 \`${cityPlan}\` 编制`, {
          kind,
          cityPlan
        })
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
      : Rule.violated(
          "art 9 progress reports are on annual work plans; an art 8 plan is only filed",
          "第九条实施情况报送针对年度工作计划、节点目标，第八条规划只需备案",
          { kind }
        )
})
