import * as AuditLogMemory from "../../src/ports/memory/AuditLogMemory.ts"
import { AuditLogTamper, auditLogContract } from "../../src/testing/contracts/index.ts"

auditLogContract("AuditLogMemory", {
  layer: () => AuditLogMemory.layer,
  tamper: () => AuditLogTamper.layerMemory
})
