/**
 * xuhui-eseal-2015 arts 5-6:
 * 第五条 … 加盖电子印章的电子公文与加盖实物公章的纸质公文具有同等的法律效力。
 * 第六条电子公文加盖电子印章,即具有法律效力,但该电子公文的复印稿或经任何形式的电子格式转换稿,不具备相同法律效力。
 *
 * A sealed electronic document has the same legal effect as a paper document
 * with the physical seal; a photocopy or any format-converted copy of it does not.
 */
import * as Rule from "../decision/Rule.ts"
import type { LegalEffectQuery } from "./model.ts"

export const sealedDocumentHasEffect = Rule.make<LegalEffectQuery>({
  id: "seals/sealed-document-has-legal-effect",
  title: {
    zh: "加盖电子印章的电子公文与加盖实物公章的纸质公文具有同等法律效力",
    en: "a sealed electronic document has the legal effect of a paper one under the physical seal"
  },
  citations: ["xuhui-eseal-2015/5", "xuhui-eseal-2015/6"],
  check: ({ sealed }) =>
    sealed
      ? Rule.satisfied("the electronic document carries an electronic seal", "电子公文已加盖电子印章", { sealed })
      : Rule.notApplicable(
          "the document carries no electronic seal: these articles say nothing of its effect",
          "电子公文未加盖电子印章，本条不适用",
          { sealed }
        )
})

export const copiesHaveNoEffect = Rule.make<LegalEffectQuery>({
  id: "seals/copies-have-no-legal-effect",
  title: {
    zh: "复印稿或经电子格式转换稿不具备相同法律效力",
    en: "a photocopy or a format-converted copy has no such legal effect"
  },
  citations: ["xuhui-eseal-2015/6"],
  check: ({ sealed, form }) =>
    !sealed
      ? Rule.notApplicable("the document carries no electronic seal", "电子公文未加盖电子印章", { sealed, form })
      : form === "original"
        ? Rule.satisfied("the document is the sealed original", "该文件为加盖电子印章的原件", { sealed, form })
        : Rule.violated(
            `a ${form === "photocopy" ? "photocopy" : "format-converted copy"} of a sealed document does not have the same legal effect`,
            form === "photocopy" ? "电子公文的复印稿不具备相同法律效力" : "经电子格式转换稿不具备相同法律效力",
            { sealed, form }
          )
})
