/**
 * For each transition of a machine, a shortest sequence of events (each with a
 * permitted actor) after which that transition is accepted — found with the
 * core's own pure transition function, so the HTTP tests can replay it.
 */
import { type Actor, DecodeError, type Machine, type Registry, Transition } from "@zhengwu/core"
import * as Result from "effect/Result"

export interface Step {
  readonly event: string
  readonly agency: string
  readonly role: string
}

type Snap = Machine.Snapshot<string, unknown>

export const pathsToEachTransition = (
  m: Machine.AnyMachine,
  example: Registry.MachineExample,
  asOf: string
): Map<string, ReadonlyArray<Step>> => {
  const input = DecodeError.decoder(m.input, m.id)(example.input)
  if (Result.isFailure(input)) throw input.failure
  const start = Transition.begin(m, input.success, asOf as never)
  if (Result.isFailure(start)) throw new Error(`${m.id}: start refused`)
  const found = new Map<string, ReadonlyArray<Step>>()
  const seen = new Set<string>()
  const queue: Array<[Snap, ReadonlyArray<Step>]> = [[start.success, []]]
  while (queue.length > 0 && found.size < m.transitions.length) {
    const [s, path] = queue.shift() as [Snap, ReadonlyArray<Step>]
    if (path.length > 9) continue
    for (const t of m.transitions.filter((x) => x.from === s.state)) {
      for (const rule of t.actors as ReadonlyArray<Actor.ActorRule>) {
        const agency = rule.agency.kind === "named" ? rule.agency.agency : example.unitAgency
        const event = Transition.decodeEvent(m, { type: t.event, payload: example.payloads[t.event] ?? {} })
        if (Result.isFailure(event)) continue
        const r = Transition.transition(
          m,
          s,
          event.success,
          { agency: agency as never, role: rule.role },
          asOf as never
        )
        if (r._tag !== "Accepted" || r.to !== t.to) continue
        const id = `${t.from} ${t.event} ${t.to}`
        if (!found.has(id)) found.set(id, path)
        const k = JSON.stringify([r.snapshot.state, r.snapshot.context])
        if (!seen.has(k)) {
          seen.add(k)
          queue.push([r.snapshot, [...path, { event: t.event, agency, role: rule.role }]])
        }
      }
    }
  }
  return found
}
