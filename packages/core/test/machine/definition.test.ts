import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import * as Rule from "../../src/decision/Rule.ts"
import * as Machine from "../../src/machine/Machine.ts"
import * as Registry from "../../src/registry.ts"

const Empty = Schema.Struct({})
type Events = { readonly go: typeof Empty.Type; readonly stop: typeof Empty.Type }
const Input = Schema.Struct({ unit: Schema.String })
const always = Rule.make<Machine.GuardInput<{ unit: string }, Events>>({
  id: "seals/always",
  title: { zh: "总是满足", en: "always" },
  citations: ["xuhui-eseal-2015/7"],
  check: () => Rule.satisfied("ok", "满足")
})

/** A small well-formed definition, changed by each test to break one thing. */
const base = {
  id: "seals/test",
  title: { zh: "测试", en: "test" },
  citations: ["xuhui-eseal-2015/7"] as never,
  initial: "a" as const,
  input: Input,
  initialContext: (i: { unit: string }) => i,
  context: Input,
  states: { a: { description: { zh: "甲", en: "a" } }, b: { description: { zh: "乙", en: "b" }, final: true } },
  events: {
    go: { description: { zh: "前进", en: "go" }, payload: Empty },
    stop: { description: { zh: "停止", en: "stop" }, payload: Empty }
  },
  guards: { always },
  actions: { keep: (c: { unit: string }) => c },
  agencyRefs: { unit: { description: { zh: "本单位", en: "the unit" }, resolve: (c: { unit: string }) => c.unit } },
  roles: { clerk: { zh: "经办人", en: "clerk" } }
}
const go = {
  from: "a" as const,
  event: "go" as const,
  to: "b" as const,
  guards: ["always" as const],
  action: "keep" as const,
  actors: [
    { agency: { kind: "case" as const, ref: "unit" }, role: "clerk", citations: ["xuhui-eseal-2015/7"] as never }
  ]
}
const stop = { ...go, event: "stop" as const }

const define = (change: Record<string, unknown>) =>
  Machine.make<"a" | "b", { unit: string }, Events>()({ ...base, transitions: [go, stop], ...change } as never)

const problemsOf = (change: Record<string, unknown>) => {
  try {
    define(change)
    return []
  } catch (e) {
    expect(e).toBeInstanceOf(Machine.MachineDefinitionError)
    return (e as Machine.MachineDefinitionError).problems
  }
}

describe("a machine is a checked definition", () => {
  it("every shipped machine holds together: states, events, guards, actions, references and role names", () => {
    for (const m of Registry.machines) expect(Machine.problems(m), m.id).toEqual([])
  })

  it("every shipped machine names each role its actor tables use, in Chinese and English", () => {
    for (const m of Registry.machines) {
      for (const t of m.transitions)
        for (const a of t.actors) expect(m.roles[a.role]?.zh, `${m.id} ${a.role}`).toBeTruthy()
    }
  })

  it("a well-formed definition is defined", () => {
    expect(problemsOf({})).toEqual([])
  })

  it.each([
    ["an unknown guard", { transitions: [{ ...go, guards: ["sometimes"] }, stop] }, "guard “sometimes” is not defined"],
    ["an unknown action", { transitions: [{ ...go, action: "forget" }, stop] }, "action “forget” is not defined"],
    ["an unknown target state", { transitions: [{ ...go, to: "c" }, stop] }, "“c” is not a state"],
    ["an unknown event", { transitions: [go, stop, { ...go, event: "jump" }] }, "“jump” is not an event"],
    ["an unknown initial state", { initial: "z" }, "initial state “z” is not a state"],
    [
      "an unknown agency reference",
      { transitions: [{ ...go, actors: [{ ...go.actors[0], agency: { kind: "case", ref: "owner" } }] }, stop] },
      "agency reference “owner” is not defined"
    ],
    ["a role without a name", { roles: {} }, "role “clerk” has no name"],
    [
      "a guard nothing uses",
      {
        transitions: [
          { ...go, guards: [] },
          { ...stop, guards: [] }
        ]
      },
      "guard “always” is defined but never used"
    ],
    ["an event no transition takes", { transitions: [go] }, "event “stop” is declared but no transition takes it"],
    ["a transition nobody may fire", { transitions: [{ ...go, actors: [] }, stop] }, "no actor may fire it"]
  ])("%s is a definition error, not a transition that silently does nothing", (_, change, expected) => {
    expect(problemsOf(change).join("; ")).toContain(expected)
  })

  it("guard and action names are typed by the definition", () => {
    const check = () =>
      Machine.make<"a" | "b", { unit: string }, Events>()({
        ...base,
        transitions: [
          // @ts-expect-error `sometimes` is not a guard of this machine
          { ...go, guards: ["sometimes"] },
          // @ts-expect-error `forget` is not an action of this machine
          { ...stop, action: "forget" }
        ]
      })
    expect(check).toThrow(Machine.MachineDefinitionError)
  })
})
