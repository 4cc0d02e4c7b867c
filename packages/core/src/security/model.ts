/**
 * The security-responsibility model (信息安全保障), sh-egov-2012 arts 32-34 and
 * the references: a system's security regimes and the parties who govern,
 * operate and use it; the harms that grade it (GB/T 22240-2020); the software
 * and security products it is built with; a website's responsible persons; a
 * change to a user role; and a system's identification and password controls
 * (GB/T 22239-2019).
 */
import * as Schema from "effect/Schema"
import { AgencyId } from "../machine/Actor.ts"
import { Secrecy } from "../networks/model.ts"

export { Secrecy } from "../networks/model.ts"

/**
 * The information-security work systems (信息安全工作制度) art 32 names: graded
 * protection (等级保护), classified protection (分级保护), security testing
 * (安全测评), emergency management (应急管理), security inspection (安全检查).
 */
export const Regime = Schema.Literals([
  "graded-protection",
  "classified-protection",
  "security-testing",
  "emergency-management",
  "security-inspection"
])
export type Regime = typeof Regime.Type

export const regimeZh: Record<Regime, string> = {
  "graded-protection": "等级保护",
  "classified-protection": "分级保护",
  "security-testing": "安全测评",
  "emergency-management": "应急管理",
  "security-inspection": "安全检查"
}

/** A system, whether it handles state secrets, who governs, operates and uses it, and the regimes in place. */
export const SystemSecurity = Schema.Struct({
  system: Schema.NonEmptyString,
  secrecy: Secrecy,
  /** 主管: the authority in charge of the system, or null when none is named. */
  competentAuthority: Schema.NullOr(AgencyId),
  /** 运行: the unit that runs it, or null when none is named. */
  operator: Schema.NullOr(AgencyId),
  /** 使用: the units that use it. */
  users: Schema.Array(AgencyId),
  /** The regimes established for the system. */
  regimes: Schema.Array(Regime)
})
export type SystemSecurity = typeof SystemSecurity.Type

/** The three parties of "谁主管谁负责、谁运行谁负责、谁使用谁负责", all named (a well-formed system). */
export const Parties = Schema.Struct({
  competentAuthority: AgencyId,
  operator: AgencyId,
  users: Schema.NonEmptyArray(AgencyId)
})
export type Parties = typeof Parties.Type

/** GB/T 22240-2020 受侵害的客体: citizens, legal persons and other organisations; social order and public interest; national security. */
export const HarmedObject = Schema.Literals([
  "citizens-and-organisations",
  "social-order-and-public-interest",
  "national-security"
])
export type HarmedObject = typeof HarmedObject.Type

/** GB/T 22240-2020 对客体的侵害程度: 一般损害, 严重损害, 特别严重损害. */
export const DegreeOfHarm = Schema.Literals(["general", "serious", "especially-serious"])
export type DegreeOfHarm = typeof DegreeOfHarm.Type

/** One harm the system's compromise would do: to whom, how badly. */
export const Harm = Schema.Struct({ object: HarmedObject, degree: DegreeOfHarm })
export type Harm = typeof Harm.Type

/** The five protection levels (安全保护等级), 第一级 to 第五级. */
export const ProtectionLevel = Schema.Literals([1, 2, 3, 4, 5])
export type ProtectionLevel = typeof ProtectionLevel.Type

/**
 * A system to grade: the harms its business information (业务信息安全) and its
 * service (系统服务安全) would suffer, each at least one, and the level declared
 * for it.
 */
export const GradingRequest = Schema.Struct({
  system: Schema.NonEmptyString,
  secrecy: Secrecy,
  businessInformation: Schema.NonEmptyArray(Harm),
  systemService: Schema.NonEmptyArray(Harm),
  declaredLevel: ProtectionLevel
})
export type GradingRequest = typeof GradingRequest.Type

/** What an e-government project is built with (art 33). */
export const ProductUse = Schema.Struct({
  project: Schema.NonEmptyString,
  software: Schema.Array(
    Schema.Struct({
      name: Schema.NonEmptyString,
      /** 正版: properly licensed. */
      licensed: Schema.Boolean,
      /** 基础软件: operating system, database, middleware and the like. */
      basic: Schema.Boolean,
      /** 自主知识产权: with domestic intellectual property. */
      domesticIp: Schema.Boolean
    })
  ),
  securityProducts: Schema.Array(
    Schema.Struct({
      name: Schema.NonEmptyString,
      /** 经依法认证: certified according to law. */
      certified: Schema.Boolean
    })
  )
})
export type ProductUse = typeof ProductUse.Type

/** A government website's security responsibility system (sh-website-security-2012 一(一)1). */
export const WebsiteResponsibility = Schema.Struct({
  website: Schema.NonEmptyString,
  /** 网站分管领导: the leader in charge of the website. */
  leaderInCharge: Schema.NullOr(Schema.NonEmptyString),
  /** 第一责任人 for website security. */
  firstResponsiblePerson: Schema.NullOr(Schema.NonEmptyString),
  /** 责任部门. */
  responsibleDepartment: Schema.NullOr(Schema.NonEmptyString),
  /** 责任人. */
  responsiblePerson: Schema.NullOr(Schema.NonEmptyString)
})
export type WebsiteResponsibility = typeof WebsiteResponsibility.Type

/**
 * A change to a user role (egov-cloud-password art 9): creating a role, or
 * changing a role's or a user group's definition. The source lists no
 * incompatible duties: the organisation's own pairs are part of the input.
 */
export const RoleChange = Schema.Struct({
  change: Schema.Literals(["create-role", "modify-role", "modify-group"]),
  role: Schema.Struct({ id: Schema.NonEmptyString, duties: Schema.Array(Schema.NonEmptyString) }),
  /** Pairs of duties the organisation holds incompatible (不相容职责). */
  incompatibleDuties: Schema.Array(Schema.Tuple([Schema.NonEmptyString, Schema.NonEmptyString])),
  /** The review and signature of the role's rights, or null when none. */
  signOff: Schema.NullOr(
    Schema.Struct({
      by: Schema.NonEmptyString,
      /** 业务部门主管 or 授权人员. */
      capacity: Schema.Literals(["business-department-head", "authorised-person"])
    })
  )
})
export type RoleChange = typeof RoleChange.Type

/**
 * The identification and access controls GB/T 22239-2019 requires by level
 * (as tabulated in the reference): 身份鉴别 a-d and the password-related
 * 访问控制 items.
 */
export const Control = Schema.Literals([
  "identification-and-authentication",
  "login-failure-handling",
  "remote-management-protection",
  "multi-factor-with-cryptography",
  "accounts-and-rights-assigned",
  "default-accounts-handled",
  "surplus-and-shared-accounts-removed",
  "least-privilege-and-admin-separation"
])
export type Control = typeof Control.Type

const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))

/** A system's password policy as configured. */
export const PasswordPolicy = Schema.Struct({
  minLength: Count,
  /** How many of the four classes (upper, lower, digit, symbol) a password must mix. */
  characterClasses: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 4 })),
  /** Days before a password must be changed, or null when it never expires. */
  maxAgeDays: Schema.NullOr(Count),
  /** Failed logins before the account locks, or null when it never locks. */
  maxFailedLogins: Schema.NullOr(Count)
})
export type PasswordPolicy = typeof PasswordPolicy.Type

export const IdentificationRequest = Schema.Struct({
  system: Schema.NonEmptyString,
  level: ProtectionLevel,
  /** The controls in place. */
  controls: Schema.Array(Control),
  passwords: PasswordPolicy
})
export type IdentificationRequest = typeof IdentificationRequest.Type
