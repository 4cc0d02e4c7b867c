import { auditLogContract, caseIndexContract, casesContract, eventStoreContract } from "@zhengwu/core/testing"
import * as Engines from "./engines.ts"

eventStoreContract("EventStoreSql on PostgreSQL 15", () => Engines.eventStore(Engines.postgres))
auditLogContract("AuditLogSql on PostgreSQL 15", {
  layer: () => Engines.auditLog(Engines.postgres),
  tamper: () => Engines.auditLogWithTamper(Engines.postgres)
})
caseIndexContract("CaseIndexSql on PostgreSQL 15", () => Engines.caseIndex(Engines.postgres))
casesContract("Cases on PostgreSQL 15", () => Engines.cases(Engines.postgres))
