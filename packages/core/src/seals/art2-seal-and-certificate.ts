/**
 * xuhui-eseal-2015 art 2:
 * 第二条电子印章是应用数字密码技术,结合数字证书和模拟传统实物印章的图形化电子签名。
 * 本办法所指电子印章为上海市徐汇区人民政府各委办局、街道镇及相关单位印章电子版。
 *
 * An electronic seal is a graphical electronic signature that rests on a
 * digital certificate, so a seal can only be applied while its certificate is
 * valid; and these measures cover the seals of Xuhui district units only.
 */
import { validityCheck } from "../certificates/art10-certificate-valid.ts"
import * as Rule from "../decision/Rule.ts"
import type { SealCertificate, SealOwner } from "./model.ts"

/** Scope (art 2 para 2): the seal of a Xuhui district government body, street, town or related unit. */
export const sealOwnerInScope = Rule.make<{ readonly sealOwner: SealOwner }>({
  id: "seals/seal-owner-in-scope",
  title: { zh: "印章属于徐汇区政府各委办局、街道镇及相关单位", en: "the seal belongs to a xuhui district unit" },
  citations: ["xuhui-eseal-2015/2"],
  check: ({ sealOwner }) =>
    sealOwner.xuhuiDistrictUnit
      ? Rule.satisfied(`“${sealOwner.id}” is a xuhui district unit`, `「${sealOwner.id}」属于徐汇区相关单位`, {
          sealOwner: sealOwner.id
        })
      : Rule.violated(
          `“${sealOwner.id}” is not a xuhui district unit: these measures do not cover its seal`,
          `「${sealOwner.id}」不属于徐汇区政府各委办局、街道镇及相关单位，本办法不适用`,
          { sealOwner: sealOwner.id }
        )
})

/**
 * Certificate (art 2 para 1, with sh-digital-cert art 10): the seal's
 * certificate is active, not reported lost or revoked, and the day of use lies
 * within its validity. The check is the certificate procedure's own
 * (`certificates/art10-certificate-valid.ts`), so seals and certificates never
 * disagree on whether a certificate may sign.
 */
export const certificateValid = Rule.make<{ readonly certificate: SealCertificate }>({
  id: "seals/certificate-valid",
  title: { zh: "电子印章所依托的数字证书有效", en: "the certificate the seal rests on is valid" },
  citations: ["xuhui-eseal-2015/2", "sh-digital-cert/10"],
  check: ({ certificate }, asOf) => validityCheck(certificate, asOf)
})
