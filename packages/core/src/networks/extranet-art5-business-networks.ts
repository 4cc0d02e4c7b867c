/**
 * sh-extranet-2020 art 5:
 * 第五条(集约建设)除国家另有规定外,行政机关不得新建非涉密业务专网;已经建成的,原则上应当分类并入政务外网。
 *
 * From 2020-06-15, unless the state provides otherwise, an administrative organ
 * may not build a new non-classified business private network, and an existing
 * one is in principle (原则上) merged into the extranet by category. The rule
 * is narrower than sh-egov-2012 art 15 (non-classified networks only; the
 * state provision need not be "explicit") and firmer (不得, "may not"); the
 * exemption opens the whole sentence, so it covers the merger too. Merging
 * elsewhere is a warning: "in principle".
 */
import * as Rule from "../decision/Rule.ts"
import { type BusinessNetwork, businessNetworkFacts } from "./model.ts"
import * as Terms from "./terms.ts"

export const noNewNonClassifiedBusinessNetwork = Rule.make<BusinessNetwork>({
  id: "networks/no-new-non-classified-business-network",
  title: {
    zh: "除国家另有规定外，行政机关不得新建非涉密业务专网",
    en: "no new non-classified business private network unless the state provides otherwise"
  },
  citations: ["sh-extranet-2020/5"],
  check: (n) => {
    if (n.status !== "proposed")
      return Rule.notApplicable(
        `“${n.id}” is an existing network, not a new one`,
        `「${n.id}」为已建成网络`,
        businessNetworkFacts(n)
      )
    if (n.secrecy === "classified")
      return Rule.notApplicable(
        `“${n.id}” is classified: art 5 speaks of non-classified networks`,
        `「${n.id}」为涉密网络，第五条仅适用于非涉密业务专网`,
        businessNetworkFacts(n)
      )
    if (n.stateExemption !== null)
      return Rule.satisfied(
        `the state provides otherwise for “${n.id}”: “${n.stateExemption.reference}”`,
        `国家对「${n.id}」另有规定：「${n.stateExemption.reference}」`,
        businessNetworkFacts(n)
      )
    return Rule.violated(
      `administrative organs may not build a new non-classified business private network: “${n.id}”`,
      `行政机关不得新建非涉密业务专网：「${n.id}」`,
      businessNetworkFacts(n)
    )
  }
})

export const existingNonClassifiedIntoExtranet = Rule.make<BusinessNetwork>({
  id: "networks/existing-non-classified-network-into-extranet",
  title: {
    zh: "已经建成的非涉密业务专网原则上分类并入政务外网",
    en: "an existing non-classified business network is in principle merged into the extranet"
  },
  citations: ["sh-extranet-2020/5"],
  severity: "warning",
  check: (n) => {
    if (n.status !== "existing" || n.secrecy !== "non-classified")
      return Rule.notApplicable(
        "not an existing non-classified network",
        "非已建成的非涉密业务专网",
        businessNetworkFacts(n)
      )
    if (n.stateExemption !== null)
      return Rule.satisfied(
        `the state provides otherwise for “${n.id}”: “${n.stateExemption.reference}”`,
        `国家对「${n.id}」另有规定：「${n.stateExemption.reference}」`,
        businessNetworkFacts(n)
      )
    return n.mergeInto === "extranet"
      ? Rule.satisfied(
          `“${n.id}” is to be merged into the extranet`,
          `「${n.id}」将并入政务外网`,
          businessNetworkFacts(n)
        )
      : Rule.violated(
          n.mergeInto === null
            ? `existing non-classified network “${n.id}” is not yet to be merged into the extranet`
            : `existing non-classified network “${n.id}” is to go into ${Terms.kind(n.mergeInto).en}, not the extranet`,
          `已经建成的非涉密业务专网「${n.id}」原则上应当分类并入政务外网`,
          businessNetworkFacts(n)
        )
  }
})
