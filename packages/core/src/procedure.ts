/**
 * What a procedure folder contributes to the registry: its validators, its
 * machines, and for the articles it deliberately does not encode, why.
 */
import type { Validator } from "./decision/Validator.ts"
import type { AnyMachine } from "./machine/Machine.ts"

// biome-ignore lint/suspicious/noExplicitAny: the registry holds validators of every input type
export type AnyValidator = Validator<any>

export interface CoverageDecision {
  readonly status: "not-formalised" | "not-a-rule"
  readonly reason: string
}

export interface Procedure {
  /** The folder name, e.g. `seals`; rule ids of the procedure start with it. */
  readonly id: string
  readonly validators: ReadonlyArray<AnyValidator>
  readonly machines: ReadonlyArray<AnyMachine>
  /** Articles this procedure leaves out or finds no rule in, keyed by article id. */
  readonly coverage: Readonly<Record<string, CoverageDecision>>
  /**
   * For each machine, a valid input to start a case and a payload for each event
   * that satisfies its guards, as plain JSON (what a client would send). The
   * case's own agency fields name `unitAgency`, so tests and demos can act as
   * that unit. Used by the HTTP permission-matrix tests and the docs.
   */
  readonly examples?: ReadonlyArray<MachineExample> | undefined
}

export interface MachineExample {
  readonly machine: string
  /** The agency id the input uses for the case's own unit. */
  readonly unitAgency: string
  /** What a caller sends to start the case (the machine's `input`), as plain JSON. */
  readonly input: unknown
  readonly payloads: Readonly<Record<string, unknown>>
  /** The day the example is valid on (guards are checked as of a date). */
  readonly asOf: string
}
