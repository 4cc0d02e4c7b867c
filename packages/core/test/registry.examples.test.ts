import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as LocalDate from "../src/date/LocalDate.ts"
import { decoder } from "../src/decision/DecodeError.ts"
import type { AgencyId } from "../src/machine/Actor.ts"
import type { AnyMachine, Snapshot } from "../src/machine/Machine.ts"
import * as Transition from "../src/machine/transition.ts"
import * as Registry from "../src/registry.ts"

/** Every transition of a machine is accepted from some snapshot reached with the example's payloads. */
const firedTransitions = (m: AnyMachine, example: (typeof Registry.examples)[number]) => {
  const asOf = LocalDate.make(example.asOf)
  const decoded = decoder(m.input, `${m.id} input`)(example.input)
  if (Result.isFailure(decoded)) throw decoded.failure
  const start = Transition.begin(m, decoded.success, asOf)
  if (Result.isFailure(start)) throw new Error(`${m.id}: start refused`)
  const fired = new Set<string>()
  const seen = new Set<string>()
  const queue: Array<[Snapshot<string, unknown>, number]> = [[start.success, 0]]
  while (queue.length > 0 && fired.size < m.transitions.length) {
    const [s, depth] = queue.shift() as [Snapshot<string, unknown>, number]
    if (depth > 9) continue
    for (const t of m.transitions.filter((x) => x.from === s.state)) {
      for (const rule of t.actors) {
        const agency = rule.agency.kind === "named" ? rule.agency.agency : example.unitAgency
        const event = Transition.decodeEvent(m, { type: t.event, payload: example.payloads[t.event] ?? {} })
        if (Result.isFailure(event)) continue
        const r = Transition.transition(m, s, event.success, { agency: agency as AgencyId, role: rule.role }, asOf)
        if (r._tag !== "Accepted" || r.to !== t.to) continue
        fired.add(`${t.from} ${t.event} ${t.to}`)
        const key = JSON.stringify([r.snapshot.state, r.snapshot.context])
        if (!seen.has(key)) {
          seen.add(key)
          queue.push([r.snapshot, depth + 1])
        }
      }
    }
  }
  return fired
}

describe("procedure examples", () => {
  it("every shipped machine has an example, and its input decodes with the machine's input schema", () => {
    const withExample = new Set(Registry.examples.map((e) => e.machine))
    expect(Registry.machines.map((m) => m.id).filter((id) => !withExample.has(id))).toEqual([])
  })

  it.each(Registry.examples.map((e) => [e.machine, e] as const))(
    "with the %s example every transition can be fired by an actor of its own table",
    (_, example) => {
      const m = Registry.getMachine(example.machine)
      if (m === undefined) throw new Error(example.machine)
      const fired = firedTransitions(m, example)
      expect(m.transitions.map((t) => `${t.from} ${t.event} ${t.to}`).filter((t) => !fired.has(t))).toEqual([])
    }
  )
})
