/**
 * The archiving model (电子公文归档), sh-archive-2005: an electronic official
 * document (电子公文) with its content and metadata, the record made when the
 * unit that formed it transfers it to its archives department (移交, art 2),
 * and what a later read of the archived document says about it.
 *
 * The source's articles on metadata and formats are cut off (art 6 stops
 * mid-sentence), so the metadata fields below are the SDK's choice of what
 * identifies a document (可识别性, art 4): its title, number, issuer, date and
 * format, and — for a sealed document — its seal and certificate at sealing.
 */
import * as Schema from "effect/Schema"
import { CertificateSnapshot, PersonId } from "../certificates/model.ts"
import { LocalDate } from "../date/LocalDate.ts"
import { AgencyId } from "../machine/Actor.ts"

/** A lower-case hex SHA-256 digest (64 characters). */
export const Sha256Hex = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^[0-9a-f]{64}$/u)),
  Schema.brand("Sha256Hex")
)
export type Sha256Hex = typeof Sha256Hex.Type

/**
 * Standard base64 with padding (RFC 4648 §4) in its canonical form: the unused
 * bits of the last character are zero, so every byte string has exactly one
 * base64 text and a change to the bytes is a change to the text.
 */
export const Base64 = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/u)
  ),
  Schema.brand("Base64")
)
export type Base64 = typeof Base64.Type

/**
 * A document's content as the caller gives it: the bytes themselves (base64),
 * or a SHA-256 of the bytes the caller computed (for large files kept elsewhere).
 * Either way the fingerprint covers it; a record made from one form is verified
 * against a read given in the same form.
 */
export const Content = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("bytes"), base64: Base64 }),
  Schema.Struct({ kind: Schema.Literal("sha256"), sha256: Sha256Hex })
])
export type Content = typeof Content.Type

/**
 * A sealed document's seal as it stood when the seal was applied: the unit whose
 * seal it is, the certificate the seal rested on at sealing (the seal signing
 * case's `certificateAtSealing`, a certificates `CertificateSnapshot`) and the
 * day of sealing.
 */
export const SealAtSealing = Schema.Struct({
  sealOwner: AgencyId,
  certificateAtSealing: CertificateSnapshot,
  sealedOn: LocalDate
})
export type SealAtSealing = typeof SealAtSealing.Type

/** What identifies an electronic official document (the SDK's choice of fields; see the module comment). */
export const DocumentMetadata = Schema.Struct({
  /** 题名 */
  title: Schema.NonEmptyString,
  /** 文号, when the document has one. */
  documentNumber: Schema.NullOr(Schema.NonEmptyString),
  /** The unit that formed the document (形成单位). */
  issuer: AgencyId,
  /** 成文日期 */
  dated: LocalDate,
  /** The file format, e.g. `ofd` or `pdf`. */
  format: Schema.NonEmptyString,
  /** Whether the document carries an electronic seal. */
  sealed: Schema.Boolean,
  /** The seal and its certificate at sealing; recorded for every sealed document (art 4, authenticity). */
  seal: Schema.NullOr(SealAtSealing)
})
export type DocumentMetadata = typeof DocumentMetadata.Type

/** An electronic official document: its content and its metadata. */
export const ArchivedDocument = Schema.Struct({ content: Content, metadata: DocumentMetadata })
export type ArchivedDocument = typeof ArchivedDocument.Type

/**
 * A document's fingerprints (SHA-256 over canonical JSON): of the whole
 * document, of its content alone and of its metadata alone, so that an
 * alteration is reported as one of content or of metadata.
 */
export const Fingerprints = Schema.Struct({ document: Sha256Hex, content: Sha256Hex, metadata: Sha256Hex })
export type Fingerprints = typeof Fingerprints.Type

/**
 * Who the measures apply to (art 3): the city's Party and state organs at every
 * level (本市各级党和国家机关); other organisations may follow them (可参照执行)
 * but are not bound.
 */
export const OrganKind = Schema.Literals(["party-or-state-organ", "other-organisation"])
export type OrganKind = typeof OrganKind.Type

/** Art 2: archiving is a transfer by the documents office (文书部门) or a business department (业务部门). */
export const FromDepartment = Schema.Literals(["documents-office", "business-department"])
export type FromDepartment = typeof FromDepartment.Type

const transferFields = {
  documentId: Schema.NonEmptyString,
  /** The organ (机关) whose department formed the document. */
  unit: Schema.Struct({ id: AgencyId, kind: OrganKind }),
  fromDepartment: FromDepartment,
  /** The organ whose archives department (档案部门) receives the document. */
  archivesOf: AgencyId,
  transferredOn: LocalDate,
  /** Art 5: the organ's leader in charge of archiving (分管领导). */
  leaderInCharge: Schema.NullOr(PersonId),
  /** Art 6: the person the forming unit designates to be responsible for archiving (专人). */
  responsiblePerson: Schema.NullOr(PersonId)
}

/** What the forming unit asks to transfer: the document itself and who transfers it where. */
export const TransferRequest = Schema.Struct({ ...transferFields, document: ArchivedDocument })
export type TransferRequest = typeof TransferRequest.Type

/**
 * The record made at transfer: who transferred what to whom, the metadata as
 * transferred (with the seal and certificate at sealing for a sealed document)
 * and the fingerprints every later read is verified against.
 */
export const TransferRecord = Schema.Struct({
  ...transferFields,
  metadata: DocumentMetadata,
  fingerprints: Fingerprints
})
export type TransferRecord = typeof TransferRecord.Type

/** An archived document as read: its fingerprints, computed on reading, and its metadata. */
export const DocumentAsRead = Schema.Struct({ fingerprints: Fingerprints, metadata: DocumentMetadata })
export type DocumentAsRead = typeof DocumentAsRead.Type

/** Is this document, as read, the one transferred (art 4)? */
export const IntegrityQuery = Schema.Struct({ record: TransferRecord, read: DocumentAsRead })
export type IntegrityQuery = typeof IntegrityQuery.Type
