/**
 * Reachability in a topology: which nodes a node reaches through a chain of
 * links that carry traffic. A system is joined to its home network by a link
 * without isolation; links are undirected. Breadth-first, so a path found is a
 * shortest one.
 */
import { sharedInDecision } from "../decision/Rule.ts"
import type { Isolation, NetworkKind, NodeId, Topology } from "./model.ts"

/**
 * One topology indexed once for the checks of one decision: the kind of each
 * node, and each node's neighbours per set of isolations (built on first use).
 * Shared by the rules of the decision in progress only (Rule.sharedInDecision),
 * so a topology changed between two decisions is always read afresh.
 */
export interface Analysis {
  readonly kinds: ReadonlyMap<string, NetworkKind | "system">
  adjacency(through: ReadonlyArray<Isolation>): ReadonlyMap<string, ReadonlyArray<string>>
}

const buildAnalysis = (t: Topology): Analysis => {
  let built: Array<readonly [ReadonlyArray<Isolation>, ReadonlyMap<string, ReadonlyArray<string>>]> | undefined
  return {
    kinds: kinds(t),
    adjacency: (through) => {
      if (built === undefined) built = []
      for (const [key, adj] of built) if (key === through) return adj
      const adj = adjacency(t, through)
      built.push([through, adj])
      return adj
    }
  }
}

export const analysis: (t: Topology) => Analysis = sharedInDecision(buildAnalysis)

/** Links that still carry traffic: everything but physical isolation. */
export const connecting: ReadonlyArray<Isolation> = ["none", "logical"]
/** Links without any isolation. */
export const unisolated: ReadonlyArray<Isolation> = ["none"]

/** The kind of each node: a network kind, or `system`. */
export const kinds = (t: Topology): ReadonlyMap<string, NetworkKind | "system"> => {
  const k = new Map<string, NetworkKind | "system">()
  for (const n of t.networks) k.set(n.id, n.kind)
  for (const s of t.systems) k.set(s.id, "system")
  return k
}

/** Each node's neighbours through links whose isolation is one of `through`. */
export const adjacency = (
  t: Topology,
  through: ReadonlyArray<Isolation>
): ReadonlyMap<string, ReadonlyArray<string>> => {
  const adj = new Map<string, Array<string>>()
  const add = (a: string, b: string) => {
    const fromA = adj.get(a)
    if (fromA === undefined) adj.set(a, [b])
    else fromA.push(b)
    const fromB = adj.get(b)
    if (fromB === undefined) adj.set(b, [a])
    else fromB.push(a)
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
  target: (id: string) => boolean,
  g: Analysis = analysis(t)
): ReadonlyArray<string> | null => {
  const adj = g.adjacency(through)
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
  through: ReadonlyArray<Isolation>,
  g: Analysis = analysis(t)
): ReadonlySet<string> => {
  const adj = g.adjacency(through)
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
  through: ReadonlyArray<Isolation>,
  g: Analysis = analysis(t)
) => {
  const k = g.kinds
  return pathTo(t, from, through, (id) => k.get(id) === kind, g)
}
