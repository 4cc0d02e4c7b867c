/**
 * The custody register (登记, sh-digital-cert art 12) as a value a holder
 * keeps: start one, enter custodians, explicit authorisations, their
 * withdrawal and handovers, and ask it the two questions art 12 raises — may
 * this person use this certificate for this activity on this day, and are the
 * unit's internal rules complete. Every answer is a decision with its
 * citations; every operation returns a new register and never modifies the
 * one given.
 */
import * as Result from "effect/Result"
import type { LocalDate } from "../date/LocalDate.ts"
import type { Decision } from "../decision/Decision.ts"
import * as Validator from "../decision/Validator.ts"
import type { Activity } from "./activities.ts"
import type {
  Authorised,
  CertificateRecord,
  CustodyRegister,
  HandedOver,
  Holder,
  InternalRules,
  PersonId,
  RegisterEntry,
  Serial
} from "./model.ts"
import { handover, unitCustody, use } from "./validators.ts"

/** An empty register for a holder. */
export const empty = (holder: Holder, internalRules: InternalRules | null = null): CustodyRegister => ({
  holder,
  internalRules,
  certificates: [],
  entries: []
})

const append = (register: CustodyRegister, entry: RegisterEntry): CustodyRegister => ({
  ...register,
  entries: [...register.entries, entry]
})

/** Records a certificate, or replaces the record of the same serial (e.g. after a loss report or a renewal). */
export const recordCertificate = (register: CustodyRegister, certificate: CertificateRecord): CustodyRegister => ({
  ...register,
  certificates: [...register.certificates.filter((c) => c.serial !== certificate.serial), certificate]
})

export const setInternalRules = (register: CustodyRegister, internalRules: InternalRules | null): CustodyRegister => ({
  ...register,
  internalRules
})

/** Names a person the certificate's actual custodian (实际保管人) from a day. */
export const assignCustodian = (
  register: CustodyRegister,
  serial: Serial,
  custodian: PersonId,
  on: LocalDate
): CustodyRegister => append(register, { type: "custodian-assigned", serial, custodian, on })

/** Enters an explicit authorisation (明确授权) by the holder. */
export const authorise = (register: CustodyRegister, authorisation: Omit<Authorised, "type">): CustodyRegister =>
  append(register, { type: "authorised", ...authorisation })

/** Withdraws an authorisation from a day on. */
export const withdrawAuthorisation = (register: CustodyRegister, id: string, on: LocalDate): CustodyRegister =>
  append(register, { type: "authorisation-withdrawn", id, on })

/**
 * Hands custody over, as of the handover's day: refused (with the decision
 * that says why) unless it is made by the certificate's current custodian.
 */
export const handOver = (
  register: CustodyRegister,
  h: Omit<HandedOver, "type">
): Result.Result<CustodyRegister, Decision> => {
  const entry: HandedOver = { type: "handed-over", ...h }
  const decision = Validator.decide(handover, { register, handover: entry }, h.on)
  return decision.outcome === "refused" ? Result.fail(decision) : Result.succeed(append(register, entry))
}

/** May this person use this certificate for this activity on this day (arts 10, 12)? */
export const mayUse = (
  register: CustodyRegister,
  serial: Serial,
  user: PersonId,
  activity: Activity,
  asOf: LocalDate
): Decision => Validator.decide(use, { register, serial, user, activity }, asOf)

/** Does the unit keeping this register, if it holds two or more certificates, have complete internal rules (art 12)? */
export const checkUnit = (register: CustodyRegister, asOf: LocalDate): Decision =>
  Validator.decide(unitCustody, register, asOf)
