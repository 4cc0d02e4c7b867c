/**
 * sh-public-data-2018 art 2:
 * 第⼆条(适⽤范围)本市⾏政区域内公共数据和“⼀⽹通办”⼯作的规划、建设、运维、应⽤、安全保障和监督考核等管理活动,
 * 适⽤本办法。
 * 涉及国家秘密的公共数据管理,按照相关保密法律、法规的规定执⾏。
 *
 * The 2018 measures govern the management of public data and one-network
 * services in the city's administrative area — planning, building, operation,
 * use, security, supervision and evaluation and the like; public data
 * involving state secrets is managed under the secrecy laws instead, outside
 * these measures.
 */
import * as Rule from "../decision/Rule.ts"
import type { ManagementActivity, PublicDataMatter } from "./model.ts"

const activityName: Record<ManagementActivity, { readonly zh: string; readonly en: string }> = {
  planning: { zh: "规划", en: "planning" },
  building: { zh: "建设", en: "building" },
  operation: { zh: "运维", en: "operation and maintenance" },
  use: { zh: "应用", en: "use" },
  security: { zh: "安全保障", en: "security" },
  "supervision-and-evaluation": { zh: "监督考核", en: "supervision and evaluation" },
  "other-management-activity": { zh: "其他管理活动", en: "other management" }
}

export const measuresCoverActivity = Rule.make<PublicDataMatter>({
  id: "data-sharing/measures-cover-activity",
  title: {
    zh: "本市行政区域内公共数据的规划、建设、运维、应用、安全保障和监督考核等管理活动适用本办法",
    en: "the 2018 measures govern managing public data in the city"
  },
  citations: ["sh-public-data-2018/2"],
  check: ({ activity, inShanghai }) =>
    inShanghai
      ? Rule.satisfied(
          `${activityName[activity].en} of public data in the city is governed by the 2018 measures`,
          `本市行政区域内公共数据的${activityName[activity].zh}适用本办法`,
          { activity, inShanghai }
        )
      : Rule.violated(
          `${activityName[activity].en} outside the city's administrative area is not governed by the 2018 measures`,
          `本市行政区域外的${activityName[activity].zh}不适用本办法`,
          { activity, inShanghai }
        )
})

export const stateSecretsExcluded = Rule.make<PublicDataMatter>({
  id: "data-sharing/state-secrets-excluded",
  title: {
    zh: "涉及国家秘密的公共数据管理按照相关保密法律、法规执行",
    en: "public data involving state secrets is managed under the secrecy laws, not the 2018 measures"
  },
  citations: ["sh-public-data-2018/2"],
  check: ({ involvesStateSecrets }) =>
    involvesStateSecrets
      ? Rule.violated(
          "the public data involves state secrets: it is managed under the secrecy laws, not the 2018 measures",
          "涉及国家秘密的公共数据管理，按照相关保密法律、法规的规定执行，不适用本办法",
          { involvesStateSecrets }
        )
      : Rule.satisfied("the public data involves no state secret", "该公共数据不涉及国家秘密", { involvesStateSecrets })
})
