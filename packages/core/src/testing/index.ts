/**
 * @zhengwu/core/testing — for adapters' and users' own tests: the port contract
 * suites (run them against your EventStore / AuditLog layer) and fast-check
 * arbitraries for the regulated inputs. Needs vitest and fast-check.
 */
export * as ApprovalArbitraries from "./arbitraries/approvals.ts"
export * as ArchiveArbitraries from "./arbitraries/archives.ts"
export * as CertificateArbitraries from "./arbitraries/certificates.ts"
export * as DataSharingArbitraries from "./arbitraries/data-sharing.ts"
export * as ELicenceArbitraries from "./arbitraries/e-licences.ts"
export * as NetworkArbitraries from "./arbitraries/networks.ts"
export * as SealArbitraries from "./arbitraries/seals.ts"
export * as SecurityArbitraries from "./arbitraries/security.ts"
export * as WebsiteArbitraries from "./arbitraries/websites.ts"
export * from "./contracts/index.ts"
