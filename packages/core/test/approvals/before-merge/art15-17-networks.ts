/**
 * sh-egov-2012 arts 15 and 17, sh-extranet-2020 art 5:
 * 第十五条 … 除国家另有明确规定外,原则上不再单独新建业务专网。
 * 已建成的业务网络应当逐步归并整合,分别纳入政务内网、政务外网或800兆数字集群政务共网。
 * 第十七条行政机关面向社会公众的电子政务应用系统应当基于政务外网组织实施,并通过互联网提供服务。
 * sh-extranet-2020 第五条(集约建设)除国家另有规定外,行政机关不得新建非涉密业务专网;
 * 已经建成的,原则上应当分类并入政务外网。
 *
 * In principle (原则上) no new separate business network is built, except where
 * the state explicitly provides otherwise (art 15, since 2012): the provision
 * admits exceptions, so a project proposing one without a state provision is a
 * warning naming that way out, not a refusal. From 2020-06-15 the extranet
 * measures add that no new non-classified business network may be built
 * (不得, refused unless the state provides otherwise). A public-facing system is
 * built on the extranet and serves the public over the internet (art 17).
 * Merging existing networks is not a submission check.
 */

import type { ProjectApplication } from "../../../src/approvals/model.ts"
import * as Terms from "../../../src/approvals/terms.ts"
import * as Rule from "../../../src/decision/Rule.ts"
import { stateProvision } from "../../../src/networks/egov-art15-business-networks.ts"

type Networked = Pick<ProjectApplication, "newBusinessNetwork">

export const noNewBusinessNetwork = Rule.make<Networked>({
  id: "approvals/no-new-business-network",
  title: {
    zh: "除国家另有明确规定外，原则上不再单独新建业务专网",
    en: "in principle no new separate business network, except where the state explicitly provides otherwise"
  },
  citations: ["sh-egov-2012/15"],
  severity: "warning",
  check: ({ newBusinessNetwork: n }) => {
    if (n === null) return Rule.notApplicable("the project builds no new business network", "项目不新建业务专网")
    const facts = { classified: n.classified, stateProvision: n.stateProvision }
    return n.stateProvision === null
      ? Rule.violated(
          "in principle no new separate business network is built: use the existing e-government networks, unless the state explicitly provides otherwise (name that provision)",
          "原则上不再单独新建业务专网，应充分利用现有电子政务网络；国家另有明确规定的除外，请写明所依据的国家规定",
          { ...facts, exception: { ...stateProvision } }
        )
      : Rule.satisfied(
          `the new business network rests on the state provision “${n.stateProvision}”`,
          `新建业务专网依据国家规定：「${n.stateProvision}」`,
          facts
        )
  }
})

export const noNewNonClassifiedBusinessNetwork = Rule.make<Networked>({
  id: "approvals/no-new-non-classified-business-network",
  title: {
    zh: "除国家另有规定外，行政机关不得新建非涉密业务专网",
    en: "no new non-classified business network unless the state provides otherwise"
  },
  citations: ["sh-extranet-2020/5"],
  check: ({ newBusinessNetwork: n }) => {
    if (n === null) return Rule.notApplicable("the project builds no new business network", "项目不新建业务专网")
    const facts = { classified: n.classified, stateProvision: n.stateProvision }
    if (n.classified)
      return Rule.notApplicable(
        "the new business network is classified: art 5 speaks of non-classified ones",
        "新建的为涉密业务专网，本条只涉及非涉密业务专网",
        facts
      )
    return n.stateProvision === null
      ? Rule.violated(
          "a new non-classified business network may not be built: it belongs on the extranet",
          "行政机关不得新建非涉密业务专网",
          facts
        )
      : Rule.satisfied(
          `the new non-classified business network rests on the state provision “${n.stateProvision}”`,
          `新建非涉密业务专网依据国家规定「${n.stateProvision}」`,
          facts
        )
  }
})

export const publicFacingOnExtranet = Rule.make<Pick<ProjectApplication, "system">>({
  id: "approvals/public-facing-on-extranet",
  title: {
    zh: "面向社会公众的电子政务应用系统基于政务外网组织实施，并通过互联网提供服务",
    en: "a public-facing system is built on the extranet and serves the public over the internet"
  },
  citations: ["sh-egov-2012/17"],
  check: ({ system: s }) => {
    const facts = { publicFacing: s.publicFacing, builtOn: s.builtOn, servedOverInternet: s.servedOverInternet }
    if (!s.publicFacing) return Rule.notApplicable("the system does not face the public", "该系统不面向社会公众", facts)
    if (s.builtOn !== "extranet")
      return Rule.violated(
        `a public-facing system is built on the extranet, not on ${Terms.network[s.builtOn].en}`,
        `面向社会公众的电子政务应用系统应当基于政务外网组织实施，而非${Terms.network[s.builtOn].zh}`,
        facts
      )
    if (!s.servedOverInternet)
      return Rule.violated(
        "a public-facing system serves the public over the internet",
        "面向社会公众的电子政务应用系统应当通过互联网提供服务",
        facts
      )
    return Rule.satisfied(
      "the public-facing system is built on the extranet and served over the internet",
      "面向社会公众的系统基于政务外网实施并通过互联网提供服务",
      facts
    )
  }
})
