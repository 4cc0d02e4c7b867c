/**
 * sh-egov-2012 art 15 paras 3-4 (with art 13 for what each network carries):
 * 除国家另有明确规定外,原则上不再单独新建业务专网。
 * 已建成的业务网络应当逐步归并整合,分别纳入政务内网、政务外网或800兆数字集群政务共网。
 *
 * From 2012-05-28 no separate business private network is newly built "in
 * principle" (原则上), except where the state explicitly provides otherwise
 * (除国家另有明确规定外). The provision admits exceptions, so a proposal without a
 * state provision is a warning that names the way out — the state provision,
 * which the caller names and answers for — not a refusal; with one it is
 * satisfied. (From 2020-06-15 sh-extranet-2020 art 5 forbids new
 * non-classified business networks outright, 不得: that refusal is its own.)
 * Existing business networks are merged, gradually and with no deadline (逐步),
 * into the internal network, the extranet or the trunked radio network: an
 * existing network with no target yet is a warning. The exemption stands in
 * the paragraph on new networks only, not in the one on merging. Merging
 * "respectively" (分别) into the three networks follows art 13: the extranet is
 * non-classified, so a classified network never goes into it
 * (networks/nothing-classified-on-extranet); the internal network mainly (主要)
 * serves classified work, so a classified network merged anywhere else is a
 * warning naming art 34's secrecy rules.
 */
import * as ExceptionPath from "../catalogue/ExceptionPath.ts"
import * as Rule from "../decision/Rule.ts"
import { secrecyRules } from "./egov-art13-classification.ts"
import { type BusinessNetwork, businessNetworkFacts, kindZh } from "./model.ts"
import * as Terms from "./terms.ts"

/** The way out art 15 names for a new business network: a state provision saying otherwise. */
export const stateProvision = ExceptionPath.make(
  "sh-egov-2012/15",
  "除国家另有明确规定外",
  "name the state provision that explicitly provides otherwise (stateExemption); without one, use the existing e-government networks"
)

export const noNewBusinessNetwork = Rule.make<BusinessNetwork>({
  id: "networks/no-new-business-network",
  title: {
    zh: "除国家另有明确规定外，原则上不再单独新建业务专网",
    en: "in principle no new business private network, except where the state explicitly provides otherwise"
  },
  citations: ["sh-egov-2012/15"],
  severity: "warning",
  check: (n) => {
    if (n.status !== "proposed")
      return Rule.notApplicable("an existing network, not a new one", "该网络为已建成网络", businessNetworkFacts(n))
    if (n.stateExemption !== null)
      return Rule.satisfied(
        `the state explicitly provides otherwise for this network: “${n.stateExemption.reference}”`,
        `国家对该业务专网另有明确规定：「${n.stateExemption.reference}」`,
        businessNetworkFacts(n)
      )
    return Rule.violated(
      "in principle no new business private network is built: use the existing e-government networks, unless the state explicitly provides otherwise (name that provision)",
      "原则上不再单独新建业务专网，应充分利用现有电子政务网络；国家另有明确规定的除外，请写明所依据的国家规定",
      { ...businessNetworkFacts(n), exception: { ...stateProvision } }
    )
  }
})

export const existingBusinessNetworkMerged = Rule.make<BusinessNetwork>({
  id: "networks/existing-business-network-merged",
  title: {
    zh: "已建成的业务网络逐步归并整合，分别纳入政务内网、政务外网或800兆数字集群政务共网",
    en: "an existing business network is merged into the internal network, the extranet or the trunked radio network"
  },
  citations: ["sh-egov-2012/15"],
  severity: "warning",
  check: (n) => {
    if (n.status !== "existing")
      return Rule.notApplicable(`“${n.id}” is a proposed network`, `「${n.id}」为拟新建网络`, businessNetworkFacts(n))
    return n.mergeInto === null
      ? Rule.violated(
          `existing network “${n.id}” has no e-government network to be merged into yet`,
          `已建成的业务网络「${n.id}」尚未确定纳入的电子政务网络`,
          businessNetworkFacts(n)
        )
      : Rule.satisfied(
          `existing network “${n.id}” is to be merged into ${Terms.kind(n.mergeInto).en}`,
          `已建成的业务网络「${n.id}」将纳入${kindZh[n.mergeInto]}`,
          businessNetworkFacts(n)
        )
  }
})

export const mergeKeepsClassifiedOnInternal = Rule.make<BusinessNetwork>({
  id: "networks/merge-keeps-classified-on-internal",
  title: {
    zh: "涉密业务网络原则上纳入主要满足涉密业务需要的政务内网",
    en: "a classified business network goes into the internal network, which mainly serves classified work"
  },
  citations: ["sh-egov-2012/13", "sh-egov-2012/15"],
  severity: "warning",
  check: (n) => {
    if (n.status !== "existing" || n.mergeInto === null || n.secrecy !== "classified")
      return Rule.notApplicable(
        "not an existing classified network with a merger target",
        "非已确定纳入目标的涉密业务网络",
        businessNetworkFacts(n)
      )
    return n.mergeInto === "internal"
      ? Rule.satisfied(
          "the classified network goes into the internal network",
          "涉密业务网络纳入政务内网",
          businessNetworkFacts(n)
        )
      : Rule.violated(
          `the classified network is to go into the ${n.mergeInto === "extranet" ? "extranet" : "800 MHz trunked radio network"}: the internal network mainly serves classified work, and any other network carrying it is built and managed strictly under the Party and state secrecy rules`,
          `涉密业务网络拟纳入${kindZh[n.mergeInto]}：政务内网主要满足涉密业务工作的应用需要，纳入其他网络的，须严格按照党和国家的有关保密规定执行`,
          { ...businessNetworkFacts(n), exception: { ...secrecyRules } }
        )
  }
})
