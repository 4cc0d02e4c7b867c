/**
 * sh-gov-website arts 3 and 6 (art 6 is cut off in the source after item (一)):
 * 第三条(适用范围)本市市级行政机关、区县政府(以下简称政府机关)的政府公众网站的建设、运行和管理,适用本办法。
 * 本市其它国家机关、中央在沪行政机关、区县街道办事处、乡镇政府、以及其他具有行政管理职能、提供公共服务的组织的公众网站,
 * 可以参照适用本办法。
 * 第六条(名称)门户网站的名称为:中国上海。
 * 部门网站名称为:(一)上海市政府所属的委办局和有关部门的名称为“上海+ 各部门的缩写名称”。
 *
 * The portal is named 中国上海; the site of a department of the municipal
 * government is named 上海 followed by the department's short name. What is
 * checkable is the shape: the portal's exact name, and for a department site a
 * non-empty short name and the name 上海 + that short name. What is not: that
 * the short name given is the department's official abbreviation (no list is
 * in the sources), and the naming of district and county sites (the source
 * stops before item (二)). Other organisations' sites may follow the measures
 * (art 3 para 2) and are outside the check.
 */
import * as Rule from "../decision/Rule.ts"
import type { ProposedSiteName, SiteKind } from "./model.ts"

/** 中国上海, the portal's name (art 6). */
export const portalName = "中国上海"
/** 上海, the prefix of a department site's name (art 6 item (一)). */
export const departmentPrefix = "上海"

/** Scope (art 3): the sites of municipal administrative bodies and district/county governments, and the portal. */
const kindEn: Record<SiteKind, string> = {
  portal: "the portal",
  "municipal-department": "a municipal department's",
  "district-county-government": "a district or county government's",
  other: "another organisation's"
}

export const siteInScope = Rule.make<ProposedSiteName>({
  id: "websites/site-in-scope",
  title: {
    zh: "本市市级行政机关、区县政府的政府公众网站适用本办法",
    en: "the measures bind the websites of municipal bodies and district and county governments"
  },
  citations: ["sh-gov-website/3"],
  check: ({ kind, name }) =>
    kind === "other"
      ? Rule.violated(
          `“${name}” is the site of an organisation that may follow the measures but is not bound by them`,
          `「${name}」所属单位可以参照适用本办法，不受其约束`,
          { kind, name }
        )
      : Rule.satisfied(`“${name}” is ${kindEn[kind]} site, which the measures bind`, `「${name}」适用本办法`, {
          kind,
          name
        })
})

export const portalNamed = Rule.make<ProposedSiteName>({
  id: "websites/portal-name",
  title: { zh: "门户网站的名称为：中国上海", en: "the portal is named 中国上海" },
  citations: ["sh-gov-website/6"],
  check: ({ kind, name }) =>
    kind !== "portal"
      ? Rule.notApplicable(`“${name}” is not the portal`, `「${name}」不是门户网站`, { kind, name })
      : name === portalName
        ? Rule.satisfied(`the portal is named “${portalName}”`, `门户网站名称为「${portalName}」`, { kind, name })
        : Rule.violated(
            `the portal is named “${portalName}”, not “${name}”`,
            `门户网站的名称为「${portalName}」，而非「${name}」`,
            { kind, name }
          )
})

export const departmentSiteNamed = Rule.make<ProposedSiteName>({
  id: "websites/department-site-name",
  title: {
    zh: "上海市政府所属的委办局和有关部门的网站名称为“上海+各部门的缩写名称”",
    en: "a municipal department's site is named 上海 followed by the department's short name"
  },
  citations: ["sh-gov-website/6"],
  check: ({ kind, name, departmentShortName: short }) => {
    const facts = { kind, name, departmentShortName: short }
    if (kind === "portal")
      return Rule.notApplicable(`“${name}” is the portal, not a department site`, `「${name}」为门户网站`, facts)
    if (kind !== "municipal-department")
      return Rule.notApplicable(
        `the naming of ${kind === "district-county-government" ? "district and county government" : "other"} sites is in the part of art 6 the source cuts off`,
        "区县政府等网站的名称规定在来源中缺失",
        facts
      )
    if (short === null || short.trim().length === 0)
      return Rule.violated(
        `a department site is named “${departmentPrefix}” + the department's short name: no short name is given`,
        `部门网站名称为“上海+各部门的缩写名称”，未提供部门缩写名称`,
        facts
      )
    if (short.trim() !== short)
      return Rule.violated(
        `the department's short name “${short}” has surrounding spaces`,
        `部门缩写名称「${short}」含首尾空格`,
        facts
      )
    const expected = `${departmentPrefix}${short}`
    return name === expected
      ? Rule.satisfied(
          `“${name}” is “${departmentPrefix}” + the short name “${short}”`,
          `「${name}」符合“上海+ 各部门的缩写名称”`,
          facts
        )
      : Rule.violated(
          `a department site is named “${expected}” (“${departmentPrefix}” + “${short}”), not “${name}”`,
          `部门网站名称应为「${expected}」（上海+「${short}」），而非「${name}」`,
          facts
        )
  }
})
