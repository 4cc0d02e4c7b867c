/**
 * The tie-in with electronic seals (xuhui-eseal-2015): a sealed document is
 * archived with its seal and the certificate the seal rested on when the seal
 * was applied, as the seal signing case recorded it (`certificateAtSealing`).
 */
import type { LocalDate } from "../date/LocalDate.ts"
import type { Snapshot } from "../machine/Machine.ts"
import type { SigningContext, SigningState } from "../seals/signing.ts"
import type { DocumentMetadata, SealAtSealing } from "./model.ts"

/**
 * The seal at sealing from a signing case: null unless the case is `sealed`
 * (only then is the certificate at sealing recorded). The signing case does not
 * keep the day; the caller gives it (the day the `apply-seal` event was accepted).
 */
export const sealAtSealing = (
  signing: Snapshot<SigningState, SigningContext>,
  sealedOn: LocalDate
): SealAtSealing | null =>
  signing.state !== "sealed" || signing.context.certificateAtSealing === null
    ? null
    : {
        sealOwner: signing.context.request.sealOwner.id,
        certificateAtSealing: signing.context.certificateAtSealing,
        sealedOn
      }

/** The metadata marked sealed, with the seal of a signing case; unchanged when the case is not sealed. */
export const withSeal = (
  metadata: DocumentMetadata,
  signing: Snapshot<SigningState, SigningContext>,
  sealedOn: LocalDate
): DocumentMetadata => {
  const seal = sealAtSealing(signing, sealedOn)
  return seal === null ? metadata : { ...metadata, sealed: true, seal }
}
