import { auditLogContract, caseIndexContract, casesContract, eventStoreContract } from "@zhengwu/core/testing"
import * as Engines from "./engines.ts"

const pglite = Engines.pgliteForFile()

eventStoreContract("EventStoreSql on PGlite", () => Engines.eventStore(pglite))
auditLogContract("AuditLogSql on PGlite", {
  layer: () => Engines.auditLog(pglite),
  tamper: () => Engines.auditLogWithTamper(pglite)
})
caseIndexContract("CaseIndexSql on PGlite", () => Engines.caseIndex(pglite))
casesContract("Cases on PGlite", () => Engines.cases(pglite))
