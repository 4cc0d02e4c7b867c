/**
 * sh-egov-2012 arts 32-33:
 * 第三十二条行政机关要建立健全等级保护、分级保护、安全测评、应急管理、安全检查等信息安全工作制度。…
 * 第三十三条电子政务建设要使用正版软件和经依法认证的信息安全产品,鼓励电子政务项目使用自主知识产权的基础软件产品。
 *
 * Organs run graded protection (等级保护) for non-classified systems and
 * classified protection (分级保护) for classified ones; the SDK reads art 32 as
 * requiring the application to state the level determined for the system.
 * E-government building uses licensed software and lawfully certified security
 * products (art 33): one rule per clause, the security rules themselves
 * (`security/`), read over the application's lists. The encouragement to use
 * domestic basic software is advice with no threshold and is not asked of an
 * application (the application does not say which software is basic).
 */
import * as Rule from "../decision/Rule.ts"
import {
  certifiedSecurityProducts as certifiedRule,
  licensedSoftware as licensedRule
} from "../security/egov-art33-products.ts"
import type { ProductUse } from "../security/model.ts"
import type { ProjectApplication } from "./model.ts"
import * as Terms from "./terms.ts"

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

/** The software and security products an application lists, as the art 33 rules read them. */
export const productUse = (a: Pick<ProjectApplication, "name" | "software" | "securityProducts">): ProductUse => ({
  project: a.name,
  software: a.software.map((s) => ({ name: s.name, licensed: s.licensed, basic: false, domesticIp: false })),
  securityProducts: a.securityProducts.map((p) => ({ name: p.name, certified: p.certified }))
})

/** sh-egov-2012 art 33, licensed software, as `security/licensed-software`. */
export const licensedSoftware = Rule.contramap(licensedRule, productUse)

/** sh-egov-2012 art 33, certified security products, as `security/certified-security-products`. */
export const certifiedSecurityProducts = Rule.contramap(certifiedRule, productUse)
