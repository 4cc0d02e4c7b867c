/**
 * Reachability in a topology: which nodes a node reaches through a chain of
 * links that carry traffic. A system is joined to its home network by a link
 * without isolation; links are undirected. Breadth-first, so a path found is a
 * shortest one.
 */
import type { Isolation, NetworkKind, NodeId, Topology } from "./model.ts"

/** Links that still carry traffic: everything but physical isolation. */
export const connecting: ReadonlyArray<Isolation> = ["none", "logical"]
/** Links without any isolation. */
export const unisolated: ReadonlyArray<Isolation> = ["none"]

/** The kind of each node: a network kind, or `system`. */
export const kinds = (t: Topology): ReadonlyMap<string, NetworkKind | "system"> =>
  new Map<string, NetworkKind | "system">([
    ...t.networks.map((n) => [n.id, n.kind] as const),
    ...t.systems.map((s) => [s.id, "system"] as const)
  ])

/** Each node's neighbours through links whose isolation is one of `through`. */
export const adjacency = (
  t: Topology,
  through: ReadonlyArray<Isolation>
): ReadonlyMap<string, ReadonlyArray<string>> => {
  const adj = new Map<string, Array<string>>()
  const add = (a: string, b: string) => {
    adj.set(a, [...(adj.get(a) ?? []), b])
    adj.set(b, [...(adj.get(b) ?? []), a])
  }
  for (const n of t.networks) adj.set(n.id, [])
  for (const s of t.systems) adj.set(s.id, [])
  if (through.includes("none")) for (const s of t.systems) add(s.id, s.network)
  for (const l of t.links) if (through.includes(l.isolation)) add(l.a, l.b)
  return adj
}

/**
 * The shortest chain of nodes from `from` to the first node satisfying
 * `target`, through links whose isolation is one of `through`; null when none
 * is reached.
 */
export const pathTo = (
  t: Topology,
  from: NodeId | string,
  through: ReadonlyArray<Isolation>,
  target: (id: string) => boolean
): ReadonlyArray<string> | null => {
  const adj = adjacency(t, through)
  const previous = new Map<string, string | null>([[from, null]])
  const queue: Array<string> = [from]
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string
    if (target(node)) {
      const path: Array<string> = []
      for (let at: string | null = node; at !== null; at = previous.get(at) ?? null) path.unshift(at)
      return path
    }
    for (const next of adj.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return null
}

/** Every node `from` reaches (itself included) through links whose isolation is one of `through`. */
export const reachable = (
  t: Topology,
  from: NodeId | string,
  through: ReadonlyArray<Isolation>
): ReadonlySet<string> => {
  const adj = adjacency(t, through)
  const seen = new Set<string>([from])
  const queue: Array<string> = [from]
  for (let i = 0; i < queue.length; i++) {
    for (const next of adj.get(queue[i] as string) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return seen
}

/** The shortest chain from a node to any network of a kind, or null. */
export const pathToKind = (
  t: Topology,
  from: NodeId | string,
  kind: NetworkKind,
  through: ReadonlyArray<Isolation>
) => {
  const k = kinds(t)
  return pathTo(t, from, through, (id) => k.get(id) === kind)
}
