/**
 * The words clerks read for the network model's codes, in Chinese and English,
 * and the names of the bodies the extranet measures name: messages use these,
 * never the codes or ids.
 */
import type { Message } from "../decision/Finding.ts"
import { agencies } from "./agencies.ts"
import { kindZh, type NetworkKind, type OperatedItem } from "./model.ts"

const kindEn: Record<NetworkKind, string> = {
  internal: "the internal network",
  extranet: "the extranet",
  "trunked-radio": "the 800 MHz trunked radio network",
  internet: "the internet",
  "business-private": "a business private network"
}

/** A network kind by its name; a system, or a node the topology does not list, as such. */
export const kind = (k: string | undefined): Message =>
  k !== undefined && Object.hasOwn(kindEn, k)
    ? { zh: kindZh[k as NetworkKind], en: kindEn[k as NetworkKind] }
    : k === "system"
      ? { zh: "应用系统", en: "a system" }
      : { zh: "拓扑中没有的网络", en: "a network the topology does not list" }

export const operatedItem: Record<OperatedItem, Message> = {
  "terminal-devices": { zh: "终端设备", en: "terminal devices" },
  applications: { zh: "各类应用", en: "applications" }
}

/** A unit by its name when the measures name it; otherwise its id, quoted as given. */
export const unitName = (id: string): Message => {
  const a = agencies.find((x) => x.id === id)
  return a === undefined ? { zh: `「${id}」`, en: `“${id}”` } : a.name
}
