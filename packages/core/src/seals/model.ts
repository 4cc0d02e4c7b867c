/**
 * The electronic seal (电子印章) model, xuhui-eseal-2015: what a request to seal a
 * document says about the document, the seal, its owner and the certificate
 * the seal rests on.
 */
import * as Schema from "effect/Schema"
import { CertificateSnapshot } from "../certificates/model.ts"
import { AgencyId } from "../machine/Actor.ts"

/**
 * Kinds of document, as art 4 sorts them. Permitted: notices (通知), reports
 * (报告), letters (函) "and other formal documents" (等正式文件). Never: contracts
 * (合同), agreements (协议), powers of attorney (委托书) "and other such
 * instruments or materials" (等文书或资料).
 */
export const DocumentKind = Schema.Literals([
  "notice",
  "report",
  "letter",
  "other-formal-document",
  "contract",
  "agreement",
  "power-of-attorney",
  "other-instrument-or-material"
])
export type DocumentKind = typeof DocumentKind.Type

export const permittedKinds: ReadonlyArray<DocumentKind> = ["notice", "report", "letter", "other-formal-document"]
export const forbiddenKinds: ReadonlyArray<DocumentKind> = [
  "contract",
  "agreement",
  "power-of-attorney",
  "other-instrument-or-material"
]

/** Where the document travels: art 4 permits the internal office platform (内部办公平台) only. */
export const Channel = Schema.Literals(["internal-office-platform", "other"])
export type Channel = typeof Channel.Type

/** Art 4: classified (涉密) and sensitive (涉敏) documents are never sealed electronically. */
export const Secrecy = Schema.Literals(["none", "classified", "sensitive"])
export type Secrecy = typeof Secrecy.Type

/**
 * The digital certificate (数字证书) a seal rests on (art 2), as it stands when
 * asked: the certificate procedure's snapshot (sh-digital-cert), whose status
 * follows art 10 — active, reported lost (挂失) or revoked (撤销); a renewed (更新)
 * certificate is simply active with new dates.
 */
export { CertificateStatus } from "../certificates/model.ts"

export const SealCertificate = CertificateSnapshot
export type SealCertificate = CertificateSnapshot

/** The unit whose seal is used; art 2 covers the seals of Xuhui district government bodies only. */
export const SealOwner = Schema.Struct({
  id: AgencyId,
  /** 徐汇区人民政府各委办局、街道镇及相关单位 — a Xuhui district body, street, town or related unit. */
  xuhuiDistrictUnit: Schema.Boolean
})
export type SealOwner = typeof SealOwner.Type

/** The issuing units; more than one makes a joint issue (联合发文, art 7). */
export const Issuers = Schema.Struct({
  lead: AgencyId,
  coIssuers: Schema.Array(AgencyId)
})
export type Issuers = typeof Issuers.Type

/** A request to seal one electronic document with one unit's electronic seal. */
export const SealUseRequest = Schema.Struct({
  documentKind: DocumentKind,
  channel: Channel,
  secrecy: Secrecy,
  sealOwner: SealOwner,
  issuers: Issuers,
  certificate: SealCertificate
})
export type SealUseRequest = typeof SealUseRequest.Type

/** The form of an electronic document whose legal effect is asked (arts 5-6). */
export const DocumentForm = Schema.Literals(["original", "photocopy", "format-converted"])
export type DocumentForm = typeof DocumentForm.Type

export const LegalEffectQuery = Schema.Struct({
  /** Whether the electronic document carries an electronic seal. */
  sealed: Schema.Boolean,
  form: DocumentForm
})
export type LegalEffectQuery = typeof LegalEffectQuery.Type
