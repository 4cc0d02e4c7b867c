/** The approvals procedure's entry in the registry: its validators, machines and coverage decisions. */
import type { Procedure } from "../procedure.ts"
import { budgetProject } from "./budget-project.ts"
import { cityPlan } from "./city-plan.ts"
import { constructionProject } from "./construction-project.ts"
import { districtProject } from "./district-project.ts"
import { examples } from "./examples.ts"
import { planFiling } from "./plan-filing.ts"
import { onlineApprovalSystem, organisation, planRecord, submission } from "./validators.ts"
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
      "only the chapter titles are in the source; the machine takes the body from the caller (“competentBody”) instead of naming one"
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
    topic:
      "sh-egov-2012 art 6: strengthening organisational leadership, carrying out duties, keeping daily work orderly",
    reason:
      "加强组织领导, 落实工作职责 and 保障…有序开展 name no measure; the principal-leader system and the responsible department are encoded"
  },
  {
    topic: "sh-egov-2012 art 18 paras 1-2 and the working mechanism of para 3",
    reason:
      "the Approval Reform Office's and the General Office's coordination and guidance are standing duties; 建立相应的工作机制 and 按照相关要求 name no content the sources hold. The connection to the municipal platform is encoded"
  },
  {
    topic: "sh-egov-2012 art 19: how the supervision organs build their electronic supervision systems",
    reason:
      "the systems' functions and data are not in the sources; whether an approval system is docked with one, or exchanges data with it, is the caller's fact"
  },
  {
    topic:
      "yangpu-it-2018 1.1.3: what counts as a special need, and the joint meeting's members, procedure and outcomes",
    reason:
      "the source defines none of them; the special need and the joint meeting's review are the caller's facts, and only whether a stated need was reviewed is checked"
  },
  {
    topic: "sh-egov-2012 art 12: the departments other than the general office that receive the copy (等部门)",
    reason: "the article names only the general office; the approve event records every recipient given"
  }
]

export const procedure: Procedure = {
  id: "approvals",
  validators: [submission, planRecord, organisation, onlineApprovalSystem],
  machines: [constructionProject, budgetProject, districtProject, cityPlan, planFiling, websiteFiling],
  examples,
  coverage: {
    "minhang-it-2023/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    // the general articles of sh-egov-2012 (chapters 1-2, 6, 9-10), decided here with its organisation and planning
    "sh-egov-2012/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "sh-egov-2012/2": {
      status: "not-a-rule",
      reason:
        "defines e-government (电子政务) as government bodies' use of information and network technology to integrate management and services: a definition the other articles use, with no condition a case could be checked against"
    },
    "sh-egov-2012/3": {
      status: "not-a-rule",
      reason:
        "scope: the city's governments at every level, their departments and organisations authorised by law to manage public affairs, together called administrative organs (行政机关); where an encoded article speaks of administrative organs its validator asks the caller whether its subject is one (e.g. data-sharing's holder), within these measures only"
    },
    "sh-egov-2012/4": {
      status: "not-formalised",
      reason:
        "principles (统筹规划、规范标准、集约精简、协同共享、安全高效、公开透明) and innovation: no measure a case could be checked against"
    },
    "sh-egov-2012/5": {
      status: "not-formalised",
      reason:
        "makes the General Office responsible for the city's e-government work and the municipal government's office system, with its E-Government Office as the day-to-day body: standing duties that name no act a case could be checked against; the General Office's acts in the procedures cite the articles that give them (arts 7-12, 21)"
    },
    "sh-egov-2012/20": {
      status: "not-formalised",
      reason:
        "administrative organs strengthen applications and extend non-approval services to the public (便捷、实用、高效): a goal with no measure or threshold a system could be checked against"
    },
    "sh-egov-2012/22": {
      status: "not-formalised",
      reason:
        "advances interfaces for exchanging official documents between departments and paperless office systems: a goal with no measure or deadline a system could be checked against"
    },
    "sh-egov-2012/24": {
      status: "not-formalised",
      reason:
        "promotes wireless, mobile and cloud computing in e-government and pilot applications (先导示范应用): an encouragement with no measure"
    },
    "sh-egov-2012/25": {
      status: "not-a-rule",
      reason:
        "other e-government rules are to be made separately by the General Office with the departments concerned: it refers to rules the sources do not hold"
    },
    "sh-egov-2012/35": {
      status: "not-formalised",
      reason:
        "a training system run by the Shanghai Administration Institute, the Civil Service Bureau and the General Office within initial, appointment, specialist and in-service training: duties of those bodies that name no course, person or outcome a case could be checked against"
    },
    "sh-egov-2012/36": {
      status: "not-formalised",
      reason:
        "an e-government information reporting and statistical survey system: its content (what is reported, when, to whom) is not in the sources"
    },
    "sh-egov-2012/37": {
      status: "not-formalised",
      reason:
        "a performance evaluation system: the General Office makes and carries out the municipal evaluation scheme and regularly evaluates districts' and departments' projects and overall performance; the scheme and its criteria are not in the sources"
    },
    "sh-egov-2012/38": {
      status: "not-a-rule",
      reason: "names the General Office as the body that supervises the measures' implementation"
    },
    "sh-egov-2012/39": {
      status: "not-a-rule",
      reason: "commencement: the measures take effect on issue, which the catalogue records as in force from 2012-05-28"
    }
  }
}
