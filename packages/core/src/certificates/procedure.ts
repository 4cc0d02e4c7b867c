/**
 * The certificate procedure's entry in the registry: its validators, machines
 * and coverage decisions.
 *
 * Choices the source leaves open (each also said where it is made):
 * - Art 10 leaves renewal, loss reporting and revocation to the service
 *   agreement and its model text, which the sources do not contain; that the
 *   agreement sets them (and the parties' rights and duties) is checked when it
 *   is signed (art10-service-agreement.ts), what it says is not. The SDK
 *   reads: a certificate signs only while active and within its validity
 *   (art10-certificate-valid.ts); the service renews and revokes, the holder
 *   (art 12) or the unit that applied centrally (art 9) reports a loss, the
 *   holder may withdraw its loss report, and neither a renewal nor a withdrawal
 *   happens after the validity ends (lifecycle.ts). Expiry is by date.
 * - Art 9 has both parties sign the agreement; either may record it.
 * - Art 12: a unit's certificate has no personal holder, so every person who
 *   uses it — its custodian included — needs the unit's explicit authorisation;
 *   custody passes by a handover from the current custodian; "needs to use two
 *   or more" is read as holding two or more that are neither revoked nor
 *   expired on the day (art12-custody.ts, register.ts).
 * - Arts 6-8 list activities with "等" and end with a catch-all item: the
 *   catch-alls are activities of their own and the caller classifies
 *   (activities.ts).
 * - Art 13 para 1 (a confidentiality system, supervision) is a standing duty
 *   judged against laws outside the catalogue; only para 2 is a rule.
 */
import type { Procedure } from "../procedure.ts"
import { lifecycle } from "./lifecycle.ts"
import {
  application,
  disclosure,
  fee,
  handover,
  issuance,
  requirement,
  serviceAgreement,
  serviceEligibility,
  unitCustody,
  use
} from "./validators.ts"

export const procedure: Procedure = {
  id: "certificates",
  validators: [
    serviceEligibility,
    requirement,
    application,
    issuance,
    fee,
    use,
    unitCustody,
    handover,
    disclosure,
    serviceAgreement
  ],
  machines: [lifecycle],
  examples: [
    {
      machine: "certificates/lifecycle",
      unitAgency: "demo-unit",
      asOf: "2026-03-02",
      // the demo unit plays every party of the case: applicant, holder and certification service
      input: {
        application: {
          applicant: { kind: "government-body", id: "demo-unit" },
          holder: { kind: "unit", id: "demo-unit" },
          domain: "e-government",
          service: {
            id: "demo-unit",
            lawfullyEstablished: true,
            recognisedBy: ["sh-informatization-commission", "sh-cryptography-office", "sh-state-secrets-bureau"],
            meetsUnifiedRequirements: true
          },
          documentsValid: true
        }
      },
      payloads: {
        review: {},
        refuse: { reason: "the documents have expired" },
        "sign-agreement": {
          reference: "AGR-2026-001",
          terms: ["renewal", "loss-report", "revocation", "rights-and-duties"]
        },
        issue: {
          serial: "5A3F00C1",
          validFrom: "2024-01-01",
          validUntil: "2035-12-31",
          carrier: { meetsNationalCryptographyRules: true },
          fee: { approvedByPriceAuthority: true, postedByService: false, agreedInServiceAgreement: false }
        },
        renew: { serial: "5A3F00C2", validFrom: "2026-03-02", validUntil: "2036-12-31" },
        "report-loss": {},
        "withdraw-loss-report": {},
        revoke: { reason: "the key was compromised" }
      }
    }
  ],
  coverage: {
    "sh-digital-cert/1": { status: "not-a-rule", reason: "purpose and legal basis of the measures" },
    "sh-digital-cert/2": {
      status: "not-a-rule",
      reason: "defines a digital certificate; the certificate model (certificates/model.ts) follows the definition"
    },
    "sh-digital-cert/3": {
      status: "not-a-rule",
      reason:
        "scope: the measures cover applying for, issuing, using and renewing certificates within Shanghai; the SDK is for Shanghai, so every certificate input is taken to be within the city and no scope rule is asked"
    },
    "sh-digital-cert/4": {
      status: "not-formalised",
      reason:
        "a standing duty of 市信息委, 市国密办 and 市国家保密局 to plan and manage certificate use, naming no act or outcome a case could be checked against; the three bodies have agency ids (certificates/agencies.ts) and their joint recognition is checked under art 5"
    },
    "sh-digital-cert/14": {
      status: "not-formalised",
      reason:
        "the certification system must meet national CA and cryptography technical standards and the state's and city's security requirements, none of which is in the sources; whether a system meets them is a technical assessment, not a fact of a case"
    },
    "sh-digital-cert/15": {
      status: "not-formalised",
      reason:
        "legal liability: penalties under the secrecy law, the electronic signature law and the commercial cryptography regulations, imposed by other authorities and the courts; the SDK decides no penalty"
    }
  }
}
