/**
 * fast-check arbitraries for the archiving model, shipped for users' own
 * property tests: documents (content as bytes or as a caller's hash, metadata
 * with and without a seal), transfer requests, and tampering — a change to
 * the content bytes or to one metadata field that is guaranteed to differ
 * from the original, labelled with what changed.
 */
import fc from "fast-check"
import { bytesContent } from "../../archives/fingerprint.ts"
import type {
  ArchivedDocument,
  Content,
  DocumentMetadata,
  FromDepartment,
  OrganKind,
  SealAtSealing,
  Sha256Hex,
  TransferRequest
} from "../../archives/model.ts"
import type { PersonId } from "../../certificates/model.ts"
import type { LocalDate } from "../../date/LocalDate.ts"
import type { AgencyId } from "../../machine/Actor.ts"
import { canonicalJson } from "../../ports/canonicalJson.ts"
import { certificate, localDate } from "./seals.ts"

export { localDate } from "./seals.ts"

export const agencyId: fc.Arbitrary<AgencyId> = fc
  .constantFrom("sh-gov-office", "sh-archives-bureau", "xh-office", "pd-office", "sh-big-data-center")
  .map((s) => s as AgencyId)

export const personId: fc.Arbitrary<PersonId> = fc
  .constantFrom("zhang-wei", "li-na", "wang-fang", "chen-jie")
  .map((s) => s as PersonId)

export const sha256Hex: fc.Arbitrary<Sha256Hex> = fc.stringMatching(/^[0-9a-f]{64}$/u).map((s) => s as Sha256Hex)

export const bytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 96 })

export const content: fc.Arbitrary<Content> = fc.oneof(
  bytes.map(bytesContent),
  sha256Hex.map((sha256) => ({ kind: "sha256" as const, sha256 }))
)

export const sealAtSealing: fc.Arbitrary<SealAtSealing> = fc.record({
  sealOwner: agencyId,
  certificateAtSealing: certificate,
  sealedOn: localDate
})

const title = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.constantFrom("关于印发《2026年工作要点》的通知", "关于开展电子公文归档检查的函", "情况报告")
)

/** Arbitraries for each metadata field, so that a tampering can replace any one of them. */
export const metadataFields = {
  title,
  documentNumber: fc.option(fc.constantFrom("沪府办〔2026〕1号", "徐府发〔2025〕12号", "沪档发〔2005〕220号"), {
    nil: null
  }),
  issuer: agencyId,
  dated: localDate,
  format: fc.constantFrom("ofd", "pdf", "xml", "docx"),
  sealed: fc.boolean(),
  seal: fc.option(sealAtSealing, { nil: null })
} satisfies { readonly [K in keyof DocumentMetadata]: fc.Arbitrary<DocumentMetadata[K]> }

export type MetadataField = keyof DocumentMetadata
export const metadataFieldNames = Object.keys(metadataFields) as ReadonlyArray<MetadataField>

/** Metadata whose seal record agrees with `sealed` more often than not (so both seal findings occur). */
export const metadata: fc.Arbitrary<DocumentMetadata> = fc
  .record({ ...metadataFields, consistent: fc.boolean() })
  .map(({ consistent, ...m }) => (consistent ? { ...m, sealed: m.seal !== null } : m))

export const archivedDocument: fc.Arbitrary<ArchivedDocument> = fc.record({ content, metadata })

export const transferRequest: fc.Arbitrary<TransferRequest> = fc
  .record({
    documentId: fc.stringMatching(/^doc-[0-9]{1,6}$/u),
    unit: agencyId,
    kind: fc.constantFrom<OrganKind>("party-or-state-organ", "party-or-state-organ", "other-organisation"),
    fromDepartment: fc.constantFrom<FromDepartment>("documents-office", "business-department"),
    ownArchives: fc.boolean(),
    otherArchives: agencyId,
    transferredOn: localDate,
    leaderInCharge: fc.option(personId, { nil: null, freq: 4 }),
    responsiblePerson: fc.option(personId, { nil: null, freq: 4 }),
    document: archivedDocument
  })
  .map((r) => ({
    documentId: r.documentId,
    unit: { id: r.unit, kind: r.kind },
    fromDepartment: r.fromDepartment,
    archivesOf: r.ownArchives ? r.unit : r.otherArchives,
    transferredOn: r.transferredOn as LocalDate,
    leaderInCharge: r.leaderInCharge,
    responsiblePerson: r.responsiblePerson,
    document: r.document
  }))

const decodeBase64 = (base64: string): Uint8Array => Uint8Array.from(globalThis.atob(base64), (c) => c.charCodeAt(0))

/** Content that differs from `c`: a flipped bit, an added or a removed byte; or another hash. */
export const alteredContent = (c: Content): fc.Arbitrary<Content> => {
  if (c.kind === "sha256") return sha256Hex.filter((h) => h !== c.sha256).map((sha256) => ({ kind: "sha256", sha256 }))
  const original = decodeBase64(c.base64)
  const flip =
    original.length === 0
      ? []
      : [
          fc
            .record({ at: fc.nat({ max: original.length - 1 }), bit: fc.integer({ min: 0, max: 7 }) })
            .map(({ at, bit }) => {
              const b = Uint8Array.from(original)
              b[at] = (b[at] ?? 0) ^ (1 << bit)
              return b
            })
        ]
  const remove =
    original.length === 0
      ? []
      : [fc.nat({ max: original.length - 1 }).map((at) => Uint8Array.from([...original].filter((_, i) => i !== at)))]
  const add = fc
    .record({ at: fc.nat({ max: original.length }), byte: fc.integer({ min: 0, max: 255 }) })
    .map(({ at, byte }) => Uint8Array.from([...original.slice(0, at), byte, ...original.slice(at)]))
  return fc.oneof(add, ...flip, ...remove).map(bytesContent)
}

/** Metadata with exactly one field changed (its canonical JSON differs), labelled with the field. */
export const alteredMetadata = (
  m: DocumentMetadata
): fc.Arbitrary<{ readonly field: MetadataField; readonly metadata: DocumentMetadata }> => {
  const same = (field: MetadataField, v: unknown) => canonicalJson(v) === canonicalJson(m[field])
  const replaced = fc
    .constantFrom(...metadataFieldNames)
    .chain((field) =>
      (metadataFields[field] as fc.Arbitrary<unknown>)
        .filter((v) => !same(field, v))
        .map((v) => ({ field, metadata: { ...m, [field]: v } as DocumentMetadata }))
    )
  const seal = m.seal
  if (seal === null) return replaced
  // a change deep inside the seal record: the certificate's status or validity at sealing
  const nested = fc
    .constantFrom("status", "validUntil", "serial")
    .chain((key) =>
      key === "status"
        ? fc
            .constantFrom("active" as const, "reported-lost" as const, "revoked" as const)
            .filter((s) => s !== seal.certificateAtSealing.status)
            .map((status) => ({ ...seal.certificateAtSealing, status }))
        : key === "validUntil"
          ? localDate
              .filter((x) => x !== seal.certificateAtSealing.validUntil)
              .map((validUntil) => ({ ...seal.certificateAtSealing, validUntil }))
          : fc.constant({ ...seal.certificateAtSealing, serial: `${seal.certificateAtSealing.serial}0` })
    )
    .map((certificateAtSealing) => ({
      field: "seal" as const,
      metadata: { ...m, seal: { ...seal, certificateAtSealing } }
    }))
  return fc.oneof(replaced, nested)
}

/** A tampering of a document: its content or one of its metadata fields, labelled with what changed. */
export type Tampering =
  | { readonly part: "content"; readonly document: ArchivedDocument }
  | { readonly part: "metadata"; readonly field: MetadataField; readonly document: ArchivedDocument }

export const tampered = (d: ArchivedDocument): fc.Arbitrary<Tampering> =>
  fc.oneof(
    alteredContent(d.content).map((content) => ({ part: "content" as const, document: { ...d, content } })),
    alteredMetadata(d.metadata).map(({ field, metadata }) => ({
      part: "metadata" as const,
      field,
      document: { ...d, metadata }
    }))
  )
