/**
 * GB/T 22239-2019, identification and authentication (身份鉴别) and the
 * password-related access controls (访问控制), cited as a reference from
 * sources/reference/password-controls-gbt22239-summary.txt:
 *   a 应对登录的用户进行身份标识和鉴别，身份标识具有唯一性，身份鉴别信息具有复杂度要求并定期更换。   L1-L4
 *   b 应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施。 L1-L4
 *   c 当进行远程管理时，应采取必要措施防止鉴别信息在网络传输过程中被窃听。                          L2-L4
 *   d 应采用口令、密码技术、生物技术等两种或两种以上组合的鉴别技术对用户进行身份鉴别，
 *     且其中一种鉴别技术至少应使用密码技术来实现。                                                      L3-L4
 *   访问控制: accounts and rights, default accounts, surplus/expired/shared accounts L1-L4; least privilege
 *   and separation of administrators' rights L2-L4.
 * (The reference's tick columns are right-aligned: three ticks are read as
 * levels 2-4 and two as 3-4, as the standard is commonly quoted.)
 *
 * The controls a level requires are the standard's (errors). The standard gives
 * no numbers: password length, character classes, rotation and lock-out
 * thresholds are testing practice (8 characters, 3 of 4 classes, 90 days, 5
 * failures), kept as configurable defaults labelled `practice`. A shortfall
 * against them is a warning citing the standard's requirement they put into
 * numbers (身份鉴别 a, b), never a Shanghai article. The reference tabulates
 * levels 1-4 only: for level 5 the controls are not applicable here.
 */
import * as Rule from "../decision/Rule.ts"
import type { Control, IdentificationRequest, PasswordPolicy, ProtectionLevel } from "./model.ts"
import * as Terms from "./terms.ts"

/** Identification and authentication controls (身份鉴别 a-d) and the lowest level that requires each. */
export const identificationControls: ReadonlyArray<readonly [Control, ProtectionLevel]> = [
  ["identification-and-authentication", 1],
  ["login-failure-handling", 1],
  ["remote-management-protection", 2],
  ["multi-factor-with-cryptography", 3]
]

/** The password-related access controls and the lowest level that requires each. */
export const accessControls: ReadonlyArray<readonly [Control, ProtectionLevel]> = [
  ["accounts-and-rights-assigned", 1],
  ["default-accounts-handled", 1],
  ["surplus-and-shared-accounts-removed", 1],
  ["least-privilege-and-admin-separation", 2]
]

/** The highest level the reference tabulates. */
export const highestTabulatedLevel: ProtectionLevel = 4

/** The controls of a table that a level requires (none for level 5: not tabulated). */
export const requiredControls = (
  table: ReadonlyArray<readonly [Control, ProtectionLevel]>,
  level: ProtectionLevel
): ReadonlyArray<Control> =>
  level > highestTabulatedLevel ? [] : table.filter(([, from]) => level >= from).map(([c]) => c)

const controlsRule = (spec: {
  id: string
  zh: string
  en: string
  citation: string
  table: ReadonlyArray<readonly [Control, ProtectionLevel]>
}) =>
  Rule.make<IdentificationRequest>({
    id: spec.id,
    title: { zh: spec.zh, en: spec.en },
    citations: [spec.citation],
    check: ({ system, level, controls }) => {
      if (level > highestTabulatedLevel)
        return Rule.notApplicable(
          `level ${level}: the reference tabulates the controls of levels 1-4 only`,
          `第${level}级：参考资料仅列出第一级至第四级的要求`,
          { system, level }
        )
      const required = requiredControls(spec.table, level)
      const missing = required.filter((c) => !controls.includes(c))
      const facts = { system, level, required: [...required], missing }
      return missing.length === 0
        ? Rule.satisfied(
            `“${system}” has every ${spec.en} control level ${level} requires`,
            `「${system}」满足第${level}级${spec.zh}要求`,
            facts
          )
        : Rule.violated(
            `level ${level} requires ${missing.map((c) => Terms.control[c].en).join(", ")}, which “${system}” lacks`,
            `第${level}级${spec.zh}要求「${system}」具备：${missing.map((c) => Terms.control[c].zh).join("、")}`,
            facts
          )
    }
  })

export const identificationAndAuthentication = controlsRule({
  id: "security/identification-and-authentication",
  zh: "身份鉴别",
  en: "identification and authentication",
  citation: "gbt-22239-2019/1",
  table: identificationControls
})

export const accountAndAccessControl = controlsRule({
  id: "security/account-and-access-control",
  zh: "访问控制",
  en: "account and access control",
  citation: "gbt-22239-2019/2",
  table: accessControls
})

/** A numeric threshold and where it comes from: `practice` (testing practice) or a `regulation` the caller names. */
export interface Threshold {
  readonly value: number
  readonly basis: "practice" | "regulation"
  readonly source: string
}

export interface PasswordThresholds {
  readonly minLength: Threshold
  readonly minCharacterClasses: Threshold
  readonly maxAgeDays: Threshold
  readonly maxFailedLogins: Threshold
}

/**
 * The usual numbers of graded-protection testing. No regulation in the
 * sources or the references gives any: they are practice, not regulation.
 */
export const defaultPasswordThresholds: PasswordThresholds = {
  minLength: {
    value: 8,
    basis: "practice",
    source: "testing practice (PASS_MIN_LEN=8; 口令长度不得小于8位), not regulation text"
  },
  minCharacterClasses: {
    value: 3,
    basis: "practice",
    source: "testing practice (3 of 4 character classes), not regulation text"
  },
  maxAgeDays: {
    value: 90,
    basis: "practice",
    source: "testing practice (PASS_MAX_DAYS=90, PASSWORD_LIFE_TIME 90), not regulation text"
  },
  maxFailedLogins: {
    value: 5,
    basis: "practice",
    source: "testing practice (FAILED_LOGIN_ATTEMPTS 5), not regulation text"
  }
}

/** Where a policy falls short of the thresholds. */
export const shortfalls = (p: PasswordPolicy, t: PasswordThresholds) => [
  ...(p.minLength < t.minLength.value
    ? [{ threshold: "minLength" as const, policy: p.minLength, ...t.minLength }]
    : []),
  ...(p.characterClasses < t.minCharacterClasses.value
    ? [{ threshold: "minCharacterClasses" as const, policy: p.characterClasses, ...t.minCharacterClasses }]
    : []),
  ...(p.maxAgeDays === null || p.maxAgeDays > t.maxAgeDays.value
    ? [{ threshold: "maxAgeDays" as const, policy: p.maxAgeDays, ...t.maxAgeDays }]
    : []),
  ...(p.maxFailedLogins === null || p.maxFailedLogins > t.maxFailedLogins.value
    ? [{ threshold: "maxFailedLogins" as const, policy: p.maxFailedLogins, ...t.maxFailedLogins }]
    : [])
]

/** The threshold rule for a set of thresholds (the registry holds the one for the defaults). */
export const makePasswordThresholds = (thresholds: PasswordThresholds = defaultPasswordThresholds) =>
  Rule.make<IdentificationRequest>({
    id: "security/password-thresholds",
    title: {
      zh: "口令长度、复杂度、更换周期和登录失败次数达到实践中的常用阈值(非法规规定)",
      en: "password length, complexity, rotation and lock-out meet the usual practice thresholds (not regulation)"
    },
    citations: ["gbt-22239-2019/1"],
    severity: "warning",
    check: ({ system, passwords }) => {
      const short = shortfalls(passwords, thresholds)
      const facts = {
        system,
        policy: { ...passwords },
        thresholds: Object.fromEntries(Object.entries(thresholds).map(([k, v]) => [k, { ...v }])),
        shortfalls: short
      }
      return short.length === 0
        ? Rule.satisfied(
            `“${system}”'s password policy meets the practice thresholds`,
            `「${system}」的口令策略达到实践常用阈值`,
            facts
          )
        : Rule.violated(
            `“${system}”'s password policy falls short of ${short.map((s) => `${Terms.threshold[s.threshold].en} ${s.value} (${s.basis === "practice" ? "testing practice, not a regulation" : "a regulation"})`).join(", ")}`,
            `「${system}」的口令策略未达到以下阈值：${short.map((s) => `${Terms.threshold[s.threshold].zh}${s.value}（${s.basis === "practice" ? "实践常用值，非法规规定" : "规定"}）`).join("、")}`,
            facts
          )
    }
  })

export const passwordThresholds = makePasswordThresholds()
