/**
 * Generated inputs for the three validators, from a seeded generator so every
 * run decides the same inputs: seal use requests (seals/use), network
 * topologies (networks/topology) and certificate use queries
 * (certificates/use). The mix is biased towards lawful requests, as real
 * traffic would be, with every rule violated now and then.
 */
import type { Certificates, Networks, Seals } from "@zhengwu/core"

export const asOf = "2026-03-02"

/** mulberry32: small, fast, seeded. */
export const rng = (seed: number) => {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(xs: ReadonlyArray<T>): T => xs[Math.floor(next() * xs.length)] as T
  const chance = (p: number) => next() < p
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  return { next, pick, chance, int }
}
export type Rng = ReturnType<typeof rng>

const permitted = ["notice", "report", "letter", "other-formal-document"] as const
const forbidden = ["contract", "agreement", "power-of-attorney", "other-instrument-or-material"] as const
const units = ["xh-office", "xh-finance", "xh-health", "xh-street-1"] as const

const validity = (r: Rng) => {
  const roll = r.next()
  // mostly valid on asOf; sometimes not yet valid, sometimes expired
  if (roll < 0.9) return { validFrom: `202${r.int(2, 5)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, validUntil: "2030-12-31" }
  if (roll < 0.95) return { validFrom: "2026-06-01", validUntil: "2029-05-31" }
  return { validFrom: "2021-01-01", validUntil: `2025-1${r.int(0, 2)}-2${r.int(0, 8)}` }
}

export const sealRequest = (r: Rng): Seals.SealUseRequest => {
  const owner = r.pick(units)
  const joint = r.chance(0.3)
  const lead = joint && r.chance(0.25) ? r.pick(units.filter((u) => u !== owner)) : owner
  return {
    documentKind: r.chance(0.9) ? r.pick(permitted) : r.pick(forbidden),
    channel: r.chance(0.95) ? "internal-office-platform" : "other",
    secrecy: r.chance(0.95) ? "none" : r.pick(["classified", "sensitive"] as const),
    sealOwner: { id: owner, xuhuiDistrictUnit: r.chance(0.92) },
    issuers: { lead, coIssuers: joint ? units.filter((u) => u !== lead).slice(0, r.int(1, 2)) : [] },
    certificate: {
      serial: `5A3F${r.int(1000, 9999)}`,
      status: r.chance(0.95) ? "active" : r.pick(["reported-lost", "revoked"] as const),
      ...validity(r)
    }
  } as unknown as Seals.SealUseRequest
}

/**
 * A topology: an internal network (usually), a municipal extranet, the
 * internet, sometimes trunked radio and a business network; 2-5 systems;
 * links with the isolation lawful topologies use, and now and then a breach.
 */
export const topology = (r: Rng): Networks.Topology => {
  const networks: Array<{ id: string; kind: string; level?: string }> = [
    { id: "ext", kind: "extranet", level: "municipal" }
  ]
  if (r.chance(0.85)) networks.push({ id: "int", kind: "internal" })
  if (r.chance(0.9)) networks.push({ id: "net", kind: "internet" })
  if (r.chance(0.4)) networks.push({ id: "radio", kind: "trunked-radio" })
  if (r.chance(0.2)) networks.push({ id: "biz", kind: "business-private" })
  const ids = networks.map((n) => n.id)
  const has = (id: string) => ids.includes(id)
  const systems: Array<{ id: string; network: string; secrecy: string; purpose: string }> = []
  const nSystems = r.int(2, 5)
  for (let i = 0; i < nSystems; i++) {
    const secrecy = r.chance(0.25) ? "classified" : "non-classified"
    const purpose = r.pick(["government-work", "public-facing", "emergency-command-and-dispatch"])
    const right =
      secrecy === "classified"
        ? "int"
        : purpose === "emergency-command-and-dispatch"
          ? "radio"
          : purpose === "public-facing"
            ? "ext"
            : "ext"
    const network = r.chance(0.9) && has(right) ? right : r.pick(ids)
    systems.push({ id: `sys-${i}`, network, secrecy, purpose })
  }
  const links: Array<{ a: string; b: string; isolation: string }> = []
  if (has("net")) links.push({ a: "ext", b: "net", isolation: r.chance(0.92) ? "logical" : "none" })
  if (has("int") && has("net") && r.chance(0.5))
    links.push({ a: "int", b: "net", isolation: r.chance(0.9) ? "physical" : "logical" })
  if (has("int")) links.push({ a: "int", b: "ext", isolation: r.chance(0.93) ? "physical" : "logical" })
  if (has("radio")) links.push({ a: "radio", b: "ext", isolation: r.pick(["logical", "physical"]) })
  if (has("biz") && has("net") && r.chance(0.3)) links.push({ a: "biz", b: "net", isolation: "logical" })
  return { networks, systems, links } as unknown as Networks.Topology
}

const activitiesUsed = [
  "official-document-flow",
  "online-approval",
  "online-government-procurement",
  "online-banking",
  "electronic-contract"
] as const
const people = ["p-wang", "p-li", "p-zhang", "p-chen"] as const

/** Usually someone authorised for the certificate asked about, else anyone. */
const granteeOf = (r: Rng, entries: ReadonlyArray<Record<string, unknown>>, serial: string): string => {
  const grantees = entries.filter((e) => e.type === "authorised" && e.serial === serial).map((e) => e.grantee as string)
  return grantees.length > 0 && r.chance(0.8) ? r.pick(grantees) : r.pick(people)
}

/** A custody register with 1-3 certificates, custodians and authorisations, and a use asked of it. */
export const useQuery = (r: Rng): Certificates.UseQuery => {
  const unit = r.chance(0.7)
  const holder = unit ? { kind: "unit", id: r.pick(units) } : { kind: "individual", id: r.pick(people) }
  const nCerts = r.int(1, 3)
  const certificates = Array.from({ length: nCerts }, (_, i) => ({
    serial: `C${i}${r.int(100, 999)}`,
    status: r.chance(0.9) ? "active" : r.pick(["reported-lost", "revoked"]),
    ...validity(r),
    domain: "e-government",
    carrier: { meetsNationalCryptographyRules: r.chance(0.95) }
  }))
  const entries: Array<Record<string, unknown>> = []
  let auth = 0
  for (const c of certificates) {
    entries.push({
      type: "custodian-assigned",
      serial: c.serial,
      custodian: r.pick(people),
      on: `2025-01-0${r.int(1, 9)}`
    })
    const grants = r.int(1, 2)
    for (let g = 0; g < grants; g++) {
      const id = `a-${auth++}`
      entries.push({
        type: "authorised",
        id,
        serial: c.serial,
        grantee: r.pick(people),
        purposes: [r.pick(activitiesUsed), ...(r.chance(0.5) ? [r.pick(activitiesUsed)] : [])],
        from: r.chance(0.9) ? "2025-06-01" : "2026-05-01",
        until: r.chance(0.9) ? "2027-12-31" : "2026-01-31"
      })
      if (r.chance(0.1)) entries.push({ type: "authorisation-withdrawn", id, on: r.pick(["2026-02-01", "2026-09-01"]) })
    }
  }
  const serial = r.chance(0.95) ? r.pick(certificates).serial : "C-UNKNOWN"
  const user = !unit && r.chance(0.5) ? holder.id : granteeOf(r, entries, serial)
  const granted = entries.filter((e) => e.type === "authorised" && e.serial === serial && e.grantee === user)
  const activity =
    granted.length > 0 && r.chance(0.85)
      ? r.pick(r.pick(granted).purposes as ReadonlyArray<string>)
      : r.pick(activitiesUsed)
  return {
    register: {
      holder,
      internalRules: unit
        ? { actualCustodian: true, rightsOfUse: true, purpose: true, register: true, issuing: r.chance(0.9) }
        : null,
      certificates,
      entries
    },
    serial,
    user,
    activity
  } as unknown as Certificates.UseQuery
}

export const generate = <T>(n: number, seed: number, f: (r: Rng) => T): Array<T> => {
  const r = rng(seed)
  return Array.from({ length: n }, () => f(r))
}

/** A copy of a generated input with one field made invalid (what a decoder must refuse). */
export const corrupt = (r: Rng, input: unknown, subject: string): unknown => {
  const x = structuredClone(input) as Record<string, Record<string, unknown> & Array<Record<string, unknown>>>
  const seal: Array<() => unknown> = [
    () => Object.assign(x, { documentKind: "memo" }),
    () => Object.assign(x.certificate as object, { validUntil: "2026-02-30" }),
    () => Object.assign(x.sealOwner as object, { id: "" }),
    () => Object.assign(x.issuers as object, { coIssuers: "xh-office" }),
    () => Object.assign(x, { secrecy: undefined })
  ]
  const topo: Array<() => unknown> = [
    () => (x.networks as Array<Record<string, unknown>>).push({ id: "ext", kind: "internet" }),
    () => (x.links as Array<Record<string, unknown>>).push({ a: "ext", b: "nowhere", isolation: "none" }),
    () => Object.assign((x.networks as Array<object>)[0] as object, { kind: "lan" }),
    () => Object.assign((x.systems as Array<object>)[0] as object, { network: "nowhere" }),
    () => Object.assign((x.networks as Array<object>)[0] as object, { level: undefined })
  ]
  const use: Array<() => unknown> = [
    () => Object.assign(x, { user: "" }),
    () => Object.assign(x, { activity: "sightseeing" }),
    () => Object.assign((x.register as unknown as { entries: Array<object> }).entries[0] as object, { type: "lent" }),
    () =>
      Object.assign((x.register as unknown as { certificates: Array<object> }).certificates[0] as object, {
        validFrom: "2025-13-01"
      }),
    () => Object.assign(x.register as object, { holder: { kind: "robot", id: "r2" } })
  ]
  const choices = subject === "seals/use" ? seal : subject === "networks/topology" ? topo : use
  r.pick(choices)()
  return x
}
