/**
 * sh-archive-2005 art 4:
 * 第四条电子公文归档管理的原则是:遵循电子公文形成特点和规律,维护电子公文的真实性、完整性、安全性和可识别性,
 * 便于电子公文的科学保管和长期有效利用。
 *
 * Archiving keeps electronic documents authentic, complete, secure and
 * identifiable. The SDK's reading: a fingerprint of the content and of the
 * metadata is recorded at transfer and verified on every read, and an
 * alteration of either is a finding of its own; a sealed document is archived
 * with its seal and the certificate the seal rested on when it was applied,
 * so its authenticity can still be judged after the certificate expires.
 */
import { isUsableOn } from "../certificates/art10-certificate-valid.ts"
import * as Rule from "../decision/Rule.ts"
import { canonicalJson } from "../ports/canonicalJson.ts"
import type { DocumentMetadata, IntegrityQuery, TransferRecord } from "./model.ts"

export const contentUnaltered = Rule.make<IntegrityQuery>({
  id: "archives/content-unaltered",
  title: {
    zh: "归档电子公文的内容与移交时一致（真实性、完整性）",
    en: "the archived document's content is the content transferred"
  },
  citations: ["sh-archive-2005/4"],
  check: ({ record, read }) => {
    const facts = {
      documentId: record.documentId,
      recorded: record.fingerprints.content,
      read: read.fingerprints.content
    }
    return record.fingerprints.content === read.fingerprints.content
      ? Rule.satisfied(
          `the content of “${record.documentId}” matches its fingerprint at transfer`,
          `「${record.documentId}」的内容与移交时的指纹一致`,
          facts
        )
      : Rule.violated(
          `the content of “${record.documentId}” was altered after transfer: its fingerprint differs`,
          `「${record.documentId}」的内容在移交后被改动：指纹不一致`,
          facts
        )
  }
})

/** The metadata fields whose canonical JSON differs between two metadata records, in key order. */
/** The metadata fields by the words archivists use. */
const fieldName: Record<string, { readonly zh: string; readonly en: string }> = {
  title: { zh: "题名", en: "title" },
  documentNumber: { zh: "文号", en: "document number" },
  issuer: { zh: "形成单位", en: "issuer" },
  dated: { zh: "成文日期", en: "date" },
  format: { zh: "文件格式", en: "format" },
  sealed: { zh: "是否加盖电子印章", en: "whether sealed" },
  seal: { zh: "印章及数字证书记录", en: "seal record" }
}
const field = (k: string) => fieldName[k] ?? { zh: `「${k}」`, en: `“${k}”` }

export const changedFields = (a: DocumentMetadata, b: DocumentMetadata): ReadonlyArray<string> =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort()
    .filter(
      (k) =>
        canonicalJson((a as Record<string, unknown>)[k] ?? null) !==
        canonicalJson((b as Record<string, unknown>)[k] ?? null)
    )

export const metadataUnaltered = Rule.make<IntegrityQuery>({
  id: "archives/metadata-unaltered",
  title: {
    zh: "归档电子公文的元数据与移交时一致（真实性、可识别性）",
    en: "the archived document's metadata is the metadata transferred"
  },
  citations: ["sh-archive-2005/4"],
  check: ({ record, read }) => {
    const changed = changedFields(record.metadata, read.metadata)
    const facts = {
      documentId: record.documentId,
      recorded: record.fingerprints.metadata,
      read: read.fingerprints.metadata,
      changedFields: [...changed]
    }
    if (record.fingerprints.metadata === read.fingerprints.metadata && changed.length === 0)
      return Rule.satisfied(
        `the metadata of “${record.documentId}” matches its fingerprint at transfer`,
        `「${record.documentId}」的元数据与移交时的指纹一致`,
        facts
      )
    const which = changed.length === 0 ? "" : `: ${changed.map((f) => field(f).en).join(", ")}`
    return Rule.violated(
      `the metadata of “${record.documentId}” was altered after transfer${which}`,
      `「${record.documentId}」的元数据在移交后被改动${which === "" ? "：指纹不一致" : `：${changed.map((f) => field(f).zh).join("、")}`}`,
      facts
    )
  }
})

/**
 * A sealed document is archived with its seal and the certificate at sealing;
 * an unsealed one carries no seal record. Whether the certificate was valid on
 * the day of sealing is recorded as a fact: the seal procedure decided that
 * when the seal was applied, and the archive keeps what it received.
 */
export const sealStateRecorded = Rule.make<Pick<TransferRecord, "documentId" | "metadata">>({
  id: "archives/seal-state-recorded",
  title: {
    zh: "加盖电子印章的电子公文连同印章及盖章时的数字证书状态一并归档",
    en: "a sealed document is archived with its seal and the certificate's state at sealing"
  },
  citations: ["sh-archive-2005/4"],
  check: ({ documentId, metadata: { sealed, seal } }) => {
    if (!sealed && seal === null)
      return Rule.notApplicable(`“${documentId}” carries no electronic seal`, `「${documentId}」未加盖电子印章`, {
        documentId,
        sealed
      })
    if (seal === null)
      return Rule.violated(
        `“${documentId}” is sealed but archived without its seal and certificate at sealing`,
        `「${documentId}」已加盖电子印章，但归档时未记录印章及盖章时的数字证书状态`,
        { documentId, sealed, seal: null }
      )
    const facts = {
      documentId,
      sealed,
      sealOwner: seal.sealOwner,
      sealedOn: seal.sealedOn,
      certificate: { ...seal.certificateAtSealing },
      certificateValidOnSealingDay: isUsableOn(seal.certificateAtSealing, seal.sealedOn)
    }
    return sealed
      ? Rule.satisfied(
          `“${documentId}” is archived with the seal of “${seal.sealOwner}” and certificate “${seal.certificateAtSealing.serial}” as at “${seal.sealedOn}”`,
          `「${documentId}」连同「${seal.sealOwner}」的电子印章及「${seal.sealedOn}」盖章时的数字证书「${seal.certificateAtSealing.serial}」一并归档`,
          facts
        )
      : Rule.violated(
          `“${documentId}” carries no electronic seal, yet a seal record is archived with it`,
          `「${documentId}」未加盖电子印章，却附有印章记录`,
          facts
        )
  }
})
