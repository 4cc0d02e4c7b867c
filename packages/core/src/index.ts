/**
 * @zhengwu/core — Shanghai e-government regulations as code: the regulation
 * catalogue, decisions that cite their articles, procedures as machines, and
 * the ports that storage and transport adapters implement.
 */

export * as Approvals from "./approvals/index.ts"
export * as CaseError from "./cases/CaseError.ts"
export * as Cases from "./cases/Cases.ts"
export * as Integrity from "./cases/Integrity.ts"
export * as Article from "./catalogue/Article.ts"
export * as Catalogue from "./catalogue/Catalogue.ts"
export * as Document from "./catalogue/Document.ts"
export { excluded } from "./catalogue/excluded.ts"
export * as Certificates from "./certificates/index.ts"
export * as Coverage from "./coverage.ts"
export * as LocalDate from "./date/LocalDate.ts"
export * as Decision from "./decision/Decision.ts"
export * as DecodeError from "./decision/DecodeError.ts"
export * as Finding from "./decision/Finding.ts"
export * as Rule from "./decision/Rule.ts"
export * as Validator from "./decision/Validator.ts"
export * as Actor from "./machine/Actor.ts"
export * as Machine from "./machine/Machine.ts"
export * as MachineJson from "./machine/serialise.ts"
export * as Transition from "./machine/transition.ts"
export * as Networks from "./networks/index.ts"
export * from "./ports/index.ts"
export * as Registry from "./registry.ts"
export * as Seals from "./seals/index.ts"
export * as Security from "./security/index.ts"
