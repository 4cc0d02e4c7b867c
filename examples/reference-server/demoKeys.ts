/**
 * Demo keys: one per (agency, role) that an actor table of a shipped machine
 * names. Agencies the regulations name keep their ids; steps that the case's
 * own unit takes (a seal's owner, a project unit, …) get the demo unit
 * `demo-unit`. Keys are public and deterministic: for trying the API only.
 */
import { type Actor, Registry } from "@zhengwu/core"

export const demoUnit = "demo-unit"

/** The demo key of a principal: `demo-unit-<role>` for the case's own unit, `demo-<agency>-<role>` otherwise. */
export const demoKeyOf = (agency: string, role: string) =>
  agency === demoUnit ? `demo-unit-${role}` : `demo-${agency}-${role}`

export interface DemoKey {
  readonly key: string
  readonly agency: string
  readonly role: string
  readonly label: string
  /** The machines and events this principal may fire. */
  readonly may: ReadonlyArray<string>
  /** May read the audit trail (the demo auditor only). */
  readonly auditor?: boolean
}

/** The demo auditor: an operator-configured role that reads the audit trail; it fires nothing and reads no case. */
export const demoAuditor: DemoKey = {
  key: "demo-auditor",
  agency: "demo-audit-office",
  role: "auditor",
  label: "demo key: auditor",
  may: [],
  auditor: true
}

export const demoKeys = (): ReadonlyArray<DemoKey> => {
  const byPrincipal = new Map<string, { agency: string; role: string; name: string; may: Set<string> }>()
  for (const m of Registry.machines) {
    for (const t of m.transitions) {
      for (const a of t.actors as ReadonlyArray<Actor.ActorRule>) {
        const agency = a.agency.kind === "named" ? a.agency.agency : demoUnit
        const name = a.agency.kind === "named" ? a.agency.name.zh : "演示单位"
        const id = `${agency}|${a.role}`
        const known = byPrincipal.get(id) ?? { agency, role: a.role, name, may: new Set<string>() }
        known.may.add(`${m.id} ${t.event}`)
        byPrincipal.set(id, known)
      }
    }
  }
  return [...byPrincipal.values()]
    .sort((x, y) => (`${x.agency}|${x.role}` < `${y.agency}|${y.role}` ? -1 : 1))
    .map(
      (p): DemoKey => ({
        key: demoKeyOf(p.agency, p.role),
        agency: p.agency,
        role: p.role,
        label: `demo key: ${p.name} ${p.role}`,
        may: [...p.may].sort()
      })
    )
    .concat([demoAuditor])
}
