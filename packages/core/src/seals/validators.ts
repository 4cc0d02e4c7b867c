/**
 * The two seal validators: may this seal be used on this document today
 * (arts 2, 4, 7), and does this sealed document have legal effect (arts 5-6).
 */
import * as Validator from "../decision/Validator.ts"
import { certificateValid, sealOwnerInScope } from "./art2-seal-and-certificate.ts"
import { documentKindPermitted, notClassifiedOrSensitive, onInternalPlatform } from "./art4-what-may-be-sealed.ts"
import { copiesHaveNoEffect, sealedDocumentHasEffect } from "./art5-6-legal-effect.ts"
import { leadUnitSealOnJointIssue } from "./art7-signing-flow.ts"
import { LegalEffectQuery, SealUseRequest } from "./model.ts"

export const use = Validator.make<SealUseRequest>({
  id: "seals/use",
  title: { zh: "电子印章能否用于该文件", en: "may this electronic seal be used on this document" },
  input: SealUseRequest,
  scope: sealOwnerInScope,
  rules: [
    documentKindPermitted,
    onInternalPlatform,
    notClassifiedOrSensitive,
    leadUnitSealOnJointIssue,
    certificateValid
  ]
})

export const legalEffect = Validator.make<LegalEffectQuery>({
  id: "seals/legal-effect",
  title: {
    zh: "该电子公文是否具有与加盖实物公章的纸质公文同等的法律效力",
    en: "does this electronic document have the legal effect of a physically sealed paper one"
  },
  input: LegalEffectQuery,
  rules: [sealedDocumentHasEffect, copiesHaveNoEffect]
})
