/**
 * sh-egov-2012 art 16:
 * 第十六条加强本市电子政务网络的互联网接入管理。
 * 政务内网应当与互联网物理隔离,政务外网应当与互联网逻辑隔离。
 * 行政机关应当依托政务外网,形成相对集中的互联网接口,现有的各区(县)、各部门互联网接口应当逐步归并。
 *
 * The internal network is physically isolated from the internet: no chain of
 * links that carry traffic (none or logical isolation) may join it to the
 * internet, however many networks or systems it passes through. The extranet
 * is logically isolated: no chain of unisolated links joins it to the internet
 * (sh-extranet-2020 art 3 says the same from 2020-06-15). Internet egress is
 * concentrated through the extranet: a connection to the internet from
 * anything but an extranet is an egress outside it. The article asks for a
 * "relatively concentrated" (相对集中) egress and for existing egress points to
 * be merged "gradually" (逐步), with no deadline, so that finding is a warning.
 */
import * as Rule from "../decision/Rule.ts"
import { analysis, connecting, pathToKind, unisolated } from "./graph.ts"
import type { Topology } from "./model.ts"
import * as Terms from "./terms.ts"

const chain = (path: ReadonlyArray<string>) => path.map((x) => `“${x}”`).join(" → ")

export const internalNetworkPhysicallyIsolated = Rule.make<Topology>({
  id: "networks/internal-network-physically-isolated",
  title: {
    zh: "政务内网与互联网物理隔离",
    en: "the internal network is physically isolated from the internet"
  },
  citations: ["sh-egov-2012/16"],
  check: (t) => {
    const internal = t.networks.filter((n) => n.kind === "internal")
    if (internal.length === 0)
      return Rule.notApplicable("the topology has no internal network", "拓扑中没有政务内网", { internal: [] })
    const g = analysis(t)
    const breaches = internal.flatMap((n) => {
      const path = pathToKind(t, n.id, "internet", connecting, g)
      return path === null ? [] : [{ internal: n.id, path: [...path] }]
    })
    const facts = { internal: internal.map((n) => n.id), breaches }
    const first = breaches[0]
    return first === undefined
      ? Rule.satisfied(
          "no chain of links joins the internal network to the internet",
          "政务内网与互联网之间没有任何连通的链路",
          facts
        )
      : Rule.violated(
          `the internal network reaches the internet: ${chain(first.path)}${breaches.length > 1 ? ` (and ${breaches.length - 1} more)` : ""}`,
          `政务内网与互联网连通，未物理隔离：${chain(first.path)}`,
          facts
        )
  }
})

export const extranetLogicallyIsolated = Rule.make<Topology>({
  id: "networks/extranet-logically-isolated",
  title: { zh: "政务外网与互联网逻辑隔离", en: "the extranet is logically isolated from the internet" },
  citations: ["sh-egov-2012/16"],
  check: (t) => {
    const extranets = t.networks.filter((n) => n.kind === "extranet")
    if (extranets.length === 0)
      return Rule.notApplicable("the topology has no extranet", "拓扑中没有政务外网", { extranets: [] })
    const g = analysis(t)
    const breaches = extranets.flatMap((n) => {
      const path = pathToKind(t, n.id, "internet", unisolated, g)
      return path === null ? [] : [{ extranet: n.id, path: [...path] }]
    })
    const facts = { extranets: extranets.map((n) => n.id), breaches }
    const first = breaches[0]
    return first === undefined
      ? Rule.satisfied(
          "every path from the extranet to the internet passes an isolating link",
          "政务外网与互联网之间均经隔离",
          facts
        )
      : Rule.violated(
          `the extranet reaches the internet without isolation: ${chain(first.path)}${breaches.length > 1 ? ` (and ${breaches.length - 1} more)` : ""}`,
          `政务外网与互联网直接连通，未逻辑隔离：${chain(first.path)}`,
          facts
        )
  }
})

export const internetEgressThroughExtranet = Rule.make<Topology>({
  id: "networks/internet-egress-through-extranet",
  title: {
    zh: "依托政务外网形成相对集中的互联网接口",
    en: "internet egress is concentrated through the extranet"
  },
  citations: ["sh-egov-2012/16"],
  severity: "warning",
  check: (t) => {
    const k = analysis(t).kinds
    const egress = [
      ...t.links
        .filter((l) => l.isolation !== "physical")
        .flatMap((l) =>
          k.get(l.a) === "internet" && k.get(l.b) !== "internet"
            ? [{ internet: l.a, from: l.b }]
            : k.get(l.b) === "internet" && k.get(l.a) !== "internet"
              ? [{ internet: l.b, from: l.a }]
              : []
        ),
      ...t.systems.filter((s) => k.get(s.network) === "internet").map((s) => ({ internet: s.network, from: s.id }))
    ]
    if (egress.length === 0)
      return Rule.notApplicable("the topology has no connection to the internet", "拓扑中没有互联网接口", {
        egress: []
      })
    const outside = egress.filter((e) => k.get(e.from) !== "extranet")
    const facts = {
      egress: egress.map((e) => ({ ...e, kind: k.get(e.from) ?? null })),
      outside: outside.map((e) => ({ ...e, kind: k.get(e.from) ?? null }))
    }
    return outside.length === 0
      ? Rule.satisfied("every internet connection goes through the extranet", "互联网接口均依托政务外网", facts)
      : Rule.violated(
          `internet egress outside the extranet: ${outside.map((e) => `“${e.from}” (${Terms.kind(k.get(e.from)).en})`).join(", ")}`,
          `存在未依托政务外网的互联网接口：${outside.map((e) => `「${e.from}」`).join("，")}，应逐步归并`,
          facts
        )
  }
})
