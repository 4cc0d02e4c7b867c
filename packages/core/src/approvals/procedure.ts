/** The approvals procedure's entry in the registry: its validators, machines and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { budgetProject } from "./budget-project.ts"
import { cityPlan } from "./city-plan.ts"
import { constructionProject } from "./construction-project.ts"
import { districtProject } from "./district-project.ts"
import { examples } from "./examples.ts"
import { planFiling } from "./plan-filing.ts"
import { submission } from "./validators.ts"
import { websiteFiling } from "./website-filing.ts"

/**
 * What the district sources leave unsaid and the SDK therefore does not
 * formalise. They have no article of their own (minhang-it-2023's chapters 2-8
 * are missing from the source), so they are listed here rather than in
 * `coverage`.
 */
export const notFormalised: ReadonlyArray<{ readonly topic: string; readonly reason: string }> = [
  {
    topic: "minhang-it-2023 chapters 2-6: who reviews, accepts and evaluates a district project",
    reason:
      "only the chapter titles are in the source; the machine takes the body from the caller (`competentBody`) instead of naming one"
  },
  {
    topic: "minhang-it-2023: application contents, review criteria, review outcomes other than pass or fail",
    reason: "chapters 2-3 are missing from the source"
  },
  {
    topic: "minhang-it-2023: thresholds, deadlines, budget limits",
    reason: "no number or date of the procedure is in the source"
  },
  {
    topic: "minhang-it-2023: how operation-and-maintenance projects go through the stages differently",
    reason: "art 3 defines the two kinds; the chapters that would treat them differently are missing"
  },
  {
    topic: "minhang-it-2023: how acceptance can fail, how performance is evaluated, when a project ends",
    reason: "chapters 5-6 are missing; the machine records evaluations and has no end after operation"
  },
  {
    topic: "minhang-it-2023 chapter 7 (supervision and management) and chapter 8 (supplementary provisions)",
    reason: "missing from the source; chapter 7's title names no stage of a project"
  },
  {
    topic: "sh-egov-2012 art 12: the departments other than the general office that receive the copy (等部门)",
    reason: "the article names only the general office; the approve event records every recipient given"
  }
]

export const procedure: Procedure = {
  id: "approvals",
  validators: [submission],
  machines: [constructionProject, budgetProject, districtProject, cityPlan, planFiling, websiteFiling],
  examples,
  coverage: {
    "minhang-it-2023/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "yangpu-it-2018/1.1.3": {
      status: "not-formalised",
      reason:
        "a project with special needs is reviewed case by case by the joint meeting (联席会议): the source defines neither special needs nor the joint meeting's members, procedure or outcomes"
    }
  }
}
