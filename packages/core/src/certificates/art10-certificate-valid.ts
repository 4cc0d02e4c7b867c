/**
 * sh-digital-cert art 10:
 * 第十条(数字证书的更新,挂失,撤销及服务协议示范文本)数字证书的更新,挂失,撤销等事项和各方的权利义务,
 * 由数字证书使用服务协议予以约定.市信息委会同市国密办,市国家保密局组织制订和发布数字证书服务协议示范文本,
 * 供协议各方参照使用.
 *
 * Renewal, loss reporting and revocation, and the parties' rights and duties,
 * are set by the service agreement, for which the city publishes a model text.
 * The article names the three statuses a certificate can leave `active` by; it
 * does not say what each means for use. The SDK's reading: a certificate signs
 * only while it is active (not reported lost, not revoked) and the day lies
 * within its validity — this file is the one place that says so, for
 * certificates and seals alike (xuhui-eseal-2015 art 2 uses it).
 */
import type { LocalDate } from "../date/LocalDate.ts"
import * as Rule from "../decision/Rule.ts"
import type { CertificateSnapshot } from "./model.ts"

/** Why a certificate may not sign on a day, or `usable`. */
export type Usability = "usable" | "revoked" | "reported-lost" | "not-yet-valid" | "expired"

/** Whether a certificate may sign on `asOf`: active, and `validFrom <= asOf <= validUntil`. */
export const usabilityOn = (c: CertificateSnapshot, asOf: LocalDate): Usability =>
  c.status === "revoked"
    ? "revoked"
    : c.status === "reported-lost"
      ? "reported-lost"
      : asOf < c.validFrom
        ? "not-yet-valid"
        : asOf > c.validUntil
          ? "expired"
          : "usable"

export const isUsableOn = (c: CertificateSnapshot, asOf: LocalDate): boolean => usabilityOn(c, asOf) === "usable"

/** The finding on a certificate's validity on a day, with its messages and facts (shared by every rule that asks). */
export const validityCheck = (c: CertificateSnapshot, asOf: LocalDate): Rule.Check => {
  const facts = { serial: c.serial, status: c.status, validFrom: c.validFrom, validUntil: c.validUntil, asOf }
  switch (usabilityOn(c, asOf)) {
    case "revoked":
      return Rule.violated(`certificate “${c.serial}” is revoked`, `数字证书「${c.serial}」已撤销`, facts)
    case "reported-lost":
      return Rule.violated(`certificate “${c.serial}” is reported lost`, `数字证书「${c.serial}」已挂失`, facts)
    case "not-yet-valid":
      return Rule.violated(
        `certificate “${c.serial}” is not valid before “${c.validFrom}”`,
        `数字证书「${c.serial}」于「${c.validFrom}」前尚未生效`,
        facts
      )
    case "expired":
      return Rule.violated(
        `certificate “${c.serial}” expired on “${c.validUntil}”`,
        `数字证书「${c.serial}」已于「${c.validUntil}」过期`,
        facts
      )
    case "usable":
      return Rule.satisfied(
        `certificate “${c.serial}” is valid on “${asOf}”`,
        `数字证书「${c.serial}」于「${asOf}」有效`,
        facts
      )
  }
}

/** The certificate is active (not reported lost or revoked) and the day lies within its validity. */
export const certificateValid = Rule.make<{ readonly certificate: CertificateSnapshot }>({
  id: "certificates/certificate-valid",
  title: {
    zh: "数字证书有效：未挂失、未撤销且在有效期内",
    en: "the certificate is valid: not reported lost, not revoked, and within its validity"
  },
  citations: ["sh-digital-cert/10"],
  check: ({ certificate }, asOf) => validityCheck(certificate, asOf)
})

/**
 * A renewal or the withdrawal of a loss report happens before the validity
 * ends. The source leaves both to the service agreement; the SDK's choice is
 * that an expired certificate is never brought back — a new one is applied for.
 */
export const validityNotEnded = Rule.make<{ readonly certificate: CertificateSnapshot }>({
  id: "certificates/validity-not-ended",
  title: {
    zh: "数字证书的更新或解除挂失在有效期届满前办理",
    en: "a certificate is renewed or its loss report withdrawn before its validity ends"
  },
  citations: ["sh-digital-cert/10"],
  check: ({ certificate: c }, asOf) => {
    const facts = { serial: c.serial, validUntil: c.validUntil, asOf }
    return asOf <= c.validUntil
      ? Rule.satisfied(
          `certificate “${c.serial}” is valid until “${c.validUntil}”`,
          `数字证书「${c.serial}」有效期至「${c.validUntil}」`,
          facts
        )
      : Rule.violated(
          `certificate “${c.serial}” expired on “${c.validUntil}”: apply for a new one`,
          `数字证书「${c.serial}」已于「${c.validUntil}」过期，应重新申请`,
          facts
        )
  }
})
