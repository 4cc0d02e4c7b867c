/**
 * sh-egov-2012 art 15 paras 3-4 (with art 13 for what each network carries):
 * 除国家另有明确规定外,原则上不再单独新建业务专网。
 * 已建成的业务网络应当逐步归并整合,分别纳入政务内网、政务外网或800兆数字集群政务共网。
 *
 * From 2012-05-28 no separate business private network is newly built, except
 * where the state explicitly provides otherwise (明确规定: the caller names the
 * provision); the article says "in principle" (原则上), and the SDK refuses
 * unless that exemption is given. Existing business networks are merged,
 * gradually and with no deadline (逐步), into the internal network, the
 * extranet or the trunked radio network: an existing network with no target
 * yet is a warning. The exemption stands in the paragraph on new networks only,
 * not in the one on merging. A classified network can only go into the internal
 * network, the one classified network of art 13.
 */
import * as Rule from "../decision/Rule.ts"
import { type BusinessNetwork, businessNetworkFacts, kindZh } from "./model.ts"

export const noNewBusinessNetwork = Rule.make<BusinessNetwork>({
  id: "networks/no-new-business-network",
  title: {
    zh: "除国家另有明确规定外，原则上不再单独新建业务专网",
    en: "no new business private network unless the state explicitly provides otherwise"
  },
  citations: ["sh-egov-2012/15"],
  check: (n) => {
    if (n.status !== "proposed")
      return Rule.notApplicable(
        `\`${n.id}\` is an existing network, not a new one`,
        `\`${n.id}\` 为已建成网络`,
        businessNetworkFacts(n)
      )
    if (n.stateExemption !== null)
      return Rule.satisfied(
        `the state explicitly provides otherwise for \`${n.id}\`: \`${n.stateExemption.reference}\``,
        `国家对 \`${n.id}\` 另有明确规定：\`${n.stateExemption.reference}\``,
        businessNetworkFacts(n)
      )
    return Rule.violated(
      `no new business private network may be built: \`${n.id}\` should use the existing e-government networks`,
      `原则上不再单独新建业务专网：\`${n.id}\` 应充分利用现有电子政务网络`,
      businessNetworkFacts(n)
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
      return Rule.notApplicable(
        `\`${n.id}\` is a proposed network`,
        `\`${n.id}\` 为拟新建网络`,
        businessNetworkFacts(n)
      )
    return n.mergeInto === null
      ? Rule.violated(
          `existing network \`${n.id}\` has no e-government network to be merged into yet`,
          `已建成的业务网络 \`${n.id}\` 尚未确定纳入的电子政务网络`,
          businessNetworkFacts(n)
        )
      : Rule.satisfied(
          `existing network \`${n.id}\` is to be merged into the \`${n.mergeInto}\``,
          `已建成的业务网络 \`${n.id}\` 将纳入${kindZh[n.mergeInto]}`,
          businessNetworkFacts(n)
        )
  }
})

export const mergeKeepsClassifiedOnInternal = Rule.make<BusinessNetwork>({
  id: "networks/merge-keeps-classified-on-internal",
  title: {
    zh: "涉密业务网络只能纳入政务内网",
    en: "a classified business network is merged into the internal network only"
  },
  citations: ["sh-egov-2012/13", "sh-egov-2012/15"],
  check: (n) => {
    if (n.status !== "existing" || n.mergeInto === null || n.secrecy !== "classified")
      return Rule.notApplicable(
        "not an existing classified network with a merger target",
        "非已确定纳入目标的涉密业务网络",
        businessNetworkFacts(n)
      )
    return n.mergeInto === "internal"
      ? Rule.satisfied(
          `classified network \`${n.id}\` goes into the internal network`,
          `涉密业务网络 \`${n.id}\` 纳入政务内网`,
          businessNetworkFacts(n)
        )
      : Rule.violated(
          `classified network \`${n.id}\` cannot go into the non-classified \`${n.mergeInto}\`: only the internal network is classified`,
          `涉密业务网络 \`${n.id}\` 不得纳入${kindZh[n.mergeInto]}，只有政务内网为涉密网`,
          businessNetworkFacts(n)
        )
  }
})
