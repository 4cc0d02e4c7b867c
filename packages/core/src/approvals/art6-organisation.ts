/**
 * sh-egov-2012 art 6:
 * 第六条各区(县)、各部门应当加强本区(县)、本部门电子政务工作的组织领导,实行主要领导负责制,明确责任部门,
 * 落实工作职责,保障电子政务日常工作的有序开展。
 *
 * Each district (county) and department leads its own e-government work under a
 * principal-leader responsibility system (主要领导负责制): its principal leader
 * answers for the work. It names a responsible department (明确责任部门). Both are
 * facts of the district's or department's organisation, checked here. "加强组织
 * 领导", "落实工作职责" and "保障…有序开展" name no measure a check could apply
 * (see the procedure's notFormalised).
 */
import * as Rule from "../decision/Rule.ts"
import type { EgovOrganisation } from "./model.ts"

const whoZh = (o: EgovOrganisation) => (o.level === "district" ? "本区(县)" : "本部门")
const whoEn = (o: EgovOrganisation) => (o.level === "district" ? "the district's" : "the department's")

export const principalLeaderResponsible = Rule.make<EgovOrganisation>({
  id: "approvals/principal-leader-responsible",
  title: { zh: "电子政务工作实行主要领导负责制", en: "the principal leader answers for the e-government work" },
  citations: ["sh-egov-2012/6"],
  check: (o) => {
    const facts = { body: o.body, level: o.level, responsibleLeader: o.responsibleLeader }
    if (o.responsibleLeader === null)
      return Rule.violated(
        `no leader is named for ${whoEn(o)} e-government work: art 6 makes its principal leader answer for it`,
        `未明确${whoZh(o)}电子政务工作的负责领导：第六条规定实行主要领导负责制`,
        facts
      )
    return o.responsibleLeader.principalLeader
      ? Rule.satisfied(
          `“${o.responsibleLeader.name}”, the principal leader, answers for ${whoEn(o)} e-government work`,
          `${whoZh(o)}电子政务工作由主要领导「${o.responsibleLeader.name}」负责`,
          facts
        )
      : Rule.violated(
          `“${o.responsibleLeader.name}”, who answers for ${whoEn(o)} e-government work, is not its principal leader: art 6 makes the principal leader answer for it`,
          `${whoZh(o)}电子政务工作由「${o.responsibleLeader.name}」负责，并非主要领导：第六条规定实行主要领导负责制`,
          facts
        )
  }
})

export const responsibleDepartmentNamed = Rule.make<EgovOrganisation>({
  id: "approvals/responsible-department-named",
  title: { zh: "明确电子政务工作的责任部门", en: "a responsible department for the e-government work is named" },
  citations: ["sh-egov-2012/6"],
  check: (o) => {
    const facts = { body: o.body, level: o.level, responsibleDepartment: o.responsibleDepartment }
    return o.responsibleDepartment === null
      ? Rule.violated(
          `no responsible department is named for ${whoEn(o)} e-government work`,
          `未明确${whoZh(o)}电子政务工作的责任部门`,
          facts
        )
      : Rule.satisfied(
          `“${o.responsibleDepartment}” is the responsible department for ${whoEn(o)} e-government work`,
          `${whoZh(o)}电子政务工作的责任部门为「${o.responsibleDepartment}」`,
          facts
        )
  }
})
