/**
 * The network validators: is this topology compliant (arts 13, 16, 17 of
 * sh-egov-2012), may this business network be built or how is it merged
 * (sh-egov-2012 art 15, sh-extranet-2020 art 5), does this connected unit meet
 * its duties (sh-egov-2012 art 15), and may this unit connect to the extranet
 * (sh-extranet-2020 arts 3, 7 — the guards of the access machine, as one check).
 */

import * as Rule from "../decision/Rule.ts"
import * as Validator from "../decision/Validator.ts"
import {
  classifiedSystemOnInternalNetwork,
  nothingClassifiedOnExtranet,
  placementsOfBusinessNetwork,
  placementsOfTopology,
  systemOnNetworkForItsPurpose
} from "./egov-art13-classification.ts"
import {
  existingBusinessNetworkMerged,
  mergeKeepsClassifiedOnInternal,
  noNewBusinessNetwork
} from "./egov-art15-business-networks.ts"
import { connectedUnitDailyOperation, connectedUnitManagementResponsibility } from "./egov-art15-connected-units.ts"
import {
  extranetLogicallyIsolated,
  internalNetworkPhysicallyIsolated,
  internetEgressThroughExtranet
} from "./egov-art16-isolation.ts"
import { publicFacingSystemOnExtranet } from "./egov-art17-public-facing.ts"
import { extranetCarriesNothingClassified, extranetServesApplicant } from "./extranet-art3-users.ts"
import {
  existingNonClassifiedIntoExtranet,
  noNewNonClassifiedBusinessNetwork
} from "./extranet-art5-business-networks.ts"
import { connectsToMunicipalExtranet } from "./extranet-art6-7-management.ts"
import { AccessRequest, BusinessNetwork, ConnectedUnit, Topology } from "./model.ts"

export const topology = Validator.make<Topology>({
  id: "networks/topology",
  title: {
    zh: "电子政务网络拓扑是否符合网络分类与隔离要求",
    en: "does this network topology keep the networks apart and the systems on the right networks"
  },
  input: Topology,
  rules: [
    internalNetworkPhysicallyIsolated,
    extranetLogicallyIsolated,
    internetEgressThroughExtranet,
    Rule.contramap(nothingClassifiedOnExtranet, placementsOfTopology),
    classifiedSystemOnInternalNetwork,
    systemOnNetworkForItsPurpose,
    publicFacingSystemOnExtranet
  ]
})

export const businessNetwork = Validator.make<BusinessNetwork>({
  id: "networks/business-network",
  title: {
    zh: "业务专网能否新建、已建成的如何归并",
    en: "may this business private network be built, and where does an existing one go"
  },
  input: BusinessNetwork,
  rules: [
    noNewBusinessNetwork,
    noNewNonClassifiedBusinessNetwork,
    existingBusinessNetworkMerged,
    Rule.contramap(nothingClassifiedOnExtranet, placementsOfBusinessNetwork),
    mergeKeepsClassifiedOnInternal,
    existingNonClassifiedIntoExtranet
  ]
})

export const connectedUnit = Validator.make<ConnectedUnit>({
  id: "networks/connected-unit",
  title: { zh: "电子政务网络接入单位是否履行管理和运维责任", en: "does this connected unit meet its duties" },
  input: ConnectedUnit,
  rules: [connectedUnitManagementResponsibility, connectedUnitDailyOperation]
})

/**
 * The access machine's guards as one check. A request for a district extranet
 * is outside art 7 (the scope), so its decision is not applicable.
 */
export const extranetAccessRequest = Validator.make<AccessRequest>({
  id: "networks/extranet-access-request",
  title: { zh: "该单位能否接入市级政务外网", en: "may this unit connect to the municipal extranet" },
  input: AccessRequest,
  scope: connectsToMunicipalExtranet,
  rules: [connectsToMunicipalExtranet, extranetCarriesNothingClassified, extranetServesApplicant]
})
