/**
 * The e-government network model (电子政务网络), sh-egov-2012 arts 13-17 and
 * sh-extranet-2020 arts 3-7: the kinds of network, what a system handles and
 * does, a topology of networks, systems and links, a business private network
 * (业务专网) proposed or existing, a request to connect to the municipal
 * extranet, and a connected unit's duties.
 */
import * as Schema from "effect/Schema"
import { AgencyId } from "../machine/Actor.ts"

/**
 * The kinds of network. Art 13 of sh-egov-2012 names the three e-government
 * networks: the classified internal network (政务内网, 涉密网), the non-classified
 * extranet (政务外网, 非涉密网) and the 800 MHz digital trunked government radio
 * network (800兆数字集群政务共网); art 16 adds the internet (互联网) and art 15
 * the business private networks (业务专网) to be merged into the three.
 */
export const NetworkKind = Schema.Literals(["internal", "extranet", "trunked-radio", "internet", "business-private"])
export type NetworkKind = typeof NetworkKind.Type

/** The three e-government networks an existing business network is merged into (sh-egov-2012 art 15 para 4). */
export const EgovNetworkKind = Schema.Literals(["internal", "extranet", "trunked-radio"])
export type EgovNetworkKind = typeof EgovNetworkKind.Type

export const kindZh: Record<NetworkKind, string> = {
  internal: "政务内网",
  extranet: "政务外网",
  "trunked-radio": "800兆数字集群政务共网",
  internet: "互联网",
  "business-private": "业务专网"
}

/** The city extranet's two levels (sh-extranet-2020 art 3 para 2): 市级政务外网 and 区级政务外网. */
export const ExtranetLevel = Schema.Literals(["municipal", "district"])
export type ExtranetLevel = typeof ExtranetLevel.Type

/** Whether a system or network handles state secrets: 涉密 or 非涉密 (sh-egov-2012 arts 13, 34). */
export const Secrecy = Schema.Literals(["classified", "non-classified"])
export type Secrecy = typeof Secrecy.Type

/**
 * What a system does, as art 13 of sh-egov-2012 sorts the networks' uses:
 * emergency management, coordination, command and dispatch (应急管理、协调指挥、
 * 综合调度, the trunked radio network's use); a public-facing application
 * (面向社会公众, art 17); any other government work.
 */
export const SystemPurpose = Schema.Literals(["emergency-command-and-dispatch", "public-facing", "government-work"])
export type SystemPurpose = typeof SystemPurpose.Type

/** What a system handles and does: the two facts its network follows from. */
export const SystemProfile = Schema.Struct({ secrecy: Secrecy, purpose: SystemPurpose })
export type SystemProfile = typeof SystemProfile.Type

/** A node of a topology: a network or a system, unique within the topology. */
export const NodeId = Schema.NonEmptyString.pipe(Schema.brand("NodeId"))
export type NodeId = typeof NodeId.Type

/** A network of a topology. An extranet says which level it belongs to (市级 or 区级). */
export const Network = Schema.Union([
  Schema.Struct({ id: NodeId, kind: Schema.Literal("extranet"), level: ExtranetLevel }),
  Schema.Struct({ id: NodeId, kind: Schema.Literals(["internal", "trunked-radio", "internet", "business-private"]) })
])
export type Network = typeof Network.Type

/** A system of a topology, hosted on one network (its home network: a link without isolation). */
export const System = Schema.Struct({
  id: NodeId,
  /** The network the system is built on (基于…组织实施). */
  network: NodeId,
  secrecy: Secrecy,
  purpose: SystemPurpose
})
export type System = typeof System.Type

/**
 * How a link isolates the two nodes it joins:
 * - `none`: directly connected (routed or bridged), no isolation;
 * - `logical` (逻辑隔离): connected through a device that filters traffic
 *   (firewall, gateway): traffic still flows;
 * - `physical` (物理隔离): no network connection (an air gap, or a device the
 *   caller counts as physical isolation). The sources do not say which devices
 *   count: the caller declares it, and the SDK treats such a link as not
 *   connecting the two nodes.
 */
export const Isolation = Schema.Literals(["none", "logical", "physical"])
export type Isolation = typeof Isolation.Type

/** A link between two nodes (networks or systems); links are undirected. */
export const Link = Schema.Struct({ a: NodeId, b: NodeId, isolation: Isolation })
export type Link = typeof Link.Type

const TopologyShape = Schema.Struct({
  networks: Schema.Array(Network),
  systems: Schema.Array(System),
  links: Schema.Array(Link)
})

/** The problems that make a topology malformed: duplicate ids, links or homes naming no node. */
export const topologyProblems = (t: typeof TopologyShape.Type) => {
  const problems: Array<{ path: ReadonlyArray<PropertyKey>; issue: string }> = []
  const seen = new Set<string>()
  const networkIds = new Set(t.networks.map((n) => n.id))
  const check = (kind: "networks" | "systems", i: number, id: string) => {
    if (seen.has(id)) problems.push({ path: [kind, i, "id"], issue: `duplicate node id “${id}”` })
    seen.add(id)
  }
  for (const [i, n] of t.networks.entries()) check("networks", i, n.id)
  for (const [i, s] of t.systems.entries()) check("systems", i, s.id)
  for (const [i, s] of t.systems.entries())
    if (!networkIds.has(s.network))
      problems.push({ path: ["systems", i, "network"], issue: `“${s.network}” is not a network of the topology` })
  for (const [i, l] of t.links.entries())
    for (const end of ["a", "b"] as const)
      if (!seen.has(l[end]))
        problems.push({ path: ["links", i, end], issue: `“${l[end]}” is not a node of the topology` })
  return problems
}

/**
 * A topology: networks of each kind, the systems on them, and the links between
 * nodes. Well-formed means node ids are unique, every system's network is a
 * network of the topology and every link joins two of its nodes; a malformed
 * topology is a DecodeError naming the path, not a decision.
 */
export const Topology = TopologyShape.pipe(
  Schema.check(
    Schema.makeFilter((t: typeof TopologyShape.Type) => topologyProblems(t), {
      expected: "a topology whose ids are unique and whose links and systems name its own nodes"
    })
  )
)
export type Topology = typeof Topology.Type

/**
 * A state provision (国家规定) the caller relies on to build a business network
 * anyway: sh-egov-2012 art 15 says 除国家另有明确规定外 ("except where the state
 * explicitly provides otherwise"), sh-extranet-2020 art 5 除国家另有规定外. The
 * SDK cannot check state rules: the caller names the provision and answers for it.
 */
export const StateExemption = Schema.Struct({ reference: Schema.NonEmptyString })
export type StateExemption = typeof StateExemption.Type

/**
 * A business private network (业务专网): proposed (to be newly built, 新建) or
 * existing (已建成), with what it carries, the e-government network it is to be
 * merged into (if decided) and any state provision relied on.
 */
export const BusinessNetwork = Schema.Struct({
  id: NodeId,
  /** The administrative organ (行政机关) or department that builds or runs it. */
  owner: AgencyId,
  status: Schema.Literals(["proposed", "existing"]),
  secrecy: Secrecy,
  mergeInto: Schema.NullOr(EgovNetworkKind),
  stateExemption: Schema.NullOr(StateExemption)
})
export type BusinessNetwork = typeof BusinessNetwork.Type

/** The facts the business-network rules report (sh-egov-2012 art 15, sh-extranet-2020 art 5). */
export const businessNetworkFacts = (n: BusinessNetwork) => ({
  network: n.id,
  owner: n.owner,
  status: n.status,
  secrecy: n.secrecy,
  mergeInto: n.mergeInto,
  stateExemption: n.stateExemption?.reference ?? null
})

/**
 * Who asks to connect, as sh-extranet-2020 art 3 sorts them. It says the city
 * extranet mainly serves (主要服务于) the city's 党委, 人大, 政府, 政协, 监察委, 法院,
 * 检察院 and 人民团体 at every level "and the like" (等):
 * - the eight named kinds;
 * - `other-public-body`: another public body of the city of the same kind, which
 *   the open list (等) takes in (the caller classifies);
 * - `other`: any other unit (an enterprise, a body outside the city), which the
 *   list does not take in but "mainly" (主要) does not shut out either.
 */
export const ServedBody = Schema.Literals([
  "party-committee",
  "peoples-congress",
  "government",
  "cppcc",
  "supervision-commission",
  "court",
  "procuratorate",
  "peoples-organisation",
  "other-public-body",
  "other"
])
export type ServedBody = typeof ServedBody.Type

export const servedBodyZh: Record<ServedBody, string> = {
  "party-committee": "党委",
  "peoples-congress": "人大",
  government: "政府",
  cppcc: "政协",
  "supervision-commission": "监察委",
  court: "法院",
  procuratorate: "检察院",
  "peoples-organisation": "人民团体",
  "other-public-body": "同类的其他本市公共机构",
  other: "其他单位"
}

/** A unit's request to connect (接入) to the city extranet. */
export const AccessRequest = Schema.Struct({
  applicant: Schema.Struct({ id: AgencyId, body: ServedBody }),
  /** The level of the extranet to connect to. */
  level: ExtranetLevel,
  /** What the unit will carry over the connection: the extranet is non-classified (art 3). */
  carries: Secrecy
})
export type AccessRequest = typeof AccessRequest.Type

/**
 * A request the access machine takes: to the municipal extranet, the level art 7
 * names who connects units to. A district request is outside the procedure
 * (the source breaks off before any district rule), so it cannot start a case.
 */
export const MunicipalAccessRequest = Schema.Struct({ ...AccessRequest.fields, level: Schema.Literal("municipal") })
export type MunicipalAccessRequest = typeof MunicipalAccessRequest.Type

/** What a unit's own day-to-day operation covers (sh-egov-2012 art 15 para 2: 终端设备、各类应用等). */
export const OperatedItem = Schema.Literals(["terminal-devices", "applications"])
export type OperatedItem = typeof OperatedItem.Type

/** A unit connected to an e-government network (电子政务网络接入单位) and how it meets its duties. */
export const ConnectedUnit = Schema.Struct({
  unit: AgencyId,
  network: EgovNetworkKind,
  /** Who in the unit holds the management responsibility (落实管理责任), or null when none is named. */
  managementResponsibility: Schema.NullOr(Schema.NonEmptyString),
  /** What the unit's own day-to-day operation and support (日常运维和保障) covers. */
  dailyOperation: Schema.Array(OperatedItem)
})
export type ConnectedUnit = typeof ConnectedUnit.Type
