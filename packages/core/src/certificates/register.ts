/**
 * Reading a custody register (登记, sh-digital-cert art 12) as of a day: which
 * certificates the holder holds, who keeps each one, and which explicit
 * authorisations cover a use. Entries take effect on their day; entries dated
 * after the day asked are ignored, and entries of the same day apply in the
 * order they were recorded. Pure functions: the register is never modified.
 */
import type { LocalDate } from "../date/LocalDate.ts"
import type { Activity } from "./activities.ts"
import type {
  Authorised,
  CertificateRecord,
  CustodyRegister,
  HandedOver,
  PersonId,
  RegisterEntry,
  Serial
} from "./model.ts"

const dayOf = (e: RegisterEntry): LocalDate => (e.type === "authorised" ? e.from : e.on)

/**
 * The entries in effect on `asOf`, in day order (stable within a day). A
 * register recorded in day order (the usual case) is only filtered.
 */
export const entriesOn = (register: CustodyRegister, asOf: LocalDate): ReadonlyArray<RegisterEntry> => {
  const inEffect: Array<RegisterEntry> = []
  let inOrder = true
  let last = ""
  for (const e of register.entries) {
    const day = dayOf(e)
    if (day > asOf) continue
    if (day < last) inOrder = false
    last = day
    inEffect.push(e)
  }
  if (inOrder) return inEffect
  return inEffect
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (dayOf(a.e) < dayOf(b.e) ? -1 : dayOf(a.e) > dayOf(b.e) ? 1 : a.i - b.i))
    .map(({ e }) => e)
}

export const findCertificate = (register: CustodyRegister, serial: Serial): CertificateRecord | undefined =>
  register.certificates.find((c) => c.serial === serial)

/**
 * The certificates the holder holds on a day: neither revoked nor past their
 * validity. (Art 12 speaks of a unit that "needs to use" two or more; the SDK
 * counts the certificates it holds that have not ended.)
 */
export const heldOn = (register: CustodyRegister, asOf: LocalDate): ReadonlyArray<CertificateRecord> =>
  register.certificates.filter((c) => c.status !== "revoked" && asOf <= c.validUntil)

/** The actual custodian (实际保管人) of a certificate on a day: the last assignment or handover, or null. */
export const custodianOn = (register: CustodyRegister, serial: Serial, asOf: LocalDate): PersonId | null => {
  // the last in day order: the latest day, and of that day the last recorded
  let custodian: PersonId | null = null
  let latest = ""
  for (const e of register.entries) {
    if ((e.type !== "custodian-assigned" && e.type !== "handed-over") || e.serial !== serial) continue
    if (e.on > asOf || e.on < latest) continue
    latest = e.on
    custodian = e.type === "custodian-assigned" ? e.custodian : e.to
  }
  return custodian
}

/** The handovers of a certificate up to a day, oldest first. */
export const handoversOf = (register: CustodyRegister, serial: Serial, asOf: LocalDate): ReadonlyArray<HandedOver> =>
  entriesOn(register, asOf).filter((e): e is HandedOver => e.type === "handed-over" && e.serial === serial)

/** Why an authorisation does or does not cover a use on a day. */
export type Coverage = "covers" | "not-yet-valid" | "ended" | "withdrawn" | "other-purpose"

/** The day an authorisation was withdrawn on or before `asOf`, or null. */
export const withdrawnOn = (register: CustodyRegister, id: string, asOf: LocalDate): LocalDate | null => {
  // the first in day order: the earliest day
  let first: LocalDate | null = null
  for (const e of register.entries)
    if (e.type === "authorisation-withdrawn" && e.id === id && e.on <= asOf && (first === null || e.on < first))
      first = e.on
  return first
}

export const coverageOf = (register: CustodyRegister, a: Authorised, activity: Activity, asOf: LocalDate): Coverage => {
  if (asOf < a.from) return "not-yet-valid"
  if (asOf > a.until) return "ended"
  if (withdrawnOn(register, a.id, asOf) !== null) return "withdrawn"
  if (!a.purposes.includes(activity)) return "other-purpose"
  return "covers"
}

/** Every authorisation recorded for a person and a certificate (whatever its days). */
export const authorisationsOf = (
  register: CustodyRegister,
  serial: Serial,
  person: PersonId
): ReadonlyArray<Authorised> =>
  register.entries.filter(
    (e): e is Authorised => e.type === "authorised" && e.serial === serial && e.grantee === person
  )

/** The authorisation that covers this use on this day, if any. */
export const coveringAuthorisation = (
  register: CustodyRegister,
  serial: Serial,
  person: PersonId,
  activity: Activity,
  asOf: LocalDate
): Authorised | undefined =>
  authorisationsOf(register, serial, person).find((a) => coverageOf(register, a, activity, asOf) === "covers")

/** Whether the person is the certificate's holder: only an individual holder is a person. */
export const isHolder = (register: CustodyRegister, person: PersonId): boolean =>
  register.holder.kind === "individual" && register.holder.id === person
