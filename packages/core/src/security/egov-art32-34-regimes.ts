/**
 * sh-egov-2012 arts 32 (para 1) and 34:
 * 第三十二条行政机关要建立健全等级保护、分级保护、安全测评、应急管理、安全检查等信息安全工作制度。
 * 第三十四条涉及国家秘密的电子政务网络与信息系统的建设管理,严格按照党和国家的有关保密规定执行。
 *
 * Administrative organs set up graded protection, classified protection,
 * security testing, emergency management and security inspection. Which
 * protection applies follows from art 34: a system that handles state secrets
 * is built and managed under the secrecy rules, which is classified protection
 * (分级保护); any other system comes under graded protection (等级保护). Testing,
 * emergency management and inspections apply to every system.
 */
import * as Rule from "../decision/Rule.ts"
import { type Regime, regimeZh, type Secrecy, type SystemSecurity } from "./model.ts"
import * as Terms from "./terms.ts"

/** The protection regime a system comes under: 分级保护 when classified (art 34), 等级保护 otherwise. */
export const protectionRegimeFor = (secrecy: Secrecy): Regime =>
  secrecy === "classified" ? "classified-protection" : "graded-protection"

/** The regimes art 32 requires for every system besides its protection regime. */
export const commonRegimes: ReadonlyArray<Regime> = ["security-testing", "emergency-management", "security-inspection"]

/** Every regime a system needs (art 32, with art 34 choosing the protection regime). */
export const requiredRegimes = (secrecy: Secrecy): ReadonlyArray<Regime> => [
  protectionRegimeFor(secrecy),
  ...commonRegimes
]

const zh = (rs: ReadonlyArray<Regime>) => rs.map((r) => regimeZh[r]).join("、")

export const protectionRegimeEstablished = Rule.make<SystemSecurity>({
  id: "security/protection-regime-established",
  title: {
    zh: "非涉密系统建立等级保护制度，涉密系统按保密规定建立分级保护制度",
    en: "a non-classified system has graded protection; a classified one has classified protection under the secrecy rules"
  },
  citations: ["sh-egov-2012/32", "sh-egov-2012/34"],
  check: (s) => {
    const required = protectionRegimeFor(s.secrecy)
    const facts = { system: s.system, secrecy: s.secrecy, required, regimes: [...s.regimes] }
    return s.regimes.includes(required)
      ? Rule.satisfied(
          `“${s.system}” has ${Terms.regime(required).en}, the protection a ${Terms.secrecy[s.secrecy].en} system comes under`,
          `「${s.system}」已建立${regimeZh[required]}制度`,
          facts
        )
      : Rule.violated(
          `“${s.system}” is ${Terms.secrecy[s.secrecy].en} and needs ${Terms.regime(required).en}${s.secrecy === "classified" ? " under the secrecy rules" : ""}`,
          s.secrecy === "classified"
            ? `涉密系统「${s.system}」应按照保密规定建立分级保护制度`
            : `非涉密系统「${s.system}」应建立等级保护制度`,
          facts
        )
  }
})

export const testingEmergencyInspectionEstablished = Rule.make<SystemSecurity>({
  id: "security/testing-emergency-inspection-established",
  title: {
    zh: "建立健全安全测评、应急管理、安全检查制度",
    en: "security testing, emergency management and security inspection are in place"
  },
  citations: ["sh-egov-2012/32"],
  check: (s) => {
    const missing = commonRegimes.filter((r) => !s.regimes.includes(r))
    const facts = { system: s.system, regimes: [...s.regimes], missing }
    return missing.length === 0
      ? Rule.satisfied(
          `“${s.system}” has security testing, emergency management and security inspection`,
          `「${s.system}」已建立安全测评、应急管理、安全检查制度`,
          facts
        )
      : Rule.violated(
          `“${s.system}” lacks ${missing.map((r) => Terms.regime(r).en).join(", ")}`,
          `「${s.system}」未建立${zh(missing)}制度`,
          facts
        )
  }
})
