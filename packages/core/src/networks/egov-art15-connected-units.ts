/**
 * sh-egov-2012 art 15 paras 1-2:
 * 第十五条各区(县)、各部门要充分利用现有电子政务网络,实现互联互通。
 * 电子政务网络接入单位应当落实管理责任,做好本单位电子政务网络的终端设备、各类应用等日常运维和保障工作。
 *
 * A unit connected to an e-government network puts its management
 * responsibility in place (someone in the unit holds it) and runs the
 * day-to-day operation and support of its own terminals and applications
 * ("and others", 等: those two are the minimum the article names).
 */
import * as Rule from "../decision/Rule.ts"
import type { ConnectedUnit, OperatedItem } from "./model.ts"
import * as Terms from "./terms.ts"

/** The items art 15 names for a connected unit's own day-to-day operation. */
export const namedOperatedItems: ReadonlyArray<OperatedItem> = ["terminal-devices", "applications"]

export const connectedUnitManagementResponsibility = Rule.make<ConnectedUnit>({
  id: "networks/connected-unit-management-responsibility",
  title: { zh: "电子政务网络接入单位落实管理责任", en: "a connected unit puts its management responsibility in place" },
  citations: ["sh-egov-2012/15"],
  check: ({ unit, managementResponsibility }) => {
    const facts = { unit, managementResponsibility }
    return managementResponsibility === null
      ? Rule.violated(
          `connected unit ${Terms.unitName(unit).en} names no one holding its management responsibility`,
          `接入单位${Terms.unitName(unit).zh}未落实管理责任`,
          facts
        )
      : Rule.satisfied(
          `“${managementResponsibility}” holds ${Terms.unitName(unit).en}'s management responsibility`,
          `${Terms.unitName(unit).zh}的管理责任由「${managementResponsibility}」落实`,
          facts
        )
  }
})

export const connectedUnitDailyOperation = Rule.make<ConnectedUnit>({
  id: "networks/connected-unit-daily-operation",
  title: {
    zh: "接入单位做好本单位终端设备、各类应用等日常运维和保障工作",
    en: "a connected unit runs its own terminals and applications day to day"
  },
  citations: ["sh-egov-2012/15"],
  check: ({ unit, dailyOperation }) => {
    const missing = namedOperatedItems.filter((x) => !dailyOperation.includes(x))
    const facts = { unit, dailyOperation: [...dailyOperation], missing }
    return missing.length === 0
      ? Rule.satisfied(
          `${Terms.unitName(unit).en} runs its own terminal devices and applications`,
          `${Terms.unitName(unit).zh}做好本单位终端设备和各类应用的日常运维`,
          facts
        )
      : Rule.violated(
          `${Terms.unitName(unit).en}'s own day-to-day operation does not cover ${missing.map((x) => Terms.operatedItem[x].en).join(" or ")}`,
          `${Terms.unitName(unit).zh}未做好本单位${missing.map((x) => Terms.operatedItem[x].zh).join("、")}的日常运维和保障工作`,
          facts
        )
  }
})
