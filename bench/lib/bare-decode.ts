/**
 * Hand-written decoders for the three inputs: what a vendor writes instead of
 * a schema — type checks of every field the schemas check (literals, non-empty
 * strings, calendar dates, unions, a topology's well-formedness), answering the
 * input or `null`. No error paths or messages, which Zhengwu's decoder gives.
 */
import { Certificates } from "@zhengwu/core"

type J = Record<string, unknown>
const isObj = (x: unknown): x is J => typeof x === "object" && x !== null && !Array.isArray(x)
const nonEmpty = (x: unknown): x is string => typeof x === "string" && x.length > 0
const isBool = (x: unknown): x is boolean => typeof x === "boolean"
const oneOf = (set: ReadonlySet<string>) => (x: unknown) => typeof x === "string" && set.has(x)
const arrayOf = (x: unknown, f: (y: unknown) => boolean) => Array.isArray(x) && x.every(f)

const dateRe = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u
const isDate = (x: unknown): boolean => {
  if (typeof x !== "string") return false
  const m = dateRe.exec(x)
  if (m === null) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const days =
    mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31
  return d <= days
}

const kinds = oneOf(
  new Set([
    "notice",
    "report",
    "letter",
    "other-formal-document",
    "contract",
    "agreement",
    "power-of-attorney",
    "other-instrument-or-material"
  ])
)
const certStatus = oneOf(new Set(["active", "reported-lost", "revoked"]))
const snapshot = (c: unknown) =>
  isObj(c) && nonEmpty(c.serial) && certStatus(c.status) && isDate(c.validFrom) && isDate(c.validUntil)

export const decodeSeal = (x: unknown): J | null =>
  isObj(x) &&
  kinds(x.documentKind) &&
  (x.channel === "internal-office-platform" || x.channel === "other") &&
  (x.secrecy === "none" || x.secrecy === "classified" || x.secrecy === "sensitive") &&
  isObj(x.sealOwner) &&
  nonEmpty(x.sealOwner.id) &&
  isBool(x.sealOwner.xuhuiDistrictUnit) &&
  isObj(x.issuers) &&
  nonEmpty(x.issuers.lead) &&
  arrayOf(x.issuers.coIssuers, nonEmpty) &&
  snapshot(x.certificate)
    ? x
    : null

const otherNetworkKinds = oneOf(new Set(["internal", "trunked-radio", "internet", "business-private"]))
const network = (n: unknown) =>
  isObj(n) &&
  nonEmpty(n.id) &&
  ((n.kind === "extranet" && (n.level === "municipal" || n.level === "district")) || otherNetworkKinds(n.kind))
const secrecy = (x: unknown) => x === "classified" || x === "non-classified"
const purpose = oneOf(new Set(["emergency-command-and-dispatch", "public-facing", "government-work"]))
const system = (s: unknown) =>
  isObj(s) && nonEmpty(s.id) && nonEmpty(s.network) && secrecy(s.secrecy) && purpose(s.purpose)
const isolation = oneOf(new Set(["none", "logical", "physical"]))
const link = (l: unknown) => isObj(l) && nonEmpty(l.a) && nonEmpty(l.b) && isolation(l.isolation)

export const decodeTopology = (x: unknown): J | null => {
  if (!isObj(x) || !arrayOf(x.networks, network) || !arrayOf(x.systems, system) || !arrayOf(x.links, link)) return null
  const networks = x.networks as ReadonlyArray<J>
  const systems = x.systems as ReadonlyArray<J>
  const seen = new Set<string>()
  for (const n of networks) {
    if (seen.has(n.id as string)) return null
    seen.add(n.id as string)
  }
  const networkIds = new Set(seen)
  for (const s of systems) {
    if (seen.has(s.id as string)) return null
    seen.add(s.id as string)
  }
  for (const s of systems) if (!networkIds.has(s.network as string)) return null
  for (const l of x.links as ReadonlyArray<J>) if (!seen.has(l.a as string) || !seen.has(l.b as string)) return null
  return x
}

const activity = oneOf(new Set(Certificates.activityIds))
const domain = oneOf(new Set(["e-government", "public-service", "e-commerce"]))
const holder = (h: unknown) => isObj(h) && (h.kind === "unit" || h.kind === "individual") && nonEmpty(h.id)
const rules = (r: unknown) =>
  r === null ||
  (isObj(r) &&
    isBool(r.actualCustodian) &&
    isBool(r.rightsOfUse) &&
    isBool(r.purpose) &&
    isBool(r.register) &&
    isBool(r.issuing))
const record = (c: unknown) =>
  snapshot(c) && isObj(c) && domain(c.domain) && isObj(c.carrier) && isBool(c.carrier.meetsNationalCryptographyRules)
const entry = (e: unknown) => {
  if (!isObj(e)) return false
  switch (e.type) {
    case "custodian-assigned":
      return nonEmpty(e.serial) && nonEmpty(e.custodian) && isDate(e.on)
    case "handed-over":
      return nonEmpty(e.serial) && nonEmpty(e.from) && nonEmpty(e.to) && isDate(e.on)
    case "authorised":
      return (
        nonEmpty(e.id) &&
        nonEmpty(e.serial) &&
        nonEmpty(e.grantee) &&
        Array.isArray(e.purposes) &&
        e.purposes.length > 0 &&
        e.purposes.every(activity) &&
        isDate(e.from) &&
        isDate(e.until)
      )
    case "authorisation-withdrawn":
      return nonEmpty(e.id) && isDate(e.on)
    default:
      return false
  }
}

export const decodeUseQuery = (x: unknown): J | null =>
  isObj(x) &&
  isObj(x.register) &&
  holder(x.register.holder) &&
  rules(x.register.internalRules) &&
  arrayOf(x.register.certificates, record) &&
  arrayOf(x.register.entries, entry) &&
  nonEmpty(x.serial) &&
  nonEmpty(x.user) &&
  activity(x.activity)
    ? x
    : null
