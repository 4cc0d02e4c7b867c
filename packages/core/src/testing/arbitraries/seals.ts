/**
 * fast-check arbitraries for the seal model, shipped for users' own property
 * tests. Certificates are generated around a given day so that valid, expired
 * and not-yet-valid ones all occur.
 */
import fc from "fast-check"
import type { LocalDate } from "../../date/LocalDate.ts"
import type { AgencyId } from "../../machine/Actor.ts"
import {
  type CertificateStatus,
  type DocumentKind,
  forbiddenKinds,
  type LegalEffectQuery,
  permittedKinds,
  type SealCertificate,
  type SealUseRequest
} from "../../seals/model.ts"
import { localDateBetween } from "./dates.ts"

/** Calendar days between 2000 and 2039 (every month length respected). */
export const localDate: fc.Arbitrary<LocalDate> = localDateBetween(2000, 2039)

export const agencyId: fc.Arbitrary<AgencyId> = fc
  .constantFrom("xh-office", "xh-finance", "xh-education", "xh-street-tianping", "xh-town-huajing", "pd-office")
  .map((s) => s as AgencyId)

export const documentKind: fc.Arbitrary<DocumentKind> = fc.constantFrom(...permittedKinds, ...forbiddenKinds)
export const forbiddenKind: fc.Arbitrary<DocumentKind> = fc.constantFrom(...forbiddenKinds)
export const permittedKind: fc.Arbitrary<DocumentKind> = fc.constantFrom(...permittedKinds)

export const certificateStatus: fc.Arbitrary<CertificateStatus> = fc.constantFrom("active", "reported-lost", "revoked")

export const certificate: fc.Arbitrary<SealCertificate> = fc
  .record({
    serial: fc.stringMatching(/^[0-9A-F]{8,16}$/u),
    status: certificateStatus,
    a: localDate,
    b: localDate
  })
  .map(({ serial, status, a, b }) => {
    const [validFrom, validUntil] = [a, b].sort() as [LocalDate, LocalDate]
    return { serial, status, validFrom, validUntil }
  })

export const sealUseRequest: fc.Arbitrary<SealUseRequest> = fc
  .record({
    documentKind,
    channel: fc.constantFrom("internal-office-platform", "other"),
    secrecy: fc.constantFrom("none", "classified", "sensitive"),
    owner: agencyId,
    xuhuiDistrictUnit: fc.boolean(),
    lead: agencyId,
    coIssuers: fc.array(agencyId, { maxLength: 3 }),
    certificate
  })
  .map((r) => ({
    documentKind: r.documentKind,
    channel: r.channel,
    secrecy: r.secrecy,
    sealOwner: { id: r.owner, xuhuiDistrictUnit: r.xuhuiDistrictUnit },
    issuers: { lead: r.lead, coIssuers: r.coIssuers },
    certificate: r.certificate
  }))

export const legalEffectQuery: fc.Arbitrary<LegalEffectQuery> = fc.record({
  sealed: fc.boolean(),
  form: fc.constantFrom("original", "photocopy", "format-converted")
})
