/**
 * xuhui-eseal-2015 art 7:
 * 第七条电子印章的签署流程与各单位实物印章的加盖流程一致。
 * 涉及多部门联合发文的文件,加盖主办单位电子印章。
 *
 * The electronic seal follows the same signing flow as the unit's physical
 * seal (the signing machine and its actor table); a joint issue carries the
 * lead unit's electronic seal.
 */
import * as Rule from "../decision/Rule.ts"
import type { Issuers, SealOwner } from "./model.ts"

export const leadUnitSealOnJointIssue = Rule.make<{ readonly issuers: Issuers; readonly sealOwner: SealOwner }>({
  id: "seals/lead-unit-seal-on-joint-issue",
  title: { zh: "多部门联合发文加盖主办单位电子印章", en: "a joint issue carries the lead unit's seal" },
  citations: ["xuhui-eseal-2015/7"],
  check: ({ issuers, sealOwner }) => {
    const facts = { lead: issuers.lead, coIssuers: [...issuers.coIssuers], sealOwner: sealOwner.id }
    if (issuers.coIssuers.length === 0)
      return Rule.notApplicable("a single-unit issue, not a joint one", "非多部门联合发文", facts)
    return sealOwner.id === issuers.lead
      ? Rule.satisfied(
          `the joint issue carries the seal of its lead unit “${issuers.lead}”`,
          `联合发文加盖主办单位「${issuers.lead}」的电子印章`,
          facts
        )
      : Rule.violated(
          `a joint issue carries the lead unit's seal (“${issuers.lead}”), not “${sealOwner.id}”'s`,
          `联合发文应加盖主办单位「${issuers.lead}」的电子印章，而非「${sealOwner.id}」的`,
          facts
        )
  }
})

/** The roles of a unit's physical-seal flow; the source names none, so these are the SDK's names for them. */
export const roles = {
  drafter: "drafter",
  sealApprover: "seal-approver",
  sealKeeper: "seal-keeper"
} as const
