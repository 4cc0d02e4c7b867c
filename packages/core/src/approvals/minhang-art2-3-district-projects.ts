/**
 * minhang-it-2023 arts 2-3:
 * 第二条(适用范围)凡使用区本级(包括委办局、街道、莘庄工业区)财政资金和镇级财政资金的信息化项目均纳入本办法管理范围。
 * 第三条(项目定义)本办法所称政务信息化项目分为政务信息化建设项目和政务信息化运行维护项目。
 * 政务信息化建设项目包括电子政务网络平台、业务信息系统、信息资源库、信息安全基础设施、电子政务基础设施
 * (数据中心、机房、视频监控等)、电子政务标准化体系以及相关支撑体系等符合《政务信息系统定义和范围》规定的系统。
 * 政务信息化运行维护项目是指为保障已有信息系统软件、硬件正常使用所需的计算机和网络硬件设备维护更新、软件维护、
 * 信息安全服务、购买数据服务、云服务等第三方服务。
 *
 * Every IT project of Minhang district funded by district-level (bureaus,
 * sub-districts, Xinzhuang Industrial Zone) or town-level money falls under
 * the measures; a project is either a construction project (systems) or an
 * operation-and-maintenance project, which keeps *existing* systems running.
 * The SDK reads art 3 as: a new build is never an O&M project, and keeping an
 * existing system running is never a construction project; an upgrade may be
 * either (art 3 counts 维护更新 of hardware as O&M and names no upgrade rule).
 */
import * as Rule from "../decision/Rule.ts"
import type { ProjectApplication } from "./model.ts"
import * as Terms from "./terms.ts"

type DistrictFacts = Pick<ProjectApplication, "funding" | "district">

const inScope = ({ funding, district }: DistrictFacts): boolean =>
  district !== null && district.district === "minhang" && (funding === "district-level" || funding === "town-level")

export const minhangProjectInScope = Rule.make<DistrictFacts>({
  id: "approvals/minhang-project-in-scope",
  title: {
    zh: "使用闵行区区本级或镇级财政资金的信息化项目",
    en: "an IT project funded by minhang district-level or town-level money"
  },
  citations: ["minhang-it-2023/2"],
  check: (a) => {
    const facts = { funding: a.funding, district: a.district?.district ?? null }
    if (a.district === null || a.district.district !== "minhang")
      return Rule.violated("the project is not a minhang district project", "该项目不是闵行区项目", facts)
    return inScope(a)
      ? Rule.satisfied(
          `a minhang project funded by ${Terms.funding[a.funding].en} falls under the measures`,
          `使用${Terms.funding[a.funding].zh}财政资金的闵行区项目纳入本办法管理`,
          facts
        )
      : Rule.violated(
          `a minhang project funded by ${Terms.funding[a.funding].en} is outside the measures, which cover district-level and town-level money`,
          `使用${Terms.funding[a.funding].zh}资金的项目不在本办法管理范围内（本办法适用于区本级和镇级财政资金）`,
          facts
        )
  }
})

export const minhangProjectKind = Rule.make<DistrictFacts>({
  id: "approvals/minhang-project-kind",
  title: {
    zh: "项目类别符合建设项目与运行维护项目的定义",
    en: "the project's kind fits art 3's definitions of construction and o&m projects"
  },
  citations: ["minhang-it-2023/3"],
  check: (a) => {
    if (a.district === null || !inScope(a))
      return Rule.notApplicable("not a minhang project under the measures", "不属于闵行区本办法管理的项目", {
        funding: a.funding,
        district: a.district?.district ?? null
      })
    const { kind, work } = a.district
    const facts = { kind, work }
    if (kind === "operation-maintenance" && work === "new-build")
      return Rule.violated(
        "an o&m project keeps existing systems running: a new build is a construction project",
        "政务信息化运行维护项目针对已有信息系统，新建系统属于建设项目",
        facts
      )
    if (kind === "construction" && work === "maintenance")
      return Rule.violated(
        "keeping an existing system running is an o&m project, not a construction project",
        "保障已有信息系统正常使用的维护属于运行维护项目，而非建设项目",
        facts
      )
    return Rule.satisfied(
      `${Terms.a(Terms.projectKind[kind].en)} project doing ${Terms.projectWork[work].en} fits art 3`,
      `${Terms.projectKind[kind].zh}项目（${Terms.projectWork[work].zh}）符合第三条的定义`,
      facts
    )
  }
})
