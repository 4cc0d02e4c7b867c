import type {
  Application,
  CertificateRecord,
  CertificationService,
  CustodyRegister,
  PersonId
} from "../../src/certificates/model.ts"
import * as LocalDate from "../../src/date/LocalDate.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"

export const d = LocalDate.make
export const unit = (s: string) => s as AgencyId
export const person = (s: string) => s as PersonId

/** A lawfully established service, recognised by all three bodies and built to the unified requirements. */
export const shect: CertificationService = {
  id: unit("ca-shect"),
  lawfullyEstablished: true,
  recognisedBy: ["sh-informatization-commission", "sh-cryptography-office", "sh-state-secrets-bureau"],
  meetsUnifiedRequirements: true
}

/** The Xuhui district office applies centrally for its own e-government certificate, with valid documents. */
export const officeApplication: Application = {
  applicant: { kind: "government-body", id: "xh-office" },
  holder: { kind: "unit", id: unit("xh-office") },
  domain: "e-government",
  service: shect,
  documentsValid: true
}

/** An active e-government certificate on a compliant carrier, valid 2024-01-01 to 2027-12-31. */
export const c001: CertificateRecord = {
  serial: "C001",
  status: "active",
  validFrom: d("2024-01-01"),
  validUntil: d("2027-12-31"),
  domain: "e-government",
  carrier: { meetsNationalCryptographyRules: true }
}
export const c002: CertificateRecord = { ...c001, serial: "C002" }

export const wang = person("p-wang")
export const li = person("p-li")
export const zhang = person("p-zhang")

/**
 * The Xuhui district office's register: two certificates, complete internal
 * rules, Wang keeps both since 2024-01-01, and Li is authorised (A1) to use
 * C001 for official document flow through 2026.
 */
export const officeRegister: CustodyRegister = {
  holder: { kind: "unit", id: unit("xh-office") },
  internalRules: { actualCustodian: true, rightsOfUse: true, purpose: true, register: true, issuing: true },
  certificates: [c001, c002],
  entries: [
    { type: "custodian-assigned", serial: "C001", custodian: wang, on: d("2024-01-01") },
    { type: "custodian-assigned", serial: "C002", custodian: wang, on: d("2024-01-01") },
    {
      type: "authorised",
      id: "A1",
      serial: "C001",
      grantee: li,
      purposes: ["official-document-flow"],
      from: d("2026-01-01"),
      until: d("2026-12-31")
    }
  ]
}

/** Zhang's own e-commerce certificate, kept by Zhang. */
export const zhangRegister: CustodyRegister = {
  holder: { kind: "individual", id: zhang },
  internalRules: null,
  certificates: [{ ...c001, serial: "Z001", domain: "e-commerce" }],
  entries: []
}
