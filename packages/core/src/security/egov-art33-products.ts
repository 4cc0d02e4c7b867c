/**
 * sh-egov-2012 art 33:
 * 第三十三条电子政务建设要使用正版软件和经依法认证的信息安全产品,鼓励电子政务项目使用自主知识产权的基础软件产品。
 *
 * E-government building uses licensed software and security products
 * certified according to law; basic software with domestic intellectual
 * property is encouraged (鼓励), so its absence is a warning, not a refusal.
 */
import * as Rule from "../decision/Rule.ts"
import type { ProductUse } from "./model.ts"

const names = (xs: ReadonlyArray<{ name: string }>) => xs.map((x) => `“${x.name}”`).join(", ")

export const licensedSoftware = Rule.make<ProductUse>({
  id: "security/licensed-software",
  title: { zh: "电子政务建设使用正版软件", en: "e-government building uses licensed software" },
  citations: ["sh-egov-2012/33"],
  check: ({ project, software }) => {
    if (software.length === 0)
      return Rule.notApplicable("no software listed", "未列明软件", { project, unlicensed: [] })
    const unlicensed = software.filter((s) => !s.licensed)
    const facts = { project, software: software.map((s) => s.name), unlicensed: unlicensed.map((s) => s.name) }
    return unlicensed.length === 0
      ? Rule.satisfied(`all software of “${project}” is licensed`, `「${project}」使用的软件均为正版`, facts)
      : Rule.violated(
          `“${project}” uses unlicensed software: ${names(unlicensed)}`,
          `「${project}」使用了非正版软件：${names(unlicensed)}`,
          facts
        )
  }
})

export const certifiedSecurityProducts = Rule.make<ProductUse>({
  id: "security/certified-security-products",
  title: {
    zh: "电子政务建设使用经依法认证的信息安全产品",
    en: "e-government building uses certified security products"
  },
  citations: ["sh-egov-2012/33"],
  check: ({ project, securityProducts }) => {
    if (securityProducts.length === 0)
      return Rule.notApplicable("no security product listed", "未列明信息安全产品", { project, uncertified: [] })
    const uncertified = securityProducts.filter((p) => !p.certified)
    const facts = {
      project,
      securityProducts: securityProducts.map((p) => p.name),
      uncertified: uncertified.map((p) => p.name)
    }
    return uncertified.length === 0
      ? Rule.satisfied(
          `all security products of “${project}” are certified`,
          `「${project}」使用的信息安全产品均经依法认证`,
          facts
        )
      : Rule.violated(
          `“${project}” uses security products not certified according to law: ${names(uncertified)}`,
          `「${project}」使用了未经依法认证的信息安全产品：${names(uncertified)}`,
          facts
        )
  }
})

export const domesticBasicSoftware = Rule.make<ProductUse>({
  id: "security/domestic-basic-software",
  title: {
    zh: "鼓励电子政务项目使用自主知识产权的基础软件产品",
    en: "basic software with domestic intellectual property is encouraged"
  },
  citations: ["sh-egov-2012/33"],
  severity: "warning",
  check: ({ project, software }) => {
    const basic = software.filter((s) => s.basic)
    if (basic.length === 0)
      return Rule.notApplicable("no basic software listed", "未列明基础软件", { project, foreign: [] })
    const foreign = basic.filter((s) => !s.domesticIp)
    const facts = { project, basic: basic.map((s) => s.name), foreign: foreign.map((s) => s.name) }
    return foreign.length === 0
      ? Rule.satisfied(
          `the basic software of “${project}” has domestic intellectual property`,
          `「${project}」使用自主知识产权的基础软件产品`,
          facts
        )
      : Rule.violated(
          `basic software with domestic intellectual property is encouraged instead of ${names(foreign)}`,
          `鼓励使用自主知识产权的基础软件产品替代 ${names(foreign)}`,
          facts
        )
  }
})
