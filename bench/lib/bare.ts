/**
 * The same three decisions as bare hand-written functions: what a vendor
 * writes without a rules engine. They answer only the outcome and the ids of
 * the violated rules (no messages, facts, citations, nor the in-force check of
 * the cited documents), which is all the equivalence check compares.
 */

export type Outcome = "allowed" | "refused" | "not-applicable"
export interface Verdict {
  readonly outcome: Outcome
  /** Error-severity rules violated, sorted. */
  readonly refusing: ReadonlyArray<string>
  /** Warning-severity rules violated, sorted. */
  readonly warnings: ReadonlyArray<string>
}

const verdict = (applicable: boolean, refusing: Array<string>, warnings: Array<string>): Verdict => ({
  outcome: refusing.length > 0 ? "refused" : applicable ? "allowed" : "not-applicable",
  refusing: refusing.sort(),
  warnings: warnings.sort()
})

// ---------------------------------------------------------------- seals/use

interface SealInput {
  documentKind: string
  channel: string
  secrecy: string
  sealOwner: { id: string; xuhuiDistrictUnit: boolean }
  issuers: { lead: string; coIssuers: ReadonlyArray<string> }
  certificate: { serial: string; status: string; validFrom: string; validUntil: string }
}

const permittedKinds = new Set(["notice", "report", "letter", "other-formal-document"])

export const certificateUsable = (c: { status: string; validFrom: string; validUntil: string }, asOf: string) =>
  c.status === "active" && asOf >= c.validFrom && asOf <= c.validUntil

export const sealsUse = (i: SealInput, asOf: string): Verdict => {
  if (!i.sealOwner.xuhuiDistrictUnit) return { outcome: "not-applicable", refusing: [], warnings: [] }
  const refusing: Array<string> = []
  if (!permittedKinds.has(i.documentKind)) refusing.push("seals/document-kind-permitted")
  if (i.channel !== "internal-office-platform") refusing.push("seals/on-internal-platform")
  if (i.secrecy !== "none") refusing.push("seals/not-classified-or-sensitive")
  if (i.issuers.coIssuers.length > 0 && i.sealOwner.id !== i.issuers.lead)
    refusing.push("seals/lead-unit-seal-on-joint-issue")
  if (!certificateUsable(i.certificate, asOf)) refusing.push("seals/certificate-valid")
  return verdict(true, refusing, [])
}

// --------------------------------------------------------- networks/topology

interface TopologyInput {
  networks: ReadonlyArray<{ id: string; kind: string }>
  systems: ReadonlyArray<{ id: string; network: string; secrecy: string; purpose: string }>
  links: ReadonlyArray<{ a: string; b: string; isolation: string }>
}

/** What the topology rules need, computed once: kinds, reachability, egress and misplaced systems. */
export const topologySummary = (t: TopologyInput) => {
  const kind = new Map<string, string>()
  for (const n of t.networks) kind.set(n.id, n.kind)
  for (const s of t.systems) kind.set(s.id, "system")
  const reaches = (from: string, through: (isolation: string) => boolean, target: string) => {
    const adj = new Map<string, Array<string>>()
    const add = (a: string, b: string) => {
      const x = adj.get(a)
      if (x === undefined) adj.set(a, [b])
      else x.push(b)
      const y = adj.get(b)
      if (y === undefined) adj.set(b, [a])
      else y.push(a)
    }
    for (const s of t.systems) add(s.id, s.network)
    for (const l of t.links) if (through(l.isolation)) add(l.a, l.b)
    const seen = new Set([from])
    const queue = [from]
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q] as string
      if (kind.get(node) === target) return true
      for (const next of adj.get(node) ?? []) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    return false
  }
  const connecting = (i: string) => i !== "physical"
  const unisolated = (i: string) => i === "none"
  const internal = t.networks.filter((n) => n.kind === "internal")
  const extranets = t.networks.filter((n) => n.kind === "extranet")
  const egressFrom: Array<string> = []
  for (const l of t.links) {
    if (l.isolation === "physical") continue
    const ka = kind.get(l.a)
    const kb = kind.get(l.b)
    if (ka === "internet" && kb !== "internet") egressFrom.push(l.b)
    else if (kb === "internet" && ka !== "internet") egressFrom.push(l.a)
  }
  for (const s of t.systems) if (kind.get(s.network) === "internet") egressFrom.push(s.id)
  const classified = t.systems.filter((s) => s.secrecy === "classified")
  const relevant = t.systems.filter((s) => s.secrecy === "non-classified" && s.purpose !== "public-facing")
  const publicFacing = t.systems.filter((s) => s.purpose === "public-facing")
  return {
    internalCount: internal.length,
    internalBreaches: internal.filter((n) => reaches(n.id, connecting, "internet")).length,
    extranetCount: extranets.length,
    extranetBreaches: extranets.filter((n) => reaches(n.id, unisolated, "internet")).length,
    egressCount: egressFrom.length,
    egressOutside: egressFrom.filter((id) => kind.get(id) !== "extranet").length,
    classifiedCount: classified.length,
    classifiedMisplaced: classified.filter((s) => kind.get(s.network) !== "internal").length,
    classifiedOnExtranet: classified.filter((s) => kind.get(s.network) === "extranet").length,
    relevantCount: relevant.length,
    relevantMisplaced: relevant.filter(
      (s) => kind.get(s.network) !== (s.purpose === "emergency-command-and-dispatch" ? "trunked-radio" : "extranet")
    ).length,
    publicFacingCount: publicFacing.length,
    publicOffExtranet: publicFacing.filter((s) => kind.get(s.network) !== "extranet").length,
    publicOffInternet: publicFacing.filter(
      (s) => kind.get(s.network) === "extranet" && !reaches(s.id, connecting, "internet")
    ).length
  }
}

export const networksTopology = (t: TopologyInput, _asOf: string): Verdict => {
  const s = topologySummary(t)
  const refusing: Array<string> = []
  const warnings: Array<string> = []
  if (s.internalCount > 0 && s.internalBreaches > 0) refusing.push("networks/internal-network-physically-isolated")
  if (s.extranetCount > 0 && s.extranetBreaches > 0) refusing.push("networks/extranet-logically-isolated")
  if (s.egressCount > 0 && s.egressOutside > 0) warnings.push("networks/internet-egress-through-extranet")
  if (s.classifiedOnExtranet > 0) refusing.push("networks/nothing-classified-on-extranet")
  if (s.classifiedMisplaced > 0) warnings.push("networks/classified-system-on-internal-network")
  if (s.relevantMisplaced > 0) warnings.push("networks/system-on-network-for-its-purpose")
  if (s.publicOffExtranet > 0 || s.publicOffInternet > 0) refusing.push("networks/public-facing-system-on-extranet")
  const applicable =
    s.internalCount + s.extranetCount + s.egressCount + s.classifiedCount + s.relevantCount + s.publicFacingCount > 0
  return verdict(applicable, refusing, warnings)
}

// ---------------------------------------------------------- certificates/use

interface Entry {
  type: string
  id?: string
  serial?: string
  grantee?: string
  purposes?: ReadonlyArray<string>
  from?: string
  until?: string
  on?: string
}
interface UseInput {
  register: {
    holder: { kind: string; id: string }
    certificates: ReadonlyArray<{
      serial: string
      status: string
      validFrom: string
      validUntil: string
      carrier: { meetsNationalCryptographyRules: boolean }
    }>
    entries: ReadonlyArray<Entry>
  }
  serial: string
  user: string
  activity: string
}

/** The register facts certificates/use rests on: the certificate, whether the user holds it or is authorised. */
export const useFacts = (q: UseInput, asOf: string) => {
  const cert = q.register.certificates.find((c) => c.serial === q.serial)
  const isHolder = q.register.holder.kind === "individual" && q.register.holder.id === q.user
  let covered = false
  if (cert !== undefined && !isHolder) {
    for (const e of q.register.entries) {
      if (e.type !== "authorised" || e.serial !== q.serial || e.grantee !== q.user) continue
      if (asOf < (e.from as string) || asOf > (e.until as string)) continue
      if (!(e.purposes as ReadonlyArray<string>).includes(q.activity)) continue
      const withdrawn = q.register.entries.some(
        (w) => w.type === "authorisation-withdrawn" && w.id === e.id && (w.on as string) <= asOf
      )
      if (!withdrawn) {
        covered = true
        break
      }
    }
  }
  return { cert, isHolder, covered }
}

export const certificatesUse = (q: UseInput, asOf: string): Verdict => {
  const { cert, isHolder, covered } = useFacts(q, asOf)
  const refusing: Array<string> = []
  if (cert !== undefined) {
    if (!certificateUsable(cert, asOf)) refusing.push("certificates/certificate-valid")
    if (!cert.carrier.meetsNationalCryptographyRules) refusing.push("certificates/carrier-compliant")
  }
  if (cert === undefined || (!isHolder && !covered)) refusing.push("certificates/use-authorised")
  return verdict(true, refusing, [])
}
