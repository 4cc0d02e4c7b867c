/**
 * sh-archive-2005 arts 5-6 (art 6 is cut off in the source after 整理、):
 * 第五条本市各机关应当将电子公文归档管理纳入本地区、本系统、本机关电子政务建设、公文管理和机关有关部门的职责范围,
 * 明确分管领导,加强监督检查,切实落实机构、人员、资金等保障措施。
 * 第六条 … 电子公文形成单位应指定专人负责电子公文的归档工作,将电子公文的形成、积累、收集、整理、。
 *
 * Each organ names a leader in charge (分管领导) of archiving electronic
 * documents (art 5), and the unit that forms them designates a person (专人)
 * responsible for archiving them (art 6 para 2). A transfer records both. What
 * the designated person's duties are is in the part of art 6 the source cuts
 * off, so only the designation is checked.
 */
import * as Rule from "../decision/Rule.ts"
import type { TransferRecord } from "./model.ts"

export const leaderInChargeNamed = Rule.make<Pick<TransferRecord, "unit" | "leaderInCharge">>({
  id: "archives/leader-in-charge-named",
  title: { zh: "机关明确电子公文归档管理的分管领导", en: "the organ names a leader in charge of archiving" },
  citations: ["sh-archive-2005/5"],
  check: ({ unit, leaderInCharge }) =>
    leaderInCharge === null
      ? Rule.violated(
          `“${unit.id}” names no leader in charge of archiving electronic documents`,
          `「${unit.id}」未明确电子公文归档管理的分管领导`,
          { unit: unit.id, leaderInCharge: null }
        )
      : Rule.satisfied(
          `“${leaderInCharge}” is “${unit.id}”'s leader in charge of archiving`,
          `「${leaderInCharge}」为「${unit.id}」电子公文归档管理的分管领导`,
          { unit: unit.id, leaderInCharge }
        )
})

export const responsiblePersonDesignated = Rule.make<Pick<TransferRecord, "unit" | "responsiblePerson">>({
  id: "archives/responsible-person-designated",
  title: {
    zh: "电子公文形成单位指定专人负责电子公文的归档工作",
    en: "the forming unit designates a person responsible for archiving"
  },
  citations: ["sh-archive-2005/6"],
  check: ({ unit, responsiblePerson }) =>
    responsiblePerson === null
      ? Rule.violated(
          `“${unit.id}” has designated no person responsible for archiving electronic documents`,
          `「${unit.id}」未指定专人负责电子公文的归档工作`,
          { unit: unit.id, responsiblePerson: null }
        )
      : Rule.satisfied(
          `“${responsiblePerson}” is designated to archive “${unit.id}”'s electronic documents`,
          `「${unit.id}」指定「${responsiblePerson}」负责电子公文的归档工作`,
          { unit: unit.id, responsiblePerson }
        )
})
