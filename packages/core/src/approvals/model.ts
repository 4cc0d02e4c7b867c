/**
 * The approval-chain model: what an e-government project application (项目申报)
 * says about the project — who runs it, how it is funded, the system it builds,
 * the networks, software and security products it uses, its protection level —
 * and, for a district project, the district facts minhang-it-2023 and
 * yangpu-it-2018 ask about. Plans, filings and websites have their own inputs.
 */
import * as Schema from "effect/Schema"
import { AgencyId } from "../machine/Actor.ts"

/**
 * How the project is funded, which decides its approval chain:
 * - `municipal-government-investment`: 市级政府投资的电子政务建设项目 (sh-egov-2012 art 10);
 * - `municipal-annual-it-budget`: 年度市本级电子政务信息化预算项目 (art 11);
 * - `district-level`: 区本级财政资金 (minhang-it-2023 art 2; yangpu-it-2018 1.1 区级财政资金);
 * - `town-level`: 镇级财政资金 (minhang-it-2023 art 2);
 * - `other`: any other funding.
 */
export const Funding = Schema.Literals([
  "municipal-government-investment",
  "municipal-annual-it-budget",
  "district-level",
  "town-level",
  "other"
])
export type Funding = typeof Funding.Type

/**
 * The network a system is built on: the three e-government networks of
 * sh-egov-2012 art 13 (政务内网, 政务外网, 800兆数字集群政务共网), a separate
 * business network (业务专网, art 15), or something else.
 */
export const Network = Schema.Literals([
  "extranet",
  "internal-network",
  "trunked-radio-network",
  "business-private-network",
  "other"
])
export type Network = typeof Network.Type

export const SystemProfile = Schema.Struct({
  /** 面向社会公众: the system serves the public (sh-egov-2012 art 17). */
  publicFacing: Schema.Boolean,
  builtOn: Network,
  /** Whether it serves the public through the internet (通过互联网提供服务, art 17). */
  servedOverInternet: Schema.Boolean,
  /** 涉及国家秘密: the system handles state secrets (分级保护 rather than 等级保护, art 32). */
  classified: Schema.Boolean,
  /**
   * 独立、封闭的单一部门业务系统 (art 28): a system of one department only, closed to
   * the others and not integrated across departments or regions.
   */
  isolatedSingleDepartment: Schema.Boolean
})
export type SystemProfile = typeof SystemProfile.Type

/**
 * A new separate business network (单独新建业务专网) the project would build
 * (sh-egov-2012 art 15; sh-extranet-2020 art 5 for non-classified ones).
 */
export const NewBusinessNetwork = Schema.Struct({
  classified: Schema.Boolean,
  /**
   * The state provides otherwise (国家另有明确规定, art 15; 国家另有规定,
   * sh-extranet-2020 art 5): the caller names the provision, the SDK cannot check it.
   */
  stateProvision: Schema.NullOr(Schema.NonEmptyString)
})
export type NewBusinessNetwork = typeof NewBusinessNetwork.Type

/** A piece of software the project uses (art 33: 正版软件, licensed). */
export const SoftwareItem = Schema.Struct({ name: Schema.NonEmptyString, licensed: Schema.Boolean })
export type SoftwareItem = typeof SoftwareItem.Type

/** An information security product the project uses (art 33: 经依法认证, lawfully certified). */
export const SecurityProduct = Schema.Struct({ name: Schema.NonEmptyString, certified: Schema.Boolean })
export type SecurityProduct = typeof SecurityProduct.Type

/** 等级保护 levels 1-5 of a non-classified system. */
export const GradedLevel = Schema.Literals([1, 2, 3, 4, 5])
export type GradedLevel = typeof GradedLevel.Type

/** 分级保护 grades of a classified system: 秘密, 机密, 绝密. */
export const ClassifiedGrade = Schema.Literals(["secret", "confidential", "top-secret"])
export type ClassifiedGrade = typeof ClassifiedGrade.Type

/** The protection level determined for the system (art 32), null while not determined. */
export const Protection = Schema.Struct({
  gradedLevel: Schema.NullOr(GradedLevel),
  classifiedGrade: Schema.NullOr(ClassifiedGrade)
})
export type Protection = typeof Protection.Type

/** Which district's rules a district project falls under (the SDK encodes Minhang's and Yangpu's). */
export const District = Schema.Literals(["minhang", "yangpu", "other"])
export type District = typeof District.Type

/**
 * The two project kinds both districts define: 建设类/政务信息化建设项目
 * (construction) and 运维类/政务信息化运行维护项目 (operation and maintenance).
 */
export const ProjectKind = Schema.Literals(["construction", "operation-maintenance"])
export type ProjectKind = typeof ProjectKind.Type

/**
 * What the project does: 新建 (a new build), 升级改造 (an upgrade), or 运行维护 of
 * an existing system (yangpu-it-2018 1.1.1-1.1.2; minhang-it-2023 art 3 para 3).
 */
export const ProjectWork = Schema.Literals(["new-build", "upgrade", "maintenance"])
export type ProjectWork = typeof ProjectWork.Type

const Yuan = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/**
 * A project's special needs (特殊需求, yangpu-it-2018 1.1.3) — what it asks beyond
 * the standard's configuration — and the joint meeting's separate review of
 * them (联席会议依照"一事一议"原则单独审议), once given.
 */
export const SpecialNeeds = Schema.Struct({
  needs: Schema.NonEmptyString,
  jointMeetingReview: Schema.NullOr(Schema.Struct({ reference: Schema.NonEmptyString }))
})
export type SpecialNeeds = typeof SpecialNeeds.Type

export const DistrictProject = Schema.Struct({
  district: District,
  kind: ProjectKind,
  work: ProjectWork,
  /** 投资金额, in whole yuan. */
  investmentYuan: Yuan,
  /** Whether 三级等保测评及整改费用 are counted in the construction cost (yangpu-it-2018 1.1.4). */
  level3CostsInConstructionCost: Schema.Boolean,
  /** Special needs beyond the standard (yangpu-it-2018 1.1.3); null or absent when there are none. */
  specialNeeds: Schema.optionalKey(Schema.NullOr(SpecialNeeds))
})
export type DistrictProject = typeof DistrictProject.Type

/** An e-government project application, checked at submission and carried by the approval machines. */
export const ProjectApplication = Schema.Struct({
  name: Schema.NonEmptyString,
  /** 项目建设和应用单位 (sh-egov-2012 art 12): the unit that applies and runs the project. */
  projectUnit: AgencyId,
  funding: Funding,
  system: SystemProfile,
  newBusinessNetwork: Schema.NullOr(NewBusinessNetwork),
  software: Schema.Array(SoftwareItem),
  securityProducts: Schema.Array(SecurityProduct),
  protection: Protection,
  /** The district facts of a district project; null for a municipal one. */
  district: Schema.NullOr(DistrictProject)
})
export type ProjectApplication = typeof ProjectApplication.Type

/**
 * What art 12 has copied to the General Office once a municipal project is
 * approved (其批复文件、预算安排情况抄送市政府办公厅等部门): the approval document
 * (批复文件) and the budget arrangement (预算安排情况).
 */
export const CopiedDocument = Schema.Literals(["approval-document", "budget-arrangement"])
export type CopiedDocument = typeof CopiedDocument.Type

/** One reviewer's passing review (审核) at a revision of the application. */
export const Review = Schema.Struct({ agency: AgencyId, revision: Schema.Int })
export type Review = typeof Review.Type

/**
 * Plans of sh-egov-2012 arts 8-9 that are filed with the General Office:
 * a district's or department's e-government plan (art 8, 电子政务相关规划) or
 * its annual work plan with milestones (art 9, 年度工作计划、节点目标).
 */
export const PlanKind = Schema.Literals(["district-or-department-plan", "annual-work-plan"])
export type PlanKind = typeof PlanKind.Type

export const PlanFiling = Schema.Struct({
  kind: PlanKind,
  title: Schema.NonEmptyString,
  /** The district (区(县)) or department (部门) that files. */
  filer: AgencyId,
  /** The city plan it is drawn up under (根据本市电子政务发展规划, art 8), if named. */
  cityPlan: Schema.NullOr(Schema.NonEmptyString),
  /** 节点目标 (art 9). */
  milestones: Schema.Array(Schema.NonEmptyString)
})
export type PlanFiling = typeof PlanFiling.Type

/** A government website (政府网站) whose opening and changes are filed (art 21). */
export const Website = Schema.Struct({
  name: Schema.NonEmptyString,
  domain: Schema.NonEmptyString,
  /** The unit (单位) that runs the site and keeps its filing system. */
  unit: AgencyId
})
export type Website = typeof Website.Type

/** A filing record (备案) in the unit's website filing system. */
export const WebsiteFilingRecord = Schema.Struct({ reference: Schema.NonEmptyString })
export type WebsiteFilingRecord = typeof WebsiteFilingRecord.Type

/** Whose organisation it is: a district or county (区(县)) or a department (部门). */
export const OrganisationLevel = Schema.Literals(["district", "department"])
export type OrganisationLevel = typeof OrganisationLevel.Type

/** How a district or department organises its e-government work (sh-egov-2012 art 6). */
export const EgovOrganisation = Schema.Struct({
  body: AgencyId,
  level: OrganisationLevel,
  /** The leader who answers for the e-government work, and whether that is the principal leader (主要领导); null when none is named. */
  responsibleLeader: Schema.NullOr(Schema.Struct({ name: Schema.NonEmptyString, principalLeader: Schema.Boolean })),
  /** The responsible department (责任部门), null when none is named. */
  responsibleDepartment: Schema.NullOr(Schema.NonEmptyString)
})
export type EgovOrganisation = typeof EgovOrganisation.Type

/** How an approval system is under electronic supervision: 信息系统对接, 数据交换, or another way (等). */
export const SupervisionMeans = Schema.Literals(["system-docking", "data-exchange", "other-means"])
export type SupervisionMeans = typeof SupervisionMeans.Type

/** A district's or department's approval business system (审批业务应用系统), as sh-egov-2012 arts 18-19 ask about it. */
export const OnlineApprovalSystem = Schema.Struct({
  system: Schema.NonEmptyString,
  owner: AgencyId,
  level: OrganisationLevel,
  /** Connected (对接) to the municipal online administrative approval service management platform. */
  connectedToMunicipalPlatform: Schema.Boolean,
  /** The supervision organ's electronic supervision system it is under, and how; null when none. */
  electronicSupervision: Schema.NullOr(
    Schema.Struct({ organ: Schema.Literals(["municipal", "district"]), means: Schema.NonEmptyArray(SupervisionMeans) })
  )
})
export type OnlineApprovalSystem = typeof OnlineApprovalSystem.Type
