/**
 * sh-egov-2012 arts 18-19:
 * 第十八条 … 各区(县)、各部门要建立相应的工作机制,按照相关要求,建设和完善相关审批业务应用系统,
 * 与市级网上行政审批服务管理平台对接,全面推进网上行政审批工作。
 * 第十九条市、区(县)监察机关要建立行政审批电子监察系统,通过信息系统对接和数据交换等方式,
 * 实现对行政审批事项的监督管理。
 *
 * A district's or department's approval business system is connected (对接) to
 * the municipal online administrative approval service management platform
 * (art 18 para 3). The supervision organs of the city and of each district
 * (county) supervise approval matters through their electronic supervision
 * systems, by system docking, data exchange and the like (等, art 19), so an
 * approval system is docked with, or exchanges data with, such a system. Paras 1-2
 * of art 18 give the Approval Reform Office and the General Office standing
 * duties of coordination and guidance, and "建立相应的工作机制" and "按照相关要求"
 * name no content: those are not formalised (see the procedure's notFormalised).
 */
import * as Rule from "../decision/Rule.ts"
import type { OnlineApprovalSystem } from "./model.ts"

export const approvalSystemOnMunicipalPlatform = Rule.make<OnlineApprovalSystem>({
  id: "approvals/approval-system-on-municipal-platform",
  title: {
    zh: "各区(县)、各部门审批业务应用系统与市级网上行政审批服务管理平台对接",
    en: "a district's or department's approval system is connected to the municipal online approval platform"
  },
  citations: ["sh-egov-2012/18"],
  check: (a) => {
    const facts = { system: a.system, owner: a.owner, level: a.level, connected: a.connectedToMunicipalPlatform }
    return a.connectedToMunicipalPlatform
      ? Rule.satisfied(
          "the approval system is connected to the municipal online administrative approval service management platform",
          "审批业务应用系统已与市级网上行政审批服务管理平台对接",
          facts
        )
      : Rule.violated(
          "the approval system is not connected to the municipal online administrative approval service management platform",
          "审批业务应用系统未与市级网上行政审批服务管理平台对接",
          facts
        )
  }
})

export const approvalSystemUnderElectronicSupervision = Rule.make<OnlineApprovalSystem>({
  id: "approvals/approval-system-under-electronic-supervision",
  title: {
    zh: "行政审批事项通过信息系统对接和数据交换等方式接受行政审批电子监察系统的监督管理",
    en: "approval matters are supervised through the supervision organs' electronic supervision systems"
  },
  citations: ["sh-egov-2012/19"],
  check: (a) => {
    const s = a.electronicSupervision
    const facts = {
      system: a.system,
      owner: a.owner,
      supervision: s === null ? null : { organ: s.organ, means: [...s.means] }
    }
    return s === null
      ? Rule.violated(
          "the approval system is neither docked with nor exchanges data with a supervision organ's electronic supervision system for administrative approval, through which art 19 has approval matters supervised",
          "审批业务应用系统未与监察机关的行政审批电子监察系统对接或交换数据，行政审批事项未纳入电子监察",
          facts
        )
      : Rule.satisfied(
          `the approval system is under the ${s.organ === "municipal" ? "municipal" : "district"} supervision organ's electronic supervision system for administrative approval`,
          `审批业务应用系统已纳入${s.organ === "municipal" ? "市" : "区(县)"}监察机关的行政审批电子监察系统`,
          facts
        )
  }
})
