import * as LocalDate from "../../src/date/LocalDate.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"
import type { BusinessNetwork, NodeId, Topology } from "../../src/networks/model.ts"

export const d = LocalDate.make
export const id = (s: string) => s as NodeId
export const agency = (s: string) => s as AgencyId

/**
 * A compliant topology: the internal network cut off from everything by
 * physical isolation, the municipal extranet with the one internet egress
 * (logically isolated), a district extranet behind it, the trunked radio
 * network, and a system of each kind on its own network.
 */
export const city: Topology = {
  networks: [
    { id: id("internal"), kind: "internal" },
    { id: id("ext-city"), kind: "extranet", level: "municipal" },
    { id: id("ext-pudong"), kind: "extranet", level: "district" },
    { id: id("radio-800"), kind: "trunked-radio" },
    { id: id("internet"), kind: "internet" }
  ],
  systems: [
    { id: id("secret-docs"), network: id("internal"), secrecy: "classified", purpose: "government-work" },
    { id: id("one-net-portal"), network: id("ext-city"), secrecy: "non-classified", purpose: "public-facing" },
    { id: id("district-oa"), network: id("ext-pudong"), secrecy: "non-classified", purpose: "government-work" },
    {
      id: id("flood-dispatch"),
      network: id("radio-800"),
      secrecy: "non-classified",
      purpose: "emergency-command-and-dispatch"
    }
  ],
  links: [
    { a: id("ext-city"), b: id("internet"), isolation: "logical" },
    { a: id("ext-city"), b: id("ext-pudong"), isolation: "none" },
    { a: id("internal"), b: id("ext-city"), isolation: "physical" }
  ]
}

/** `city` with more links, networks or systems. */
export const extend = (patch: {
  links?: Topology["links"]
  networks?: Topology["networks"]
  systems?: Topology["systems"]
}): Topology => ({
  networks: [...city.networks, ...(patch.networks ?? [])],
  systems: [...city.systems, ...(patch.systems ?? [])],
  links: [...city.links, ...(patch.links ?? [])]
})

/** A proposal for a new non-classified business private network by a municipal bureau. */
export const proposal: BusinessNetwork = {
  id: id("bp-tax"),
  owner: agency("sh-tax"),
  status: "proposed",
  secrecy: "non-classified",
  mergeInto: null,
  stateExemption: null
}
