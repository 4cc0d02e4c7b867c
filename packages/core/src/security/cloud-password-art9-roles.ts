/**
 * egov-cloud-password art 9 (3.1 用户安全管理):
 * 第九条创立新的用户角色或对用户组或用户角色定义进行和修改时,应考虑不相容职责分工原则,
 * 由业务部门主管(或授权人员)对用户角色的权限设定进行审阅并签字确认,以确保在系统中分配给用户的权限与其职责相符。
 *
 * Creating a user role, or changing a role's or a user group's definition,
 * "should consider" (应考虑) the separation of incompatible duties, and the role's
 * rights are reviewed and signed off by the business department head or a
 * person they authorise, so that the rights match the user's duties. The
 * separation is to be considered, not an absolute bar: a role that combines two
 * duties the organisation holds incompatible is a warning, and the check the
 * article names for it is the head's review and sign-off, which is required
 * (security/role-rights-signed-off). The template lists no incompatible duties:
 * the organisation supplies its own pairs.
 */
import * as ExceptionPath from "../catalogue/ExceptionPath.ts"
import * as Rule from "../decision/Rule.ts"
import type { RoleChange } from "./model.ts"
import * as Terms from "./terms.ts"

/** The check art 9 names for a role's rights: the business department head's review and sign-off. */
export const headSignsOff = ExceptionPath.make(
  "egov-cloud-password/9",
  "由业务部门主管(或授权人员)对用户角色的权限设定进行审阅并签字确认",
  "have the business department head (or an authorised person) review the combined duties and sign off the role's rights, so that they match the user's duties"
)

/** The incompatible pairs a role's duties combine. */
export const conflicts = (change: RoleChange): ReadonlyArray<readonly [string, string]> =>
  change.incompatibleDuties.filter(
    ([a, b]) => a !== b && change.role.duties.includes(a) && change.role.duties.includes(b)
  )

export const roleSeparatesIncompatibleDuties = Rule.make<RoleChange>({
  id: "security/role-separates-incompatible-duties",
  title: {
    zh: "创立或修改用户角色时应考虑不相容职责分工原则",
    en: "a role change considers the separation of incompatible duties"
  },
  citations: ["egov-cloud-password/9"],
  severity: "warning",
  check: (c) => {
    const found = conflicts(c)
    const facts = { change: c.change, role: c.role.id, duties: [...c.role.duties], conflicts: found.map((p) => [...p]) }
    return found.length === 0
      ? Rule.satisfied("the role combines no incompatible duties", "该角色未合并不相容职责", facts)
      : Rule.violated(
          `the role combines ${found.length === 1 ? "two duties" : `${found.length} pairs of duties`} the organisation holds incompatible: the separation of incompatible duties is to be considered, and the business department head (or an authorised person) reviews and signs off the role's rights`,
          `该角色合并了${found.length === 1 ? "一组" : `${found.length}组`}不相容职责：应考虑不相容职责分工原则，并由业务部门主管(或授权人员)对用户角色的权限设定进行审阅并签字确认`,
          { ...facts, exception: { ...headSignsOff } }
        )
  }
})

export const roleRightsSignedOff = Rule.make<RoleChange>({
  id: "security/role-rights-signed-off",
  title: {
    zh: "由业务部门主管(或授权人员)对用户角色的权限设定进行审阅并签字确认",
    en: "the business department head (or an authorised person) reviews and signs off the role's rights"
  },
  citations: ["egov-cloud-password/9"],
  check: (c) => {
    const facts = { change: c.change, role: c.role.id, signOff: c.signOff === null ? null : { ...c.signOff } }
    return c.signOff === null
      ? Rule.violated(
          `the rights of role “${c.role.id}” are not signed off by the business department head or an authorised person`,
          `角色「${c.role.id}」的权限设定未经业务部门主管(或授权人员)审阅并签字确认`,
          facts
        )
      : Rule.satisfied(
          `“${c.signOff.by}” (${Terms.capacity[c.signOff.capacity].en}) signed off the rights of role “${c.role.id}”`,
          `角色「${c.role.id}」的权限设定已由「${c.signOff.by}」审阅并签字确认`,
          facts
        )
  }
})
