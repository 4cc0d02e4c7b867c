/**
 * The two archiving validators: may this transfer be recorded as archiving
 * (arts 2-6), and is this document, as read, the one transferred (art 4).
 */
import * as Validator from "../decision/Validator.ts"
import { organInScope, transferToOwnArchives } from "./art2-3-transfer.ts"
import { contentUnaltered, metadataUnaltered, sealStateRecorded } from "./art4-integrity.ts"
import { leaderInChargeNamed, responsiblePersonDesignated } from "./art5-6-responsibility.ts"
import { IntegrityQuery, TransferRecord } from "./model.ts"

export const transfer = Validator.make<TransferRecord>({
  id: "archives/transfer",
  title: {
    zh: "该电子公文归档移交是否符合规定",
    en: "does this transfer archive the document as the measures require"
  },
  input: TransferRecord,
  scope: organInScope,
  rules: [transferToOwnArchives, sealStateRecorded, leaderInChargeNamed, responsiblePersonDesignated]
})

/**
 * Verifies a read against the record made at transfer. Not scoped by art 3:
 * an alteration is reported whoever holds the archive.
 */
export const integrity = Validator.make<IntegrityQuery>({
  id: "archives/integrity",
  title: {
    zh: "归档电子公文是否与移交时一致",
    en: "is the archived document, as read, the one transferred"
  },
  input: IntegrityQuery,
  rules: [contentUnaltered, metadataUnaltered]
})
