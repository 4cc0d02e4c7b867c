import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Archives from "../../src/archives/index.ts"
import type { PersonId } from "../../src/certificates/model.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import type { Actor, AgencyId } from "../../src/machine/Actor.ts"
import type { MachineEvent, Snapshot } from "../../src/machine/Machine.ts"
import * as Transition from "../../src/machine/transition.ts"
import * as Seals from "../../src/seals/index.ts"

export const d = LocalDate.make
export const agency = (s: string) => s as AgencyId
export const person = (s: string) => s as PersonId
export const run = <A>(e: Effect.Effect<A>): Promise<A> => Effect.runPromise(e)

/** A Xuhui notice taken through the seal signing flow to `sealed` on 2026-03-02. */
export const sealedNotice = (): Snapshot<Seals.SigningState, Seals.SigningContext> => {
  const request: Seals.SealUseRequest = {
    documentKind: "notice",
    channel: "internal-office-platform",
    secrecy: "none",
    sealOwner: { id: agency("xh-office"), xuhuiDistrictUnit: true },
    issuers: { lead: agency("xh-office"), coIssuers: [] },
    certificate: { serial: "5A3F00C1", status: "active", validFrom: d("2024-01-01"), validUntil: d("2027-12-31") }
  }
  const asOf = d("2026-03-02")
  const as = (role: string): Actor => ({ agency: agency("xh-office"), role })
  const started = Transition.start(Seals.signing, Seals.initialContext(request), asOf)
  if (Result.isFailure(started)) throw new Error("start refused")
  let s = started.success
  const steps: ReadonlyArray<readonly [MachineEvent<Seals.SigningEvents>, string]> = [
    [{ type: "submit", payload: {} }, "drafter"],
    [{ type: "approve", payload: {} }, "seal-approver"],
    [{ type: "apply-seal", payload: { certificate: request.certificate } }, "seal-keeper"]
  ]
  for (const [event, role] of steps) {
    const r = Transition.transition(Seals.signing, s, event, as(role), asOf)
    if (r._tag !== "Accepted") throw new Error(`${event.type} refused`)
    s = r.snapshot
  }
  return s
}

export const metadata: Archives.DocumentMetadata = {
  title: "关于开展电子公文归档检查的通知",
  documentNumber: "徐府办〔2026〕3号",
  issuer: agency("xh-office"),
  dated: d("2026-03-02"),
  format: "ofd",
  sealed: false,
  seal: null
}

export const content = Archives.bytesContent(new TextEncoder().encode("<ofd>通知正文</ofd>"))

export const request: Archives.TransferRequest = {
  documentId: "xh-2026-0003",
  unit: { id: agency("xh-office"), kind: "party-or-state-organ" },
  fromDepartment: "documents-office",
  archivesOf: agency("xh-office"),
  transferredOn: d("2026-03-10"),
  leaderInCharge: person("li-na"),
  responsiblePerson: person("zhang-wei"),
  document: { content, metadata }
}

/** The same request for the sealed notice, with its seal and certificate at sealing. */
export const sealedRequest = (): Archives.TransferRequest => ({
  ...request,
  document: { content, metadata: Archives.withSeal(metadata, sealedNotice(), d("2026-03-02")) }
})
