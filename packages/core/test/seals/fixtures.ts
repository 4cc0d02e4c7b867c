import * as LocalDate from "../../src/date/LocalDate.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"
import type { SealUseRequest } from "../../src/seals/model.ts"

export const d = LocalDate.make

/** A notice of the Xuhui district office, on the internal platform, with a certificate valid through 2027. */
export const notice: SealUseRequest = {
  documentKind: "notice",
  channel: "internal-office-platform",
  secrecy: "none",
  sealOwner: { id: "xh-office" as AgencyId, xuhuiDistrictUnit: true },
  issuers: { lead: "xh-office" as AgencyId, coIssuers: [] },
  certificate: { serial: "5A3F00C1", status: "active", validFrom: d("2024-01-01"), validUntil: d("2027-12-31") }
}
