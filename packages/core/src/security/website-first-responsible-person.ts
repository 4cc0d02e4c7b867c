/**
 * sh-website-security-2012 一、管理机制(一)管理责任 1 (catalogued as 1.1.1):
 * 1.应建立网站安全管理责任制,明确网站分管领导为网站安全保障工作的第一责任人,并确定责任部门和责任人,
 * 具体负责网站安全保障的各项工作。
 *
 * A government website has a security responsibility system: its leader in
 * charge (分管领导) is the first responsible person for its security, and a
 * responsible department and a responsible person carry out the work.
 */
import * as Rule from "../decision/Rule.ts"
import type { WebsiteResponsibility } from "./model.ts"

const factsOf = (w: WebsiteResponsibility) => ({
  website: w.website,
  leaderInCharge: w.leaderInCharge,
  firstResponsiblePerson: w.firstResponsiblePerson,
  responsibleDepartment: w.responsibleDepartment,
  responsiblePerson: w.responsiblePerson
})

export const websiteFirstResponsiblePerson = Rule.make<WebsiteResponsibility>({
  id: "security/website-first-responsible-person",
  title: {
    zh: "明确网站分管领导为网站安全保障工作的第一责任人",
    en: "the website's leader in charge is the first responsible person for its security"
  },
  citations: ["sh-website-security-2012/1.1.1"],
  check: (w) => {
    const facts = factsOf(w)
    if (w.leaderInCharge === null)
      return Rule.violated(
        `“${w.website}” names no leader in charge, who is its first responsible person`,
        `「${w.website}」未明确网站分管领导（第一责任人）`,
        facts
      )
    if (w.firstResponsiblePerson === null)
      return Rule.violated(
        `“${w.website}” names no first responsible person for its security`,
        `「${w.website}」未明确网站安全保障工作的第一责任人`,
        facts
      )
    return w.firstResponsiblePerson === w.leaderInCharge
      ? Rule.satisfied(
          `“${w.leaderInCharge}”, the leader in charge, is “${w.website}”'s first responsible person`,
          `网站分管领导「${w.leaderInCharge}」为「${w.website}」安全保障工作的第一责任人`,
          facts
        )
      : Rule.violated(
          `the first responsible person of “${w.website}” is its leader in charge “${w.leaderInCharge}”, not “${w.firstResponsiblePerson}”`,
          `「${w.website}」安全保障工作的第一责任人应为网站分管领导「${w.leaderInCharge}」，而非「${w.firstResponsiblePerson}」`,
          facts
        )
  }
})

export const websiteResponsibleDepartmentAndPerson = Rule.make<WebsiteResponsibility>({
  id: "security/website-responsible-department-and-person",
  title: {
    zh: "确定网站安全保障的责任部门和责任人",
    en: "a responsible department and person carry out the website's security work"
  },
  citations: ["sh-website-security-2012/1.1.1"],
  check: (w) => {
    const missing = [
      ...(w.responsibleDepartment === null ? ["responsible department"] : []),
      ...(w.responsiblePerson === null ? ["responsible person"] : [])
    ]
    const facts = { ...factsOf(w), missing }
    return missing.length === 0
      ? Rule.satisfied(
          `“${w.responsibleDepartment}” and “${w.responsiblePerson}” carry out “${w.website}”'s security work`,
          `「${w.website}」已确定责任部门「${w.responsibleDepartment}」和责任人「${w.responsiblePerson}」`,
          facts
        )
      : Rule.violated(
          `“${w.website}” names no ${missing.join(" and no ")}`,
          `「${w.website}」未确定${missing.map((m) => (m === "responsible department" ? "责任部门" : "责任人")).join("和")}`,
          facts
        )
  }
})
