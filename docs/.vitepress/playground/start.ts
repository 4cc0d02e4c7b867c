/**
 * How the playground starts a machine's case — the one place that knows it,
 * so that it can follow the machines' public input when it changes: today a
 * case starts from the JSON of a starting context (prefilled from the
 * machine's example, `Registry.examples`), decoded with the machine's
 * context schema, then `Transition.start` as of the chosen day.
 */
import * as Result from "effect/Result"
import { DecodeError, LocalDate, Registry, Transition } from "../../../packages/core/src/index.ts"
import type { AnyMachine, Outcome } from "./outcome.ts"

/** The JSON the editor is prefilled with, and the day the example is valid on. */
export const startingInput = (machine: AnyMachine): { readonly json: unknown; readonly asOf: string } => {
  const example = Registry.examples.find((e) => e.machine === machine.id)
  return { json: example?.input ?? {}, asOf: example?.asOf ?? "2026-03-02" }
}

/** Starts a case from the editor's JSON: the snapshot, the problems of bad input, or the refusal. */
export const startCase = (machine: AnyMachine, json: unknown, asOf: string): Outcome => {
  if (!LocalDate.isLocalDate(asOf)) return { kind: "bad-date", asOf }
  const input = DecodeError.decoder(machine.input, `${machine.id} input`)(json)
  if (Result.isFailure(input)) return { kind: "invalid", problems: input.failure.problems }
  const started = Transition.begin(machine, input.success, LocalDate.make(asOf))
  return Result.isSuccess(started)
    ? { kind: "started", snapshot: started.success }
    : { kind: "refused", decision: started.failure }
}
