/**
 * sh-egov-2012 art 13 (and art 34 for classified systems):
 * 第十三条本市电子政务网络,由政务内网、政务外网和800兆数字集群政务共网组成。
 * (一)政务内网为涉密网,主要满足各级行政机关涉密业务工作的应用需要。
 * (二)政务外网为非涉密网,主要满足各级行政机关非涉密业务和社会管理、公共服务等面向社会的应用需要。
 * (三)800兆数字集群政务共网为无线通讯网,主要满足各级行政机关开展应急管理、协调指挥、综合调度等应用需要。
 * 第三十四条涉及国家秘密的电子政务网络与信息系统的建设管理,严格按照党和国家的有关保密规定执行。
 *
 * The city's e-government network is three networks: the classified internal
 * network for classified work, the non-classified extranet for non-classified
 * and public-facing work, and the 800 MHz trunked radio network for emergency
 * management, command and dispatch. So a system's network follows from what it
 * handles and does: classified → internal network (physically isolated from
 * the internet, art 16); emergency command and dispatch → trunked radio network;
 * otherwise the extranet (logically isolated, art 16).
 *
 * What is firm and what is soft: the extranet *is* a non-classified network
 * (政务外网为非涉密网), so nothing classified is built on it or merged into it
 * (refused, networks/nothing-classified-on-extranet). Each network's use is what
 * it *mainly* (主要) serves, so a system or business network elsewhere than its
 * use points is a warning, not a refusal; for a classified one the way out the
 * text names is art 34: its building and management follow the Party and state
 * secrecy rules, which the SDK cannot check. The text does not say whether the
 * trunked radio network may carry classified traffic.
 */
import type { ArticleId } from "../catalogue/Article.ts"
import * as ExceptionPath from "../catalogue/ExceptionPath.ts"
import * as Rule from "../decision/Rule.ts"
import type {
  BusinessNetwork,
  EgovNetworkKind,
  NetworkKind,
  Secrecy,
  System,
  SystemProfile,
  Topology
} from "./model.ts"
import { kindZh } from "./model.ts"
import * as Terms from "./terms.ts"

/** What art 34 says of classified networks and systems, the way out for one outside the internal network. */
export const secrecyRules = ExceptionPath.make(
  "sh-egov-2012/34",
  "涉及国家秘密的电子政务网络与信息系统的建设管理,严格按照党和国家的有关保密规定执行",
  "a classified network or system outside the internal network is built and managed strictly under the Party and state secrecy rules; the SDK cannot check them, so the competent secrecy authority's approval is the caller's to record"
)

export interface Classification {
  readonly network: EgovNetworkKind
  /** The isolation art 16 requires from the internet; the sources state none for the trunked radio network. */
  readonly isolationFromInternet: "physical" | "logical" | "not-stated"
  readonly citations: readonly [ArticleId, ...Array<ArticleId>]
}

const cite = (...ids: readonly [string, ...Array<string>]) => ids as unknown as Classification["citations"]

/** The network a system belongs on, from what it handles and does (art 13), and the isolation that follows (art 16). */
export const classify = (profile: SystemProfile): Classification =>
  profile.secrecy === "classified"
    ? {
        network: "internal",
        isolationFromInternet: "physical",
        citations: cite("sh-egov-2012/13", "sh-egov-2012/16", "sh-egov-2012/34")
      }
    : profile.purpose === "emergency-command-and-dispatch"
      ? { network: "trunked-radio", isolationFromInternet: "not-stated", citations: cite("sh-egov-2012/13") }
      : profile.purpose === "public-facing"
        ? {
            network: "extranet",
            isolationFromInternet: "logical",
            citations: cite("sh-egov-2012/13", "sh-egov-2012/16", "sh-egov-2012/17")
          }
        : {
            network: "extranet",
            isolationFromInternet: "logical",
            citations: cite("sh-egov-2012/13", "sh-egov-2012/16")
          }

const homeKind = (t: Topology, s: System) => t.networks.find((n) => n.id === s.network)?.kind

export const classifiedSystemOnInternalNetwork = Rule.make<Topology>({
  id: "networks/classified-system-on-internal-network",
  title: {
    zh: "涉密系统原则上建在主要满足涉密业务需要的政务内网上",
    en: "a classified system is built on the internal network, which mainly serves classified work"
  },
  citations: ["sh-egov-2012/13", "sh-egov-2012/34"],
  severity: "warning",
  check: (t) => {
    const classified = t.systems.filter((s) => s.secrecy === "classified")
    if (classified.length === 0)
      return Rule.notApplicable("the topology has no classified system", "拓扑中没有涉密系统", { systems: [] })
    const misplaced = classified.filter((s) => homeKind(t, s) !== "internal")
    const facts = {
      systems: classified.map((s) => s.id),
      misplaced: misplaced.map((s) => ({ system: s.id, network: s.network, kind: homeKind(t, s) ?? null }))
    }
    return misplaced.length === 0
      ? Rule.satisfied("every classified system is on the internal network", "涉密系统均建在政务内网上", facts)
      : Rule.violated(
          `${misplaced.length === 1 ? "a classified system is" : `${misplaced.length} classified systems are`} not on the internal network, which mainly serves classified work: a classified system elsewhere is built and managed strictly under the Party and state secrecy rules`,
          `${misplaced.length === 1 ? "有一个" : `有${misplaced.length}个`}涉密系统未建在政务内网上：政务内网主要满足涉密业务工作的应用需要，建在其他网络上的涉密系统须严格按照党和国家的有关保密规定建设管理`,
          { ...facts, exception: { ...secrecyRules } }
        )
  }
})

/** Something placed on a network: a system on its home network, or a business network merged into one. */
export interface Placement {
  readonly id: string
  readonly what: "system" | "business-network"
  readonly secrecy: Secrecy
  readonly network: NetworkKind | null
}

/** A topology's systems on their home networks. */
export const placementsOfTopology = (t: Topology): ReadonlyArray<Placement> =>
  t.systems.map((s) => ({ id: s.id, what: "system", secrecy: s.secrecy, network: homeKind(t, s) ?? null }))

/** An existing business network on the network it is to be merged into (none while no target is set). */
export const placementsOfBusinessNetwork = (n: BusinessNetwork): ReadonlyArray<Placement> =>
  n.status === "existing" && n.mergeInto !== null
    ? [{ id: n.id, what: "business-network", secrecy: n.secrecy, network: n.mergeInto }]
    : []

/** sh-egov-2012 art 13 item 2: 政务外网为非涉密网 — nothing classified is built on the extranet or merged into it. */
export const nothingClassifiedOnExtranet = Rule.make<ReadonlyArray<Placement>>({
  id: "networks/nothing-classified-on-extranet",
  title: {
    zh: "政务外网为非涉密网，涉密系统不得建在政务外网上，涉密业务网络不得并入政务外网",
    en: "the extranet is a non-classified network: nothing classified is built on it or merged into it"
  },
  citations: ["sh-egov-2012/13"],
  check: (placements) => {
    const classified = placements.filter((p) => p.secrecy === "classified")
    if (classified.length === 0)
      return Rule.notApplicable("nothing classified is placed on any network", "没有涉密系统或涉密业务网络", {
        classified: []
      })
    const onExtranet = classified.filter((p) => p.network === "extranet")
    const facts = {
      classified: classified.map((p) => p.id),
      onExtranet: onExtranet.map((p) => ({ id: p.id, what: p.what }))
    }
    const what = (p: Placement) => (p.what === "system" ? "system" : "business network")
    const whatZh = (p: Placement) => (p.what === "system" ? "涉密系统" : "涉密业务网络")
    return onExtranet.length === 0
      ? Rule.satisfied("nothing classified is on the extranet", "政务外网上没有涉密系统或涉密业务网络", facts)
      : Rule.violated(
          `the extranet is a non-classified network, yet a classified ${onExtranet.map(what).join(" and a classified ")} would be on it`,
          `政务外网为非涉密网，${[...new Set(onExtranet.map(whatZh))].join("、")}不得建在或并入政务外网`,
          facts
        )
  }
})

export const systemOnNetworkForItsPurpose = Rule.make<Topology>({
  id: "networks/system-on-network-for-its-purpose",
  title: {
    zh: "非涉密系统建在与其用途相应的网络上(应急指挥调度用800兆数字集群政务共网，其他用政务外网)",
    en: "a non-classified system is on the network for its use: trunked radio for emergency command, else the extranet"
  },
  citations: ["sh-egov-2012/13"],
  severity: "warning",
  check: (t) => {
    // public-facing systems are art 17's (networks/public-facing-system-on-extranet)
    const relevant = t.systems.filter((s) => s.secrecy === "non-classified" && s.purpose !== "public-facing")
    if (relevant.length === 0)
      return Rule.notApplicable(
        "the topology has no non-classified system other than public-facing ones",
        "拓扑中没有面向社会公众以外的非涉密系统",
        { systems: [] }
      )
    const misplaced = relevant
      .map((s) => ({ s, expected: classify(s).network, actual: homeKind(t, s) }))
      .filter((x) => x.expected !== x.actual)
    const facts = {
      systems: relevant.map((s) => s.id),
      misplaced: misplaced.map((x) => ({ system: x.s.id, expected: x.expected, actual: x.actual ?? null }))
    }
    return misplaced.length === 0
      ? Rule.satisfied("every non-classified system is on the network for its use", "非涉密系统均建在相应网络上", facts)
      : Rule.violated(
          `systems not on the network art 13 gives their use: ${misplaced.map((x) => `“${x.s.id}” (on ${Terms.kind(x.actual).en}, expected ${Terms.kind(x.expected).en})`).join(", ")}`,
          `系统未建在第十三条为其用途确定的网络上：${misplaced.map((x) => `「${x.s.id}」（应为${kindZh[x.expected]}）`).join("，")}`,
          facts
        )
  }
})
