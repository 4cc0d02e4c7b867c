/** Every procedure the core ships, in the order of the design. */
import type { Procedure } from "./procedure.ts"
import { procedure as seals } from "./seals/procedure.ts"

export const procedures: ReadonlyArray<Procedure> = [seals]
