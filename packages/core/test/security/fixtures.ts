import * as LocalDate from "../../src/date/LocalDate.ts"
import type { AgencyId } from "../../src/machine/Actor.ts"
import type { IdentificationRequest, SystemSecurity } from "../../src/security/model.ts"

export const d = LocalDate.make
export const agency = (s: string) => s as AgencyId

/** A non-classified district system: governed by the district office, run by its IT centre, used by two bureaus. */
export const oa: SystemSecurity = {
  system: "pd-oa",
  secrecy: "non-classified",
  competentAuthority: agency("pd-office"),
  operator: agency("pd-it-center"),
  users: [agency("pd-education"), agency("pd-health")],
  regimes: ["graded-protection", "security-testing", "emergency-management", "security-inspection"]
}

/** A level 3 system with every control and a policy at the practice thresholds. */
export const level3: IdentificationRequest = {
  system: "pd-oa",
  level: 3,
  controls: [
    "identification-and-authentication",
    "login-failure-handling",
    "remote-management-protection",
    "multi-factor-with-cryptography",
    "accounts-and-rights-assigned",
    "default-accounts-handled",
    "surplus-and-shared-accounts-removed",
    "least-privilege-and-admin-separation"
  ],
  passwords: { minLength: 8, characterClasses: 3, maxAgeDays: 90, maxFailedLogins: 5 }
}
