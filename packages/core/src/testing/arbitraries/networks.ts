/**
 * fast-check arbitraries for the network model, shipped for users' own
 * property tests. Topologies are small random graphs of networks of every
 * kind, systems on them and links of every isolation, so that compliant ones,
 * direct breaches and breaches through chains of links all occur.
 */
import fc from "fast-check"
import type { AgencyId } from "../../machine/Actor.ts"
import type {
  AccessRequest,
  BusinessNetwork,
  ConnectedUnit,
  EgovNetworkKind,
  ExtranetLevel,
  Isolation,
  Network,
  NetworkKind,
  NodeId,
  Secrecy,
  ServedBody,
  System,
  SystemPurpose,
  Topology
} from "../../networks/model.ts"

export const agencyId: fc.Arbitrary<AgencyId> = fc
  .constantFrom("sh-gov-office", "sh-big-data-center", "pd-office", "xh-education", "sh-court-1", "cn-railway")
  .map((s) => s as AgencyId)

export const networkKind: fc.Arbitrary<NetworkKind> = fc.constantFrom(
  "internal",
  "extranet",
  "trunked-radio",
  "internet",
  "business-private"
)
export const egovNetworkKind: fc.Arbitrary<EgovNetworkKind> = fc.constantFrom("internal", "extranet", "trunked-radio")
export const extranetLevel: fc.Arbitrary<ExtranetLevel> = fc.constantFrom("municipal", "district")
export const secrecy: fc.Arbitrary<Secrecy> = fc.constantFrom("classified", "non-classified")
export const systemPurpose: fc.Arbitrary<SystemPurpose> = fc.constantFrom(
  "emergency-command-and-dispatch",
  "public-facing",
  "government-work"
)
export const isolation: fc.Arbitrary<Isolation> = fc.constantFrom("none", "logical", "physical")

/** Random topologies: 1-7 networks, up to 4 systems, up to 12 links (self-links and parallel links included). */
export const topology: fc.Arbitrary<Topology> = fc
  .array(fc.record({ kind: networkKind, level: extranetLevel }), { minLength: 1, maxLength: 7 })
  .chain((nets) => {
    const networks: Array<Network> = nets.map((n, i) =>
      n.kind === "extranet"
        ? { id: `extranet-${i}` as NodeId, kind: "extranet", level: n.level }
        : { id: `${n.kind}-${i}` as NodeId, kind: n.kind }
    )
    const networkIds = networks.map((n) => n.id)
    return fc
      .array(fc.record({ network: fc.constantFrom(...networkIds), secrecy, purpose: systemPurpose }), { maxLength: 4 })
      .chain((ss) => {
        const systems: Array<System> = ss.map((s, i) => ({ id: `system-${i}` as NodeId, ...s }))
        const ids = [...networkIds, ...systems.map((s) => s.id)]
        return fc
          .array(fc.record({ a: fc.constantFrom(...ids), b: fc.constantFrom(...ids), isolation }), { maxLength: 12 })
          .map((links) => ({ networks, systems, links }))
      })
  })

export const businessNetwork: fc.Arbitrary<BusinessNetwork> = fc.record({
  id: fc.constantFrom("bp-tax", "bp-police", "bp-health").map((s) => s as NodeId),
  owner: agencyId,
  status: fc.constantFrom("proposed", "existing"),
  secrecy,
  mergeInto: fc.option(egovNetworkKind, { nil: null }),
  stateExemption: fc.option(
    fc.constantFrom("国发〔2099〕1号", "a state provision").map((reference) => ({ reference })),
    { nil: null, freq: 3 }
  )
})

export const servedBody: fc.Arbitrary<ServedBody> = fc.constantFrom(
  "party-committee",
  "peoples-congress",
  "government",
  "cppcc",
  "supervision-commission",
  "court",
  "procuratorate",
  "peoples-organisation",
  "other"
)

export const accessRequest: fc.Arbitrary<AccessRequest> = fc.record({
  applicant: fc.record({ id: agencyId, body: servedBody }),
  level: extranetLevel,
  carries: secrecy
})

export const connectedUnit: fc.Arbitrary<ConnectedUnit> = fc.record({
  unit: agencyId,
  network: egovNetworkKind,
  managementResponsibility: fc.option(fc.constantFrom("信息中心", "办公室"), { nil: null }),
  dailyOperation: fc.subarray(["terminal-devices", "applications"] as const).map((xs) => [...xs])
})
