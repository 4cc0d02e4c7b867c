/**
 * The digital certificate (数字证书) model, sh-digital-cert: the domains of use,
 * certification services (电子认证服务机构), applications, the certificate and its
 * status, fees, carriers, the custody register and disclosure requests.
 *
 * Art 2 defines a digital certificate as a cryptography-based electronic
 * signature certificate that links a signatory to the signature-creation data;
 * the SDK never looks inside one, it records what the measures ask about it.
 */
import * as Schema from "effect/Schema"
import { LocalDate } from "../date/LocalDate.ts"
import { AgencyId } from "../machine/Actor.ts"
import { Activity } from "./activities.ts"

/**
 * The three domains arts 5-8 and 11 sort certificate use into: e-government
 * (电子政务活动), public services (社会公共服务活动) and e-commerce (电子商务活动).
 */
export const Domain = Schema.Literals(["e-government", "public-service", "e-commerce"])
export type Domain = typeof Domain.Type

/** A certificate's serial number. */
export const Serial = Schema.NonEmptyString
export type Serial = typeof Serial.Type

/** A natural person: an individual holder, a custodian, or someone authorised to use a certificate. */
export const PersonId = Schema.NonEmptyString.pipe(Schema.brand("PersonId"))
export type PersonId = typeof PersonId.Type

/** A PersonId from a literal (for data tables, examples and tests); throws on an empty string. */
export const personId = (s: string): PersonId => {
  if (s.length === 0) throw new Error("a person id is not empty")
  return s as PersonId
}

/**
 * Who holds a certificate (数字证书持有人): a unit (单位) or an individual (个人),
 * the two kinds of applicant of art 9.
 */
export const Holder = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("unit"), id: AgencyId }),
  Schema.Struct({ kind: Schema.Literal("individual"), id: PersonId })
])
export type Holder = typeof Holder.Type

/**
 * Who files an application, as art 9 lists them: a government body (政府机构),
 * an organisation authorised by law or regulation to manage public affairs
 * (法律法规授权的具有管理公共事务职能的组织), an enterprise or public institution
 * (企事业单位), a private non-enterprise unit (民办非企业单位) — together "units"
 * (单位) — or an individual (个人).
 */
export const ApplicantKind = Schema.Literals([
  "government-body",
  "authorised-public-organisation",
  "enterprise-or-institution",
  "private-non-enterprise-unit",
  "individual"
])
export type ApplicantKind = typeof ApplicantKind.Type

export const Applicant = Schema.Struct({
  kind: ApplicantKind,
  /** The unit's agency id, or the individual's person id. */
  id: Schema.NonEmptyString
})
export type Applicant = typeof Applicant.Type

/** The three bodies whose joint recognition (共同认可) an e-government service needs (art 5; named in art 4). */
export const RecognisingAuthority = Schema.Literals([
  "sh-informatization-commission",
  "sh-cryptography-office",
  "sh-state-secrets-bureau"
])
export type RecognisingAuthority = typeof RecognisingAuthority.Type

/** A certification service (电子认证服务机构) as art 5 asks about it. */
export const CertificationService = Schema.Struct({
  id: AgencyId,
  /** 依法设立: lawfully established. */
  lawfullyEstablished: Schema.Boolean,
  /** Which of the three art 4 bodies have recognised it (all three are needed for e-government). */
  recognisedBy: Schema.Array(RecognisingAuthority),
  /** 其系统建设符合本市统一的电子认证服务体系的建设要求: its system meets the city's unified requirements. */
  meetsUnifiedRequirements: Schema.Boolean
})
export type CertificationService = typeof CertificationService.Type

/** May this service serve this domain (art 5)? */
export const ServiceQuery = Schema.Struct({ domain: Domain, service: CertificationService })
export type ServiceQuery = typeof ServiceQuery.Type

/** What a certificate is needed for (arts 6-8): identity (身份认证), authorisation (授权管理), accountability (责任认定). */
export const Need = Schema.Literals(["identity-authentication", "authorisation-management", "accountability"])
export type Need = typeof Need.Type

/** Must (arts 6-7) or should (art 8) this activity use a certificate, and does it? */
export const RequirementQuery = Schema.Struct({
  activity: Activity,
  /** What the activity needs to settle; none of the three puts it outside arts 6-8. */
  needs: Schema.Array(Need),
  usesCertificate: Schema.Boolean
})
export type RequirementQuery = typeof RequirementQuery.Type

/** An application for a certificate (art 9). */
export const Application = Schema.Struct({
  /** Who files the application with the certification service. */
  applicant: Applicant,
  /** Who will hold the certificate: the unit itself, one of its people, or the individual applicant. */
  holder: Holder,
  domain: Domain,
  service: CertificationService,
  /** 提供合法,有效的证件或者证明材料: lawful and valid identity documents or proof were given. */
  documentsValid: Schema.Boolean
})
export type Application = typeof Application.Type

/**
 * A certificate's carrier (载体). Art 12 requires one that meets the national
 * cryptography rules (符合国家密码管理相关规定); the source names no kinds of carrier.
 */
export const Carrier = Schema.Struct({ meetsNationalCryptographyRules: Schema.Boolean })
export type Carrier = typeof Carrier.Type

/**
 * A fee standard (收费标准, art 11): approved by the municipal price authority
 * with the departments concerned (经市价格主管部门会同有关部门批准), posted by the
 * service (明码标示), or agreed in the service agreement (由数字证书使用服务协议约定).
 */
export const FeeStandard = Schema.Struct({
  approvedByPriceAuthority: Schema.Boolean,
  postedByService: Schema.Boolean,
  agreedInServiceAgreement: Schema.Boolean
})
export type FeeStandard = typeof FeeStandard.Type

/** The fee charged for a certificate of a domain; `fee` is null when nothing is charged. */
export const FeeQuery = Schema.Struct({ domain: Domain, fee: Schema.NullOr(FeeStandard) })
export type FeeQuery = typeof FeeQuery.Type

/**
 * What a service agreement (数字证书使用服务协议) sets, as art 10 lists it:
 * renewal (更新), loss reporting (挂失), revocation (撤销) and the parties'
 * rights and duties (各方的权利义务); the list is open (等), so an agreement may
 * set more, which the SDK does not track.
 */
export const AgreementTerm = Schema.Literals(["renewal", "loss-report", "revocation", "rights-and-duties"])
export type AgreementTerm = typeof AgreementTerm.Type

/** A signed service agreement (art 9) and what it sets (art 10). */
export const ServiceAgreement = Schema.Struct({ reference: Schema.NonEmptyString, terms: Schema.Array(AgreementTerm) })
export type ServiceAgreement = typeof ServiceAgreement.Type

/** What a service checks before it issues (art 9, with the fee of art 11 and the carrier of art 12). */
export const Issuance = Schema.Struct({
  serial: Serial,
  domain: Domain,
  /** 经审查符合申请条件: the application was reviewed and met the conditions. */
  reviewPassed: Schema.Boolean,
  /** 双方签订数字证书使用服务协议: the service agreement is signed. */
  agreementSigned: Schema.Boolean,
  carrier: Carrier,
  fee: Schema.NullOr(FeeStandard)
})
export type Issuance = typeof Issuance.Type

/**
 * A certificate's recorded status. Art 10 names renewal (更新), loss report (挂失)
 * and revocation (撤销): a renewed certificate is simply active with new dates.
 * Expiry is by date (`validUntil`), not a status.
 */
export const CertificateStatus = Schema.Literals(["active", "reported-lost", "revoked"])
export type CertificateStatus = typeof CertificateStatus.Type

/**
 * A certificate as it stands when asked: its status and its days of validity
 * (both inclusive). Whether it may sign on a day is decided in one place,
 * `art10-certificate-valid.ts`, for certificates and seals alike.
 */
export const CertificateSnapshot = Schema.Struct({
  serial: Serial,
  status: CertificateStatus,
  validFrom: LocalDate,
  validUntil: LocalDate
})
export type CertificateSnapshot = typeof CertificateSnapshot.Type

/** A certificate as its holder's custody register records it. */
export const CertificateRecord = Schema.Struct({
  ...CertificateSnapshot.fields,
  domain: Domain,
  carrier: Carrier
})
export type CertificateRecord = typeof CertificateRecord.Type

/** Art 12: a person is named the certificate's actual custodian (实际保管人) from a day. */
export const CustodianAssigned = Schema.Struct({
  type: Schema.Literal("custodian-assigned"),
  serial: Serial,
  custodian: PersonId,
  on: LocalDate
})
export type CustodianAssigned = typeof CustodianAssigned.Type

/** Custody passes from one person to another on a day (交接). */
export const HandedOver = Schema.Struct({
  type: Schema.Literal("handed-over"),
  serial: Serial,
  from: PersonId,
  to: PersonId,
  on: LocalDate
})
export type HandedOver = typeof HandedOver.Type

/**
 * An explicit authorisation (明确授权, art 12) by the register's holder: who may
 * use which certificate, for which activities, from and until which day
 * (both inclusive).
 */
export const Authorised = Schema.Struct({
  type: Schema.Literal("authorised"),
  id: Schema.NonEmptyString,
  serial: Serial,
  grantee: PersonId,
  purposes: Schema.NonEmptyArray(Activity),
  from: LocalDate,
  until: LocalDate
})
export type Authorised = typeof Authorised.Type

/** An authorisation withdrawn from a day on. */
export const AuthorisationWithdrawn = Schema.Struct({
  type: Schema.Literal("authorisation-withdrawn"),
  id: Schema.NonEmptyString,
  on: LocalDate
})
export type AuthorisationWithdrawn = typeof AuthorisationWithdrawn.Type

export const RegisterEntry = Schema.Union([CustodianAssigned, HandedOver, Authorised, AuthorisationWithdrawn])
export type RegisterEntry = typeof RegisterEntry.Type

/**
 * A unit's internal rules (内部规章制度, art 12), as far as they name the five
 * things the article lists: the actual custodian (实际保管人), rights of use
 * (使用权限), purpose (用途), register (登记) and issuing (发放).
 */
export const InternalRules = Schema.Struct({
  actualCustodian: Schema.Boolean,
  rightsOfUse: Schema.Boolean,
  purpose: Schema.Boolean,
  register: Schema.Boolean,
  issuing: Schema.Boolean
})
export type InternalRules = typeof InternalRules.Type

export const internalRuleItems = ["actualCustodian", "rightsOfUse", "purpose", "register", "issuing"] as const
export type InternalRuleItem = (typeof internalRuleItems)[number]

/**
 * A holder's custody register (登记): its certificates, its internal rules (for
 * a unit), and the dated entries — custodians, handovers, authorisations and
 * their withdrawal. Entries dated after the day asked are ignored.
 */
export const CustodyRegister = Schema.Struct({
  holder: Holder,
  internalRules: Schema.NullOr(InternalRules),
  certificates: Schema.Array(CertificateRecord),
  entries: Schema.Array(RegisterEntry)
})
export type CustodyRegister = typeof CustodyRegister.Type

/** May this person use this certificate for this activity (on the day asked)? */
export const UseQuery = Schema.Struct({
  register: CustodyRegister,
  serial: Serial,
  user: PersonId,
  activity: Activity
})
export type UseQuery = typeof UseQuery.Type

/** Is this handover (on its day) made by the certificate's custodian? */
export const HandoverQuery = Schema.Struct({ register: CustodyRegister, handover: HandedOver })
export type HandoverQuery = typeof HandoverQuery.Type

/**
 * Information art 13 protects: the holder's identity (持有人的身份信息) and the
 * keys a holder entrusted to the service (委托认证机构保管的数字证书密钥); anything
 * else is `other`.
 */
export const ProtectedInformation = Schema.Literals(["holder-identity", "entrusted-key", "other"])
export type ProtectedInformation = typeof ProtectedInformation.Type

/** A certification service or its staff is asked to disclose information (art 13). */
export const DisclosureRequest = Schema.Struct({
  information: ProtectedInformation,
  /** 法律法规另有规定: a law or regulation provides for this disclosure. */
  providedForByLaw: Schema.Boolean
})
export type DisclosureRequest = typeof DisclosureRequest.Type
