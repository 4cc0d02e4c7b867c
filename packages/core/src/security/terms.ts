/**
 * The words clerks read for the security model's codes, in Chinese and
 * English: messages name regimes, controls and sign-off capacities by these,
 * never by their codes.
 */
import type { Message } from "../decision/Finding.ts"
import { type Control, type Regime, regimeZh } from "./model.ts"

const regimeEn: Record<Regime, string> = {
  "graded-protection": "graded protection",
  "classified-protection": "classified protection",
  "security-testing": "security testing",
  "emergency-management": "emergency management",
  "security-inspection": "security inspection"
}
export const regime = (r: Regime): Message => ({ zh: regimeZh[r], en: regimeEn[r] })

export const control: Record<Control, Message> = {
  "identification-and-authentication": { zh: "身份标识和鉴别", en: "identification and authentication" },
  "login-failure-handling": { zh: "登录失败处理", en: "login failure handling" },
  "remote-management-protection": {
    zh: "远程管理时防止鉴别信息被窃听",
    en: "protection of authentication data in remote management"
  },
  "multi-factor-with-cryptography": {
    zh: "两种或两种以上组合的鉴别技术（其中一种使用密码技术）",
    en: "two or more combined authentication techniques, one of them cryptographic"
  },
  "accounts-and-rights-assigned": { zh: "为登录用户分配账户和权限", en: "accounts and rights assigned to users" },
  "default-accounts-handled": { zh: "重命名或删除默认账户、修改默认口令", en: "default accounts renamed or removed" },
  "surplus-and-shared-accounts-removed": {
    zh: "删除或停用多余、过期的账户，避免共享账户",
    en: "surplus and expired accounts removed, no shared accounts"
  },
  "least-privilege-and-admin-separation": {
    zh: "授予管理用户所需的最小权限，实现管理用户的权限分离",
    en: "least privilege and separation of administrators' rights"
  }
}

export const capacity: Record<"business-department-head" | "authorised-person", Message> = {
  "business-department-head": { zh: "业务部门主管", en: "the business department head" },
  "authorised-person": { zh: "授权人员", en: "an authorised person" }
}

export const secrecy: Record<"classified" | "non-classified", Message> = {
  classified: { zh: "涉密", en: "classified" },
  "non-classified": { zh: "非涉密", en: "non-classified" }
}

export const threshold: Record<"minLength" | "minCharacterClasses" | "maxAgeDays" | "maxFailedLogins", Message> = {
  minLength: { zh: "口令最小长度", en: "minimum length" },
  minCharacterClasses: { zh: "口令字符类别数", en: "character classes" },
  maxAgeDays: { zh: "口令最长使用天数", en: "maximum age in days" },
  maxFailedLogins: { zh: "登录失败锁定次数", en: "failed logins before lock-out" }
}
