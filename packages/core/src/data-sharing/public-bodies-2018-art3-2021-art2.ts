/**
 * Who is a public management and service body (公共管理和服务机构), as of a day.
 *
 * sh-public-data-2018 art 3 para 1 (in force 2018-11-01, a government rule):
 * 本办法所称公共数据,是指本市各级⾏政机关以及履⾏公共管理和服务职能的事业单位(以下统称公共管理和服务机构)
 * 在依法履职过程中,采集和产⽣的各类数据资源。
 *
 * sh-data-2021 art 2 item 4 (in force 2022-01-01, a local statute):
 * (四)公共数据,是指本市国家机关、事业单位,经依法授权具有管理公共事务职能的组织,以及供水、供电、供气、
 * 公共交通等提供公共服务的组织(以下统称公共管理和服务机构),在履行公共管理和服务职责过程中收集和产生的数据。
 *
 * The 2018 measures count the city's administrative organs and the public
 * institutions that perform public management and service functions. The 2021
 * statute counts every state organ and public institution, organisations
 * authorised by law to manage public affairs, and providers of public services
 * such as water, power, gas and public transport. From 2022-01-01 both are in
 * force and disagree (a water company, a court); the statute is the higher
 * level of force (Catalogue.compareByForce), so the 2018 definition gives way:
 * its finding is not applicable on the days the statute prevails.
 */
import * as Catalogue from "../catalogue/Catalogue.ts"
import type { LocalDate } from "../date/LocalDate.ts"
import * as Rule from "../decision/Rule.ts"
import type { Body, BodyKind } from "./model.ts"

const kindZh: Record<BodyKind, string> = {
  "administrative-organ": "行政机关",
  "other-state-organ": "其他国家机关",
  "public-institution": "事业单位",
  "authorised-organisation": "经依法授权具有管理公共事务职能的组织",
  "public-service-provider": "提供公共服务的组织",
  other: "其他组织"
}

/** Under the 2018 measures (art 3): an administrative organ, or a public institution performing public functions. */
export const publicBodyUnder2018 = (b: Body): boolean =>
  b.kind === "administrative-organ" || (b.kind === "public-institution" && b.performsPublicFunctions)

/** Under the 2021 statute (art 2 item 4): a state organ, a public institution, an authorised organisation or a public-service provider. */
export const publicBodyUnder2021 = (b: Body): boolean => b.kind !== "other"

/** The document whose definition governs on `asOf`: the prevailing one of those in force, or null before 2018-11-01. */
export const governingDefinition = (asOf: LocalDate): "sh-public-data-2018" | "sh-data-2021" | null => {
  const inForce = (["sh-public-data-2018", "sh-data-2021"] as const).flatMap((id) => {
    const doc = Catalogue.getDocument(id)
    return doc !== undefined && Catalogue.inForceOn(doc, asOf) === "yes" ? [doc] : []
  })
  const [first] = [...inForce].sort(Catalogue.compareByForce)
  return first === undefined ? null : (first.id as "sh-public-data-2018" | "sh-data-2021")
}

/** Whether a body is a public management and service body on `asOf`, by the governing definition (null before any). */
export const isPublicBody = (b: Body, asOf: LocalDate): boolean | null => {
  const governing = governingDefinition(asOf)
  return governing === null ? null : governing === "sh-data-2021" ? publicBodyUnder2021(b) : publicBodyUnder2018(b)
}

const facts = (b: Body) => ({
  body: b.id,
  kind: b.kind,
  performsPublicFunctions: b.performsPublicFunctions,
  sector: b.sector
})

export const publicBody2018 = Rule.make<Body>({
  id: "data-sharing/public-body-2018",
  title: {
    zh: "公共管理和服务机构：本市各级行政机关以及履行公共管理和服务职能的事业单位",
    en: "a public management and service body under the 2018 measures: an administrative organ, or a public institution performing public functions"
  },
  citations: ["sh-public-data-2018/3"],
  check: (b, asOf) => {
    if (governingDefinition(asOf) === "sh-data-2021")
      return Rule.notApplicable(
        `on \`${asOf}\` the 2021 statute's definition prevails over the 2018 measures' (a higher level of force)`,
        `\`${asOf}\` 起适用效力更高的《上海市数据条例》的定义`,
        { ...facts(b), prevailing: "sh-data-2021" }
      )
    if (publicBodyUnder2018(b))
      return Rule.satisfied(
        `\`${b.id}\` (\`${b.kind}\`) is a public management and service body under the 2018 measures`,
        `\`${b.id}\`（${kindZh[b.kind]}）属于公共管理和服务机构`,
        facts(b)
      )
    return Rule.violated(
      b.kind === "public-institution"
        ? `\`${b.id}\` is a public institution that performs no public management or service function: not a public management and service body under the 2018 measures`
        : `\`${b.id}\` (\`${b.kind}\`) is neither an administrative organ nor a public institution: not a public management and service body under the 2018 measures`,
      b.kind === "public-institution"
        ? `\`${b.id}\` 为不履行公共管理和服务职能的事业单位，不属于公共管理和服务机构`
        : `\`${b.id}\`（${kindZh[b.kind]}）既非行政机关也非事业单位，不属于公共管理和服务机构`,
      facts(b)
    )
  }
})

export const publicBody2021 = Rule.make<Body>({
  id: "data-sharing/public-body-2021",
  title: {
    zh: "公共管理和服务机构：本市国家机关、事业单位、经依法授权具有管理公共事务职能的组织以及供水、供电、供气、公共交通等提供公共服务的组织",
    en: "a public management and service body under the 2021 statute: a state organ, public institution, authorised organisation or public-service provider"
  },
  citations: ["sh-data-2021/2"],
  check: (b) =>
    publicBodyUnder2021(b)
      ? Rule.satisfied(
          `\`${b.id}\` (\`${b.kind}\`${b.sector === null ? "" : `, \`${b.sector}\``}) is a public management and service body under the 2021 statute`,
          `\`${b.id}\`（${kindZh[b.kind]}）属于公共管理和服务机构`,
          facts(b)
        )
      : Rule.violated(
          `\`${b.id}\` is none of the bodies the 2021 statute names: not a public management and service body`,
          `\`${b.id}\` 不属于公共管理和服务机构`,
          facts(b)
        )
})
