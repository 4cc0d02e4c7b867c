/**
 * Archiving as effects: making the transfer record (fingerprints computed at
 * transfer) and verifying a document on every read against it. Hashing is Web
 * Crypto, hence Effect; the decisions themselves are the pure validators of
 * `validators.ts`, which a caller holding fingerprints can use directly.
 */
import * as Effect from "effect/Effect"
import type { LocalDate } from "../date/LocalDate.ts"
import type { Decision } from "../decision/Decision.ts"
import * as Validator from "../decision/Validator.ts"
import { fingerprints } from "./fingerprint.ts"
import type { ArchivedDocument, DocumentAsRead, TransferRecord, TransferRequest } from "./model.ts"
import { integrity, transfer } from "./validators.ts"

/** The record of a transfer: the request's parties, the metadata as transferred and the document's fingerprints. */
export const recordTransfer = (request: TransferRequest): Effect.Effect<TransferRecord> =>
  Effect.map(fingerprints(request.document), (fp) => {
    const { document, ...parties } = request
    return { ...parties, metadata: document.metadata, fingerprints: fp }
  })

/** Makes the transfer record and decides `archives/transfer` on it as of the day of transfer. */
export const archive = (
  request: TransferRequest
): Effect.Effect<{ readonly record: TransferRecord; readonly decision: Decision }> =>
  Effect.map(recordTransfer(request), (record) => ({
    record,
    decision: Validator.decide(transfer, record, record.transferredOn)
  }))

/** A document as read: its fingerprints, computed now, and its metadata. */
export const readDocument = (document: ArchivedDocument): Effect.Effect<DocumentAsRead> =>
  Effect.map(fingerprints(document), (fp) => ({ fingerprints: fp, metadata: document.metadata }))

/**
 * Verifies a document on reading it: `archives/integrity` on the record and the
 * document as read, as of `asOf`. Content and metadata alterations are separate
 * findings, both citing sh-archive-2005 art 4.
 */
export const verify = (record: TransferRecord, document: ArchivedDocument, asOf: LocalDate): Effect.Effect<Decision> =>
  Effect.map(readDocument(document), (read) => Validator.decide(integrity, { record, read }, asOf))
