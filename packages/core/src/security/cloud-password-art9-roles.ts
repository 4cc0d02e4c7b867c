/**
 * egov-cloud-password art 9 (3.1 用户安全管理):
 * 第九条创立新的用户角色或对用户组或用户角色定义进行和修改时,应考虑不相容职责分工原则,
 * 由业务部门主管(或授权人员)对用户角色的权限设定进行审阅并签字确认,以确保在系统中分配给用户的权限与其职责相符。
 *
 * Creating a user role, or changing a role's or a user group's definition,
 * respects the separation of incompatible duties — a role that combines two
 * duties the organisation holds incompatible is refused — and the role's rights
 * are reviewed and signed off by the business department head or a person
 * they authorise. The template lists no incompatible duties: the organisation
 * supplies its own pairs.
 */
import * as Rule from "../decision/Rule.ts"
import type { RoleChange } from "./model.ts"

/** The incompatible pairs a role's duties combine. */
export const conflicts = (change: RoleChange): ReadonlyArray<readonly [string, string]> =>
  change.incompatibleDuties.filter(
    ([a, b]) => a !== b && change.role.duties.includes(a) && change.role.duties.includes(b)
  )

export const roleSeparatesIncompatibleDuties = Rule.make<RoleChange>({
  id: "security/role-separates-incompatible-duties",
  title: { zh: "用户角色的设定遵循不相容职责分工原则", en: "a role does not combine incompatible duties" },
  citations: ["egov-cloud-password/9"],
  check: (c) => {
    const found = conflicts(c)
    const facts = { change: c.change, role: c.role.id, duties: [...c.role.duties], conflicts: found.map((p) => [...p]) }
    return found.length === 0
      ? Rule.satisfied(
          `role \`${c.role.id}\` combines no incompatible duties`,
          `角色 \`${c.role.id}\` 未合并不相容职责`,
          facts
        )
      : Rule.violated(
          `role \`${c.role.id}\` combines incompatible duties: ${found.map(([a, b]) => `\`${a}\` with \`${b}\``).join(", ")}`,
          `角色 \`${c.role.id}\` 合并了不相容职责：${found.map(([a, b]) => `\`${a}\` 与 \`${b}\``).join("，")}`,
          facts
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
          `the rights of role \`${c.role.id}\` are not signed off by the business department head or an authorised person`,
          `角色 \`${c.role.id}\` 的权限设定未经业务部门主管(或授权人员)审阅并签字确认`,
          facts
        )
      : Rule.satisfied(
          `\`${c.signOff.by}\` (\`${c.signOff.capacity}\`) signed off the rights of role \`${c.role.id}\``,
          `角色 \`${c.role.id}\` 的权限设定已由 \`${c.signOff.by}\` 审阅并签字确认`,
          facts
        )
  }
})
