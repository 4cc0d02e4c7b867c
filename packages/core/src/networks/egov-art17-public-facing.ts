/**
 * sh-egov-2012 art 17:
 * 第十七条行政机关面向社会公众的电子政务应用系统应当基于政务外网组织实施,并通过互联网提供服务。
 *
 * A public-facing e-government application is built on the extranet and serves
 * the public over the internet: its home network is an extranet, and a chain
 * of links that carry traffic joins it to the internet (through the extranet's
 * logical isolation, art 16).
 */
import * as Rule from "../decision/Rule.ts"
import { analysis, connecting, pathToKind } from "./graph.ts"
import type { Topology } from "./model.ts"
import * as Terms from "./terms.ts"

export const publicFacingSystemOnExtranet = Rule.make<Topology>({
  id: "networks/public-facing-system-on-extranet",
  title: {
    zh: "面向社会公众的电子政务应用系统基于政务外网组织实施，并通过互联网提供服务",
    en: "a public-facing system is built on the extranet and serves the public over the internet"
  },
  citations: ["sh-egov-2012/17"],
  check: (t) => {
    const g = analysis(t)
    const k = g.kinds
    const publicFacing = t.systems.filter((s) => s.purpose === "public-facing")
    if (publicFacing.length === 0)
      return Rule.notApplicable("the topology has no public-facing system", "拓扑中没有面向社会公众的应用系统", {
        systems: []
      })
    const offExtranet = publicFacing.filter((s) => k.get(s.network) !== "extranet")
    const offInternet = publicFacing.filter(
      (s) => k.get(s.network) === "extranet" && pathToKind(t, s.id, "internet", connecting, g) === null
    )
    const facts = {
      systems: publicFacing.map((s) => s.id),
      offExtranet: offExtranet.map((s) => ({ system: s.id, network: s.network, kind: k.get(s.network) ?? null })),
      offInternet: offInternet.map((s) => s.id)
    }
    if (offExtranet.length > 0)
      return Rule.violated(
        `public-facing systems must be built on the extranet: ${offExtranet.map((s) => `“${s.id}” is on “${s.network}” (${Terms.kind(k.get(s.network)).en})`).join(", ")}`,
        `面向社会公众的应用系统应当基于政务外网组织实施：${offExtranet.map((s) => `「${s.id}」位于「${s.network}」（${Terms.kind(k.get(s.network)).zh}）`).join("，")}`,
        facts
      )
    if (offInternet.length > 0)
      return Rule.violated(
        `public-facing systems must serve the public over the internet, but no link joins them to it: ${offInternet.map((s) => `“${s.id}”`).join(", ")}`,
        `面向社会公众的应用系统应当通过互联网提供服务，但未与互联网连通：${offInternet.map((s) => `「${s.id}」`).join("，")}`,
        facts
      )
    return Rule.satisfied(
      "every public-facing system is on the extranet and reaches the internet",
      "面向社会公众的应用系统均基于政务外网并通过互联网提供服务",
      facts
    )
  }
})
