/** Every procedure the core ships, in the order of the design. */
import { procedure as certificates } from "./certificates/procedure.ts"
import type { Procedure } from "./procedure.ts"
import { procedure as seals } from "./seals/procedure.ts"

export const procedures: ReadonlyArray<Procedure> = [certificates, seals]
