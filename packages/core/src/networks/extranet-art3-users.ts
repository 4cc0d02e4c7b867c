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
 * procuratorates and people's organisations, "and others" (等). So nothing
 * classified goes over it (refused), and a body outside the list is not
 * barred — the list is open and says "mainly" — but is flagged (a warning).
 */
import * as Rule from "../decision/Rule.ts"
import { type AccessRequest, type ServedBody, servedBodyZh } from "./model.ts"

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

export const extranetServesApplicant = Rule.make<AccessRequest>({
  id: "networks/extranet-serves-applicant",
  title: {
    zh: "政务外网主要服务于本市各级党委、人大、政府、政协、监察委、法院、检察院和人民团体等",
    en: "the extranet mainly serves party committees, congresses, governments, cppcc, supervision commissions, courts, procuratorates and people's organisations"
  },
  citations: ["sh-extranet-2020/3"],
  severity: "warning",
  check: ({ applicant }) => {
    const facts = { applicant: applicant.id, body: applicant.body }
    return mainlyServes(applicant.body)
      ? Rule.satisfied(
          `\`${applicant.id}\` is a \`${applicant.body}\`, which the extranet mainly serves`,
          `\`${applicant.id}\` 属于${servedBodyZh[applicant.body]}，为政务外网主要服务对象`,
          facts
        )
      : Rule.violated(
          `\`${applicant.id}\` is not among the bodies art 3 names; the list is open, so the extranet's manager decides`,
          `\`${applicant.id}\` 不在第三条列明的主要服务对象之中，由政务外网管理单位确定`,
          facts
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
          `\`${applicant.id}\` would carry classified information over the non-classified extranet`,
          `\`${applicant.id}\` 拟通过非涉密的政务外网传输涉密信息`,
          facts
        )
  }
})
