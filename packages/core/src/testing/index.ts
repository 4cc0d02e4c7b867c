/**
 * @zhengwu/core/testing — for adapters' and users' own tests: the port contract
 * suites (run them against your EventStore / AuditLog layer) and fast-check
 * arbitraries for the regulated inputs. Needs vitest and fast-check.
 */
export * as CertificateArbitraries from "./arbitraries/certificates.ts"
export * as SealArbitraries from "./arbitraries/seals.ts"
export * from "./contracts/index.ts"
