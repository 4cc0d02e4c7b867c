/**
 * Ports: the services through which the core touches time, identity and
 * storage, with in-memory implementations. Adapters (Postgres, …) implement
 * the same services and prove it with the contract suites in
 * `@zhengwu/core/testing`.
 */
export * as ApiKeys from "./ApiKeys.ts"
export * as AuditedAppend from "./AuditedAppend.ts"
export * as AuditLog from "./AuditLog.ts"
export * as CaseIndex from "./CaseIndex.ts"
export * as Clock from "./Clock.ts"
export * as CanonicalJson from "./canonicalJson.ts"
export * as EventStore from "./EventStore.ts"
export * as Ids from "./Ids.ts"
export * as AuditLogMemory from "./memory/AuditLogMemory.ts"
export * as CaseIndexMemory from "./memory/CaseIndexMemory.ts"
export * as EventStoreMemory from "./memory/EventStoreMemory.ts"
export * as Memory from "./memory/layer.ts"
export * as RateLimits from "./RateLimits.ts"
export * as Sha256 from "./sha256Hex.ts"
export * as UnitOfWork from "./UnitOfWork.ts"
