/**
 * sh-egov-2012 art 28:
 * 第二十八条行政机关要严格控制独立、封闭的单一部门业务系统建设,推进跨区域、跨部门的业务系统应用集成,
 * 开展业务协同,避免重复建设。
 *
 * Administrative organs strictly limit independent, closed single-department
 * systems and integrate applications across regions and departments to avoid
 * duplicate building. The article limits rather than forbids, so a closed
 * single-department system is a warning at submission, not a refusal.
 */
import * as Rule from "../decision/Rule.ts"
import type { ProjectApplication } from "./model.ts"

export const noIsolatedSingleDepartmentSystem = Rule.make<Pick<ProjectApplication, "system">>({
  id: "approvals/no-isolated-single-department-system",
  title: {
    zh: "严格控制独立、封闭的单一部门业务系统建设，避免重复建设",
    en: "independent, closed single-department systems are strictly limited to avoid duplicate building"
  },
  citations: ["sh-egov-2012/28"],
  severity: "warning",
  check: ({ system: s }) =>
    s.isolatedSingleDepartment
      ? Rule.violated(
          "an independent, closed single-department system: art 28 asks for cross-department integration instead",
          "独立、封闭的单一部门业务系统应严格控制，推进跨区域、跨部门的业务系统应用集成",
          { isolatedSingleDepartment: true }
        )
      : Rule.satisfied("the system is not a closed single-department one", "该系统不是独立、封闭的单一部门业务系统", {
          isolatedSingleDepartment: false
        })
})
