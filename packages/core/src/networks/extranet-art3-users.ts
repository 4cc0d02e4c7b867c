/**
 * sh-extranet-2020 art 3:
 * 第三条(定义)本办法所称本市政务外网,是国家政务外网的组成部分,与互联网逻辑隔离,为非涉密网络。
 * 本市政务外网由市级政务外网和区级政务外网组成,主要服务于本市各级党委、人大、政府、政协、监察委、法院、检察院和人民团体等,
 * 满足经济调节、市场监管、社会管理、公共服务、生态环境保护等工作需要,支撑跨部门、跨层级、跨区域数据共享和业务协同。
 *
 * The city extranet is part of the national extranet, logically isolated from
 * the internet and non-classified; it has a municipal and a district level and
 * mainly (主要) serves the city's Party committees, people's congresses,
 * governments, CPPCC committees, supervision commissions, courts,
 * procuratorates and people's organisations, "and the like" (等). So:
 * - nothing classified goes over it (refused: 为非涉密网络);
 * - the eight named kinds, and another public body of the city of the same
 *   kind (等), are users the extranet serves (satisfied);
 * - any other unit is not among those it serves, but "mainly" does not shut
 *   it out: it may connect with a warning, the way in being the decision of
 *   the body that manages connection to the municipal extranet (市大数据中心,
 *   art 7), which fires the access machine's `connect`.
 * The access machine applies the same rule as its guard, so it follows this
 * validator for every kind of applicant.
 */
import * as ExceptionPath from "../catalogue/ExceptionPath.ts"
import * as Rule from "../decision/Rule.ts"
import { type AccessRequest, type ServedBody, servedBodyZh } from "./model.ts"
import * as Terms from "./terms.ts"

/** The bodies art 3 names as those the extranet mainly serves. */
export const namedServedBodies: ReadonlyArray<ServedBody> = [
  "party-committee",
  "peoples-congress",
  "government",
  "cppcc",
  "supervision-commission",
  "court",
  "procuratorate",
  "peoples-organisation"
]

/** Whether art 3 names the body among those the extranet mainly serves. */
export const mainlyServes = (body: ServedBody): boolean => namedServedBodies.includes(body)

/** Whether the body is an extranet user under art 3: named, or of the same kind (等). */
export const servesAsUser = (body: ServedBody): boolean => mainlyServes(body) || body === "other-public-body"

/** The way in art 7 gives a unit art 3 does not take in: the municipal extranet's manager connects it. */
export const managerDecides = ExceptionPath.make(
  "sh-extranet-2020/7",
  "承担市级政务外网管理单位职责,负责市级政务外网的建设、接入、运行和安全管理工作",
  "the Municipal Big Data Center, which manages connection to the municipal extranet, decides whether to connect a unit art 3 does not name"
)

export const extranetServesApplicant = Rule.make<AccessRequest>({
  id: "networks/extranet-serves-applicant",
  title: {
    zh: "政务外网主要服务于本市各级党委、人大、政府、政协、监察委、法院、检察院和人民团体等",
    en: "the extranet mainly serves party committees, congresses, governments, cppcc, supervision commissions, courts, procuratorates and people's organisations, and the like"
  },
  citations: ["sh-extranet-2020/3"],
  severity: "warning",
  check: ({ applicant }) => {
    const named = mainlyServes(applicant.body)
    const facts = { applicant: applicant.id, body: applicant.body, named, sameKind: servesAsUser(applicant.body) }
    if (named)
      return Rule.satisfied(
        "the applicant is one of the bodies the extranet mainly serves",
        `申请单位属于${servedBodyZh[applicant.body]}，为政务外网主要服务对象`,
        facts
      )
    if (applicant.body === "other-public-body")
      return Rule.satisfied(
        "the applicant is a public body of the city of the kind art 3's open list (and the like) takes in",
        "申请单位为与第三条所列机构同类的本市公共机构，属于政务外网服务对象（“等”）",
        facts
      )
    return Rule.violated(
      "the applicant is not among the bodies the extranet mainly serves, nor of their kind; art 3 says mainly, not only, so it is not barred: whether to connect it is for the Municipal Big Data Center, which manages connection to the municipal extranet",
      "申请单位不属于第三条所列政务外网主要服务对象及同类机构；该条规定“主要服务于”，并未排除其他单位，是否接入由负责市级政务外网接入的市大数据中心决定",
      { ...facts, exception: { ...managerDecides } }
    )
  }
})

export const extranetCarriesNothingClassified = Rule.make<AccessRequest>({
  id: "networks/extranet-carries-nothing-classified",
  title: {
    zh: "政务外网为非涉密网络，不承载涉密信息",
    en: "the extranet is non-classified and carries nothing classified"
  },
  citations: ["sh-extranet-2020/3"],
  check: ({ applicant, carries }) => {
    const facts = { applicant: applicant.id, carries }
    return carries === "non-classified"
      ? Rule.satisfied("the connection carries nothing classified", "接入不涉及涉密信息", facts)
      : Rule.violated(
          `${Terms.unitName(applicant.id).en} would carry classified information over the non-classified extranet`,
          `${Terms.unitName(applicant.id).zh}拟通过非涉密的政务外网传输涉密信息`,
          facts
        )
  }
})
