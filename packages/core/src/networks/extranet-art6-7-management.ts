/**
 * sh-extranet-2020 arts 6-7:
 * 第六条(市政府办公厅职责)市政府办公厅是本市政务外网的主管部门,协调推进和指导监督本市政务外网工作。
 * 第七条(市大数据中心职责)市大数据中心负责制定本市政务外网有关标准规范,指导和协调区级政务外网有关工作。
 * 承担市级政务外网管理单位职责,负责市级政务外网的建设、接入、运行和安全管理工作,负责市级政务外网与国家政务外网之间的对接工作。
 *
 * The General Office is the competent department of the whole extranet; the
 * Big Data Center sets its standards, guides district extranet work and manages
 * the municipal extranet — building, connection (接入), operation, security and
 * the link to the national extranet. Who manages a district extranet, and who
 * connects units to it, the source does not say (it breaks off after art 7), so
 * the SDK records it as unknown: a request to connect to a district extranet is
 * not applicable (the text is silent, which is no refusal), and the access
 * machine, which is art 7's act, takes municipal requests only.
 */
import type { ArticleId } from "../catalogue/Article.ts"
import * as Rule from "../decision/Rule.ts"
import { type Agency, bigDataCenter, govOffice } from "./agencies.ts"
import type { AccessRequest, ExtranetLevel } from "./model.ts"

export interface Role {
  readonly agency: Agency | null
  readonly duties: ReadonlyArray<string>
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
  /** Why the agency is null, where it is. */
  readonly unknown?: string
}

export interface ExtranetManagement {
  readonly level: ExtranetLevel
  /** 主管部门, art 6. */
  readonly competentDepartment: Role
  /** 管理单位: builds, connects, operates and secures the level, art 7. */
  readonly manager: Role
  /** Standards for the whole extranet and guidance of the district level, art 7. */
  readonly standardsAndGuidance: Role
}

const art6 = ["sh-extranet-2020/6"] as unknown as Role["citations"]
const art7 = ["sh-extranet-2020/7"] as unknown as Role["citations"]

/** Who manages each level of the city extranet, with the article that says so. */
export const extranetManagement = (level: ExtranetLevel): ExtranetManagement => ({
  level,
  competentDepartment: {
    agency: govOffice,
    duties: ["coordinate and advance", "guide and supervise"],
    citations: art6
  },
  manager:
    level === "municipal"
      ? {
          agency: bigDataCenter,
          duties: ["building", "connection", "operation", "security management", "link to the national extranet"],
          citations: art7
        }
      : {
          agency: null,
          duties: [],
          citations: art7,
          unknown:
            "art 7 gives the Big Data Center guidance and coordination of district extranet work only; the source breaks off after art 7 and names no district manager"
        },
  standardsAndGuidance: {
    agency: bigDataCenter,
    duties: level === "municipal" ? ["set extranet standards"] : ["set extranet standards", "guide and coordinate"],
    citations: art7
  }
})

export const connectsToMunicipalExtranet = Rule.make<AccessRequest>({
  id: "networks/connects-to-municipal-extranet",
  title: {
    zh: "市大数据中心负责市级政务外网的接入",
    en: "the big data center connects units to the municipal extranet"
  },
  citations: ["sh-extranet-2020/7"],
  check: ({ applicant, level }) => {
    const facts = { applicant: applicant.id, level }
    return level === "municipal"
      ? Rule.satisfied(
          "a connection to the municipal extranet, which the Municipal Big Data Center manages",
          "接入市级政务外网，由市大数据中心负责",
          facts
        )
      : Rule.notApplicable(
          "the source gives the Municipal Big Data Center connection to the municipal extranet only, and breaks off before saying who connects units to a district extranet: nothing here decides such a request",
          "原文仅规定市大数据中心负责市级政务外网的接入，未载明区级政务外网由谁办理接入，本条不对该申请作出判断",
          facts
        )
  }
})
