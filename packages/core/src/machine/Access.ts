/**
 * Who may read a case (查阅权限), as data beside the actor tables and deny by
 * default. A principal reads a case only when its agency is a party to it:
 *
 * - `named`: the machine's actor table names the agency (市发展改革委 approves
 *   every municipal construction project, so it reads every such case);
 * - `bound`: the case binds the agency — a reference of the machine resolves
 *   to it on the case (the unit that owns the seal, the project unit), or it
 *   started the case or fired an accepted event on it;
 * - `oversight`: an article gives the agency oversight (监督) of the procedure,
 *   cited on the machine. Where the sources name no such body, there is none.
 *
 * The same facts serve one case (get, history) and lists: a list shows the
 * cases of the machines the agency may read as a whole (named, oversight),
 * plus the cases that bind it.
 */
import type { ArticleId } from "../catalogue/Article.ts"
import type { AnyMachine } from "./Machine.ts"

export type { Oversight } from "./Actor.ts"

/** Why a principal may read a case. */
export type ReadGrant =
  | { readonly basis: "named"; readonly agency: string; readonly citations: ReadonlyArray<ArticleId> }
  | { readonly basis: "bound"; readonly agency: string; readonly citations: ReadonlyArray<ArticleId> }
  | { readonly basis: "oversight"; readonly agency: string; readonly citations: ReadonlyArray<ArticleId> }

const namedByMachine = new WeakMap<object, ReadonlyMap<string, ReadonlyArray<ArticleId>>>()

/** The agencies a machine's actor tables name, each with the articles of the entries that name it. */
export const namedParties = (machine: AnyMachine): ReadonlyMap<string, ReadonlyArray<ArticleId>> => {
  let named = namedByMachine.get(machine)
  if (named === undefined) {
    const found = new Map<string, Set<ArticleId>>()
    for (const t of machine.transitions) {
      for (const a of t.actors) {
        if (a.agency.kind !== "named") continue
        const cites = found.get(a.agency.agency) ?? new Set<ArticleId>()
        for (const c of a.citations) cites.add(c)
        found.set(a.agency.agency, cites)
      }
    }
    named = new Map([...found].map(([agency, cites]) => [agency, [...cites]]))
    namedByMachine.set(machine, named)
  }
  return named
}

/** The agencies the machine's references resolve to in `context` (a reference that throws binds no one). */
export const referencedAgencies = (machine: AnyMachine, context: unknown): ReadonlyArray<string> => {
  const out: Array<string> = []
  for (const ref of Object.values(machine.agencyRefs)) {
    try {
      const agency = ref.resolve(context)
      if (typeof agency === "string" && agency.length > 0) out.push(agency)
    } catch {
      // a context without the field binds no agency through it
    }
  }
  return out
}

/**
 * The agencies a step binds to a case: its references on the context after
 * the step, and the actor who took it. Accumulate over the case's history.
 */
export const bind = (
  bound: ReadonlySet<string>,
  machine: AnyMachine,
  context: unknown,
  actor: { readonly agency: string }
): ReadonlySet<string> => {
  const next = new Set(bound)
  next.add(actor.agency)
  for (const a of referencedAgencies(machine, context)) next.add(a)
  return next
}

/** Whether `agency` may read every case of the machine, and why (named party or oversight). */
export const machineGrant = (machine: AnyMachine, agency: string): ReadGrant | null => {
  const named = namedParties(machine).get(agency)
  if (named !== undefined) return { basis: "named", agency, citations: named }
  const over = (machine.oversight ?? []).find((o) => o.agency === agency)
  return over === undefined ? null : { basis: "oversight", agency, citations: over.citations }
}

/** Whether a principal may read a case that binds `bound`, and why; null when not (deny by default). */
export const mayRead = (
  machine: AnyMachine,
  bound: ReadonlySet<string> | ReadonlyArray<string>,
  principal: { readonly agency: string }
): ReadGrant | null => {
  const whole = machineGrant(machine, principal.agency)
  if (whole !== null) return whole
  const binds = Array.isArray(bound)
    ? bound.includes(principal.agency)
    : (bound as ReadonlySet<string>).has(principal.agency)
  return binds ? { basis: "bound", agency: principal.agency, citations: machine.citations } : null
}

/** The machines whose every case `agency` may read (for filtering lists). */
export const readableMachines = (machines: ReadonlyArray<AnyMachine>, agency: string): ReadonlyArray<string> =>
  machines.filter((m) => machineGrant(m, agency) !== null).map((m) => m.id)
