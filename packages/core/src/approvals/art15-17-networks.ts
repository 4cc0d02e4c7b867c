/**
 * sh-egov-2012 arts 15 and 17, sh-extranet-2020 art 5, applied to a project
 * application: one rule per clause, the network rules themselves
 * (`networks/`), read over the application.
 *
 * 第十五条 … 除国家另有明确规定外,原则上不再单独新建业务专网。
 * 第十七条行政机关面向社会公众的电子政务应用系统应当基于政务外网组织实施,并通过互联网提供服务。
 * sh-extranet-2020 第五条(集约建设)除国家另有规定外,行政机关不得新建非涉密业务专网;…
 *
 * The business network an application proposes is a proposed business
 * network of its project unit; the state provision it names is the state's
 * exemption. Its system is a system of a small topology: its home network
 * (what it is built on) and, when it serves over the internet, a logically
 * isolated link from that network to the internet. An application that builds
 * no business network is outside arts 15 and 5.
 */
import * as Rule from "../decision/Rule.ts"
import type { AgencyId } from "../machine/Actor.ts"
import { noNewBusinessNetwork as businessNetworkRule } from "../networks/egov-art15-business-networks.ts"
import { publicFacingSystemOnExtranet } from "../networks/egov-art17-public-facing.ts"
import { noNewNonClassifiedBusinessNetwork as nonClassifiedRule } from "../networks/extranet-art5-business-networks.ts"
import type { BusinessNetwork, NodeId, Topology } from "../networks/model.ts"
import type { Network, ProjectApplication } from "./model.ts"
import * as Terms from "./terms.ts"

type Networked = Pick<ProjectApplication, "name" | "projectUnit" | "newBusinessNetwork">

/** The business network an application proposes, as the network rules read it. */
export const proposedNetwork = (a: Networked): BusinessNetwork | null =>
  a.newBusinessNetwork === null
    ? null
    : {
        id: a.name as NodeId,
        owner: a.projectUnit as AgencyId,
        status: "proposed",
        secrecy: a.newBusinessNetwork.classified ? "classified" : "non-classified",
        mergeInto: null,
        stateExemption:
          a.newBusinessNetwork.stateProvision === null ? null : { reference: a.newBusinessNetwork.stateProvision }
      }

/** A business-network rule over an application: not applicable when it builds no business network. */
const overProposedNetwork = (rule: Rule.Rule<BusinessNetwork>): Rule.Rule<Networked> => ({
  ...rule,
  check: (a, asOf) => {
    const n = proposedNetwork(a)
    return n === null
      ? Rule.notApplicable("the project builds no new business network", "项目不新建业务专网")
      : rule.check(n, asOf)
  }
})

/** sh-egov-2012 art 15 (a warning with its exception path), as `networks/no-new-business-network`. */
export const noNewBusinessNetwork = overProposedNetwork(businessNetworkRule)

/** sh-extranet-2020 art 5, as `networks/no-new-non-classified-business-network`. */
export const noNewNonClassifiedBusinessNetwork = overProposedNetwork(nonClassifiedRule)

const homeKind: Record<Network, Topology["networks"][number]["kind"] | null> = {
  extranet: "extranet",
  "internal-network": "internal",
  "trunked-radio-network": "trunked-radio",
  "business-private-network": "business-private",
  other: null
}

/** An application's system as a topology: its home network and, when it serves over the internet, the internet. */
export const systemTopology = (a: Pick<ProjectApplication, "name" | "system">): Topology => {
  const s = a.system
  const kind = homeKind[s.builtOn]
  const home = Terms.network[s.builtOn].zh as NodeId
  const internet = "互联网" as NodeId
  const networks: Array<Topology["networks"][number]> =
    kind === null ? [] : [kind === "extranet" ? { id: home, kind, level: "municipal" } : { id: home, kind }]
  const serves = s.servedOverInternet && kind !== null
  return {
    networks: serves ? [...networks, { id: internet, kind: "internet" }] : networks,
    systems: [
      {
        id: a.name as NodeId,
        network: home,
        secrecy: s.classified ? "classified" : "non-classified",
        purpose: s.publicFacing ? "public-facing" : "government-work"
      }
    ],
    links: serves ? [{ a: home, b: internet, isolation: "logical" }] : []
  } as Topology
}

/** sh-egov-2012 art 17, as `networks/public-facing-system-on-extranet`. */
export const publicFacingOnExtranet: Rule.Rule<Pick<ProjectApplication, "name" | "system">> = Rule.contramap(
  publicFacingSystemOnExtranet,
  systemTopology
)
