/**
 * xuhui-eseal-2015 art 4:
 * 第四条电子印章用于区政府各委办局、街道镇及相关单位在内部办公平台上传输的通知、报告、函等正式文件,
 * 不得在合同、协议、委托书等文书或资料以及涉密、涉敏文件中使用。
 *
 * Electronic seals are for notices, reports, letters and other formal documents
 * transmitted on the internal office platform; never for contracts,
 * agreements, powers of attorney or similar instruments or materials, nor for
 * classified or sensitive documents.
 */
import * as Rule from "../decision/Rule.ts"
import { type Channel, type DocumentKind, permittedKinds, type Secrecy } from "./model.ts"

const kindZh: Record<DocumentKind, string> = {
  notice: "通知",
  report: "报告",
  letter: "函",
  "other-formal-document": "其他正式文件",
  contract: "合同",
  agreement: "协议",
  "power-of-attorney": "委托书",
  "other-instrument-or-material": "其他文书或资料"
}

const kindEn: Record<DocumentKind, string> = {
  notice: "notice",
  report: "report",
  letter: "letter",
  "other-formal-document": "other formal document",
  contract: "contract",
  agreement: "agreement",
  "power-of-attorney": "power of attorney",
  "other-instrument-or-material": "other instrument or material"
}

/** "a notice", "an agreement": each kind with its article, made once */
const withArticle = Object.fromEntries(
  Object.entries(kindEn).map(([k, en]) => [k, /^[aeiou]/u.test(en) ? `an ${en}` : `a ${en}`])
) as Record<DocumentKind, string>

/** The two findings' messages for each kind, made once (they depend on the kind alone). */
const mayBeSealed = Object.fromEntries(
  Object.entries(kindZh).map(([k, zh]) => [
    k,
    {
      satisfied: {
        en: `${withArticle[k as DocumentKind]} is a formal document that may be sealed`,
        zh: `${zh}属于可加盖电子印章的正式文件`
      },
      violated: {
        en: `an electronic seal may not be used on ${withArticle[k as DocumentKind]}`,
        zh: `电子印章不得在${zh}中使用`
      }
    }
  ])
) as Record<DocumentKind, { satisfied: { en: string; zh: string }; violated: { en: string; zh: string } }>

export const documentKindPermitted = Rule.make<{ readonly documentKind: DocumentKind }>({
  id: "seals/document-kind-permitted",
  title: {
    zh: "电子印章只用于通知、报告、函等正式文件，不用于合同、协议、委托书等文书或资料",
    en: "seals go on notices, reports, letters and other formal documents, never on contracts, agreements or powers of attorney"
  },
  citations: ["xuhui-eseal-2015/4"],
  check: ({ documentKind }) =>
    permittedKinds.includes(documentKind)
      ? Rule.satisfied(mayBeSealed[documentKind].satisfied.en, mayBeSealed[documentKind].satisfied.zh, { documentKind })
      : Rule.violated(mayBeSealed[documentKind].violated.en, mayBeSealed[documentKind].violated.zh, { documentKind })
})

export const onInternalPlatform = Rule.make<{ readonly channel: Channel }>({
  id: "seals/on-internal-platform",
  title: { zh: "文件在内部办公平台上传输", en: "the document travels on the internal office platform" },
  citations: ["xuhui-eseal-2015/4"],
  check: ({ channel }) =>
    channel === "internal-office-platform"
      ? Rule.satisfied("the document travels on the internal office platform", "文件在内部办公平台上传输", {
          channel
        })
      : Rule.violated(
          `electronic seals are for documents on the internal office platform, not on another channel`,
          "电子印章只用于在内部办公平台上传输的文件，不适用于其他渠道",
          { channel }
        )
})

export const notClassifiedOrSensitive = Rule.make<{ readonly secrecy: Secrecy }>({
  id: "seals/not-classified-or-sensitive",
  title: {
    zh: "涉密、涉敏文件不得使用电子印章",
    en: "classified and sensitive documents are never sealed electronically"
  },
  citations: ["xuhui-eseal-2015/4"],
  check: ({ secrecy }) =>
    secrecy === "none"
      ? Rule.satisfied("the document is neither classified nor sensitive", "文件不涉密、不涉敏", { secrecy })
      : Rule.violated(
          `an electronic seal may not be used on a ${secrecy} document`,
          secrecy === "classified" ? "电子印章不得在涉密文件中使用" : "电子印章不得在涉敏文件中使用",
          { secrecy }
        )
})
