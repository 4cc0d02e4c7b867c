/**
 * Who is a public management and service body (公共管理和服务机构), within the
 * meaning of each instrument that defines the term.
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
 * such as water, power, gas and public transport.
 *
 * Each definition is scoped to its own instrument: "本办法所称" (as used in these
 * measures) and "本条例中" (in these regulations). So they do not compete: from
 * 2022-01-01 both are in force, the 2018 one for the questions the 2018
 * measures govern and the 2021 one for the statute's. Precedence by level of
 * force (Catalogue.compareByForce) decides only between rules that answer the
 * same question differently, which two scoped definitions never do. A question
 * names the instrument it is asked under (`under`); the other definition's
 * finding is then not applicable.
 */
import * as Citation from "../catalogue/documentName.ts"
import * as Rule from "../decision/Rule.ts"
import type { Body, BodyKind, DefiningInstrument, PublicBodyQuestion } from "./model.ts"

const kindZh: Record<BodyKind, string> = {
  "administrative-organ": "行政机关",
  "other-state-organ": "其他国家机关",
  "public-institution": "事业单位",
  "authorised-organisation": "经依法授权具有管理公共事务职能的组织",
  "public-service-provider": "提供公共服务的组织",
  other: "其他组织"
}

const kindEn: Record<BodyKind, string> = {
  "administrative-organ": "an administrative organ",
  "other-state-organ": "a state organ other than an administrative organ",
  "public-institution": "a public institution",
  "authorised-organisation": "an organisation authorised by law to manage public affairs",
  "public-service-provider": "a provider of public services",
  other: "another organisation"
}

/** Under the 2018 measures (art 3): an administrative organ, or a public institution performing public functions. */
export const publicBodyUnder2018 = (b: Body): boolean =>
  b.kind === "administrative-organ" || (b.kind === "public-institution" && b.performsPublicFunctions)

/** Under the 2021 statute (art 2 item 4): a state organ, a public institution, an authorised organisation or a public-service provider. */
export const publicBodyUnder2021 = (b: Body): boolean => b.kind !== "other"

/** The instrument a question is asked under, by its title in the catalogue. */
const titleZh = (i: DefiningInstrument) => Citation.document(i).zh
const titleEn = (i: DefiningInstrument) => `the ${Citation.document(i).en}`

const facts = (q: PublicBodyQuestion) => ({
  body: q.id,
  kind: q.kind,
  performsPublicFunctions: q.performsPublicFunctions,
  sector: q.sector,
  under: q.under
})

/** The other instrument's definition does not answer this question (本办法所称 / 本条例中). */
const askedUnderTheOther = (q: PublicBodyQuestion, mine: DefiningInstrument) =>
  Rule.notApplicable(
    `the question is asked within the meaning of ${titleEn(q.under)}, whose own definition answers it; this definition holds for the questions of ${titleEn(mine)}`,
    `本问题按${titleZh(q.under)}所称公共管理和服务机构提出，由该文件的定义回答；本定义仅适用于${titleZh(mine)}`,
    facts(q)
  )

/** Whether a body is a public management and service body within the meaning of `under`. */
export const isPublicBodyUnder = (b: Body, under: DefiningInstrument): boolean =>
  under === "sh-data-2021" ? publicBodyUnder2021(b) : publicBodyUnder2018(b)

export const publicBody2018 = Rule.make<PublicBodyQuestion>({
  id: "data-sharing/public-body-2018",
  title: {
    zh: "公共管理和服务机构：本市各级行政机关以及履行公共管理和服务职能的事业单位",
    en: "a public management and service body under the 2018 measures: an administrative organ, or a public institution performing public functions"
  },
  citations: ["sh-public-data-2018/3"],
  check: (q) => {
    if (q.under !== "sh-public-data-2018") return askedUnderTheOther(q, "sh-public-data-2018")
    if (publicBodyUnder2018(q))
      return Rule.satisfied(
        `${q.kind === "administrative-organ" ? "an administrative organ" : "a public institution performing public management and service functions"} is a public management and service body within the meaning of the 2018 measures`,
        `该机构（${kindZh[q.kind]}）属于《上海市公共数据和一网通办管理办法》所称公共管理和服务机构`,
        facts(q)
      )
    return Rule.violated(
      q.kind === "public-institution"
        ? "a public institution that performs no public management or service function is not a public management and service body within the meaning of the 2018 measures"
        : `${kindEn[q.kind]} is neither an administrative organ nor a public institution: not a public management and service body within the meaning of the 2018 measures`,
      q.kind === "public-institution"
        ? "不履行公共管理和服务职能的事业单位，不属于《上海市公共数据和一网通办管理办法》所称公共管理和服务机构"
        : `该机构（${kindZh[q.kind]}）既非行政机关也非事业单位，不属于《上海市公共数据和一网通办管理办法》所称公共管理和服务机构`,
      facts(q)
    )
  }
})

export const publicBody2021 = Rule.make<PublicBodyQuestion>({
  id: "data-sharing/public-body-2021",
  title: {
    zh: "公共管理和服务机构：本市国家机关、事业单位、经依法授权具有管理公共事务职能的组织以及供水、供电、供气、公共交通等提供公共服务的组织",
    en: "a public management and service body under the 2021 statute: a state organ, public institution, authorised organisation or public-service provider"
  },
  citations: ["sh-data-2021/2"],
  check: (q) => {
    if (q.under !== "sh-data-2021") return askedUnderTheOther(q, "sh-data-2021")
    return publicBodyUnder2021(q)
      ? Rule.satisfied(
          `${kindEn[q.kind]} is a public management and service body within the meaning of the 2021 statute`,
          `该机构（${kindZh[q.kind]}）属于《上海市数据条例》所称公共管理和服务机构`,
          facts(q)
        )
      : Rule.violated(
          "the body is none of those the 2021 statute names: not a public management and service body within its meaning",
          "该机构不属于《上海市数据条例》所称公共管理和服务机构",
          facts(q)
        )
  }
})
