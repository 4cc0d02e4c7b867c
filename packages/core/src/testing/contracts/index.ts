/**
 * Contract suites for adapters: call them from a vitest file with the
 * adapter's layers to prove it behaves like the in-memory reference.
 */
export { type AuditLogContractOptions, auditLogContract } from "./AuditLogContract.ts"
export * as AuditLogTamper from "./AuditLogTamper.ts"
export { caseIndexContract } from "./CaseIndexContract.ts"
export { casesContract } from "./CasesContract.ts"
export { eventStoreContract } from "./EventStoreContract.ts"
