/**
 * fast-check arbitraries for the security model, shipped for users' own
 * property tests: harms and grading requests, systems with their parties and
 * regimes, role changes, identification requests, products and websites.
 */
import fc from "fast-check"
import type { AgencyId } from "../../machine/Actor.ts"
import type {
  Control,
  DegreeOfHarm,
  GradingRequest,
  Harm,
  HarmedObject,
  IdentificationRequest,
  Parties,
  PasswordPolicy,
  ProductUse,
  ProtectionLevel,
  Regime,
  RoleChange,
  SystemSecurity,
  WebsiteResponsibility
} from "../../security/model.ts"
import { secrecy } from "./networks.ts"

export { secrecy } from "./networks.ts"

export const agencyId: fc.Arbitrary<AgencyId> = fc
  .constantFrom("sh-gov-office", "sh-big-data-center", "pd-office", "xh-education", "pd-it-center")
  .map((s) => s as AgencyId)

/** Objects and degrees in the table's order (least to most serious). */
export const harmedObjects: ReadonlyArray<HarmedObject> = [
  "citizens-and-organisations",
  "social-order-and-public-interest",
  "national-security"
]
export const degrees: ReadonlyArray<DegreeOfHarm> = ["general", "serious", "especially-serious"]

export const harm: fc.Arbitrary<Harm> = fc.record({
  object: fc.constantFrom(...harmedObjects),
  degree: fc.constantFrom(...degrees)
})
export const harms: fc.Arbitrary<readonly [Harm, ...Harm[]]> = fc
  .array(harm, { minLength: 1, maxLength: 3 })
  .map((xs) => xs as unknown as readonly [Harm, ...Harm[]])

export const protectionLevel: fc.Arbitrary<ProtectionLevel> = fc.constantFrom(1, 2, 3, 4, 5)

export const gradingRequest: fc.Arbitrary<GradingRequest> = fc.record({
  system: fc.constantFrom("sys-a", "sys-b"),
  secrecy,
  businessInformation: harms,
  systemService: harms,
  declaredLevel: protectionLevel
})

export const regime: fc.Arbitrary<Regime> = fc.constantFrom(
  "graded-protection",
  "classified-protection",
  "security-testing",
  "emergency-management",
  "security-inspection"
)

/** Well-formed parties: a competent authority, an operator and at least one user (possibly the same agency). */
export const parties: fc.Arbitrary<Parties> = fc.record({
  competentAuthority: agencyId,
  operator: agencyId,
  users: fc
    .array(agencyId, { minLength: 1, maxLength: 4 })
    .map((xs) => xs as unknown as readonly [AgencyId, ...AgencyId[]])
})

export const systemSecurity: fc.Arbitrary<SystemSecurity> = fc.record({
  system: fc.constantFrom("sys-a", "sys-b"),
  secrecy,
  competentAuthority: fc.option(agencyId, { nil: null, freq: 4 }),
  operator: fc.option(agencyId, { nil: null, freq: 4 }),
  users: fc.array(agencyId, { maxLength: 3 }),
  regimes: fc.uniqueArray(regime, { maxLength: 5 })
})

const duty = fc.constantFrom("grant-rights", "approve-rights", "audit", "operate", "develop")

export const roleChange: fc.Arbitrary<RoleChange> = fc.record({
  change: fc.constantFrom("create-role", "modify-role", "modify-group"),
  role: fc.record({ id: fc.constantFrom("clerk", "admin"), duties: fc.uniqueArray(duty, { maxLength: 4 }) }),
  incompatibleDuties: fc.array(fc.tuple(duty, duty), { maxLength: 3 }),
  signOff: fc.option(
    fc.record({
      by: fc.constantFrom("王主任", "李科长"),
      capacity: fc.constantFrom("business-department-head", "authorised-person")
    }),
    { nil: null }
  )
})

export const control: fc.Arbitrary<Control> = fc.constantFrom(
  "identification-and-authentication",
  "login-failure-handling",
  "remote-management-protection",
  "multi-factor-with-cryptography",
  "accounts-and-rights-assigned",
  "default-accounts-handled",
  "surplus-and-shared-accounts-removed",
  "least-privilege-and-admin-separation"
)

export const passwordPolicy: fc.Arbitrary<PasswordPolicy> = fc.record({
  minLength: fc.integer({ min: 1, max: 20 }),
  characterClasses: fc.integer({ min: 1, max: 4 }),
  maxAgeDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  maxFailedLogins: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null })
})

export const identificationRequest: fc.Arbitrary<IdentificationRequest> = fc.record({
  system: fc.constantFrom("sys-a", "sys-b"),
  level: protectionLevel,
  controls: fc.uniqueArray(control, { maxLength: 8 }),
  passwords: passwordPolicy
})

export const productUse: fc.Arbitrary<ProductUse> = fc.record({
  project: fc.constantFrom("proj-1", "proj-2"),
  software: fc.array(
    fc.record({
      name: fc.constantFrom("os", "db", "office"),
      licensed: fc.boolean(),
      basic: fc.boolean(),
      domesticIp: fc.boolean()
    }),
    { maxLength: 3 }
  ),
  securityProducts: fc.array(fc.record({ name: fc.constantFrom("firewall", "ids"), certified: fc.boolean() }), {
    maxLength: 3
  })
})

const person = fc.option(fc.constantFrom("张三", "李四"), { nil: null, freq: 4 })

export const websiteResponsibility: fc.Arbitrary<WebsiteResponsibility> = fc.record({
  website: fc.constantFrom("www.example.gov.cn"),
  leaderInCharge: person,
  firstResponsiblePerson: person,
  responsibleDepartment: fc.option(fc.constantFrom("信息中心"), { nil: null, freq: 4 }),
  responsiblePerson: person
})
