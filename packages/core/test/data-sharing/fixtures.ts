import * as Result from "effect/Result"
import * as DataSharing from "../../src/data-sharing/index.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"

export const d = LocalDate.make
export const agency = (s: string) => s as AgencyId
export const as = (agencyId: string, role: string): Actor => ({ agency: agency(agencyId), role })

/** The municipal market regulator's legal-person database, shared. */
export const legalPersons: DataSharing.DatabaseSharing = {
  holder: { id: agency("sh-market-regulation"), administrativeOrgan: true },
  database: { name: "法人库", kind: "legal-person" },
  shared: true,
  exception: null,
  deferral: null
}

export const body = (kind: DataSharing.BodyKind, patch: Partial<DataSharing.Body> = {}): DataSharing.Body => ({
  id: agency("sh-body"),
  kind,
  performsPublicFunctions: false,
  sector: null,
  ...patch
})

export type S = Snapshot<DataSharing.DeferralState, DataSharing.DeferralContext>

export const request: DataSharing.DeferralRequest = {
  organ: agency("sh-market-regulation"),
  database: { name: "法人库", kind: "legal-person" },
  reason: "接口改造中"
}

/** A deferral case the market regulator opened, approved by the body the case names. */
export const started = (r = request, approver = "sh-gov-office"): S => {
  const s = Transition.start(DataSharing.deferral, DataSharing.newDeferralContext(r, agency(approver)), d("2026-03-02"))
  if (Result.isFailure(s)) throw new Error("start refused")
  return s.success
}
