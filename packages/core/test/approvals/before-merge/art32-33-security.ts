/**
 * sh-egov-2012 arts 32-33:
 * 第三十二条行政机关要建立健全等级保护、分级保护、安全测评、应急管理、安全检查等信息安全工作制度。…
 * 第三十三条电子政务建设要使用正版软件和经依法认证的信息安全产品,鼓励电子政务项目使用自主知识产权的基础软件产品。
 *
 * Organs run graded protection (等级保护) for non-classified systems and
 * classified protection (分级保护) for classified ones; the SDK reads art 32 as
 * requiring the application to state the level determined for the system.
 * E-government building uses licensed software and lawfully certified security
 * products (art 33); the encouragement to use domestic basic software is
 * advice with no threshold and is not checked.
 */

import type { ProjectApplication } from "../../../src/approvals/model.ts"
import * as Terms from "../../../src/approvals/terms.ts"
import * as Rule from "../../../src/decision/Rule.ts"

export const protectionLevelDetermined = Rule.make<Pick<ProjectApplication, "system" | "protection">>({
  id: "approvals/protection-level-determined",
  title: {
    zh: "系统已确定等级保护级别（涉密系统为分级保护级别）",
    en: "the system's graded protection level (classified protection grade for a classified system) is determined"
  },
  citations: ["sh-egov-2012/32"],
  check: ({ system, protection: p }) => {
    const facts = { classified: system.classified, gradedLevel: p.gradedLevel, classifiedGrade: p.classifiedGrade }
    if (system.classified)
      return p.classifiedGrade === null
        ? Rule.violated(
            "the classified system has no classified protection grade determined",
            "涉密系统未确定分级保护级别",
            facts
          )
        : Rule.satisfied(
            `the classified system is graded ${Terms.classifiedGrade[p.classifiedGrade].en}`,
            `涉密系统分级保护级别为${Terms.classifiedGrade[p.classifiedGrade].zh}`,
            facts
          )
    return p.gradedLevel === null
      ? Rule.violated("the system has no graded protection level determined", "系统未确定等级保护级别", facts)
      : Rule.satisfied(
          `the system is at graded protection level ${p.gradedLevel}`,
          `系统等级保护级别为第${p.gradedLevel}级`,
          facts
        )
  }
})

export const licensedSoftware = Rule.make<Pick<ProjectApplication, "software">>({
  id: "approvals/licensed-software",
  title: { zh: "电子政务建设使用正版软件", en: "e-government building uses licensed software" },
  citations: ["sh-egov-2012/33"],
  check: ({ software }) => {
    if (software.length === 0) return Rule.notApplicable("the application lists no software", "申报未列软件")
    const unlicensed = software.filter((s) => !s.licensed).map((s) => s.name)
    const facts = { software: software.map((s) => s.name), unlicensed }
    return unlicensed.length === 0
      ? Rule.satisfied("every piece of software listed is licensed", "所列软件均为正版", facts)
      : Rule.violated(
          `unlicensed software: ${unlicensed.map((n) => `“${n}”`).join(", ")}`,
          `使用非正版软件：${unlicensed.map((n) => `「${n}」`).join("、")}`,
          facts
        )
  }
})

export const certifiedSecurityProducts = Rule.make<Pick<ProjectApplication, "securityProducts">>({
  id: "approvals/certified-security-products",
  title: {
    zh: "电子政务建设使用经依法认证的信息安全产品",
    en: "e-government building uses lawfully certified security products"
  },
  citations: ["sh-egov-2012/33"],
  check: ({ securityProducts }) => {
    if (securityProducts.length === 0)
      return Rule.notApplicable("the application lists no security products", "申报未列信息安全产品")
    const uncertified = securityProducts.filter((s) => !s.certified).map((s) => s.name)
    const facts = { securityProducts: securityProducts.map((s) => s.name), uncertified }
    return uncertified.length === 0
      ? Rule.satisfied("every security product listed is certified", "所列信息安全产品均经依法认证", facts)
      : Rule.violated(
          `security products not certified: ${uncertified.map((n) => `“${n}”`).join(", ")}`,
          `信息安全产品未经依法认证：${uncertified.map((n) => `「${n}」`).join("、")}`,
          facts
        )
  }
})
