/** Every procedure the core ships, in the order of the design. */
import { procedure as approvals } from "./approvals/procedure.ts"
import { procedure as archives } from "./archives/procedure.ts"
import { procedure as certificates } from "./certificates/procedure.ts"
import { procedure as dataSharing } from "./data-sharing/procedure.ts"
import { procedure as eLicences } from "./e-licences/procedure.ts"
import { procedure as networks } from "./networks/procedure.ts"
import type { Procedure } from "./procedure.ts"
import { procedure as seals } from "./seals/procedure.ts"
import { procedure as security } from "./security/procedure.ts"
import { procedure as websites } from "./websites/procedure.ts"

export const procedures: ReadonlyArray<Procedure> = [
  approvals,
  networks,
  security,
  certificates,
  seals,
  archives,
  dataSharing,
  websites,
  eLicences
]
