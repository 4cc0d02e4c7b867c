/**
 * The articles (their Chinese text and English gloss) of:
 * 徐汇区政府电子政务系统公文印章使用管理办法(暂行) (Xuhui District Measures for the Use and Management of Official-Document Seals in the Government E-Government System (Interim)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./xuhui-eseal-2015.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第一条为进一步优化办公自动化工作流程,提高信息化管理水平,规范电子印章的使用管理,确保公文传输安全、准确、高效,根据《中华人民共和国电子签名法》、《上海市数字证书使用管理办法》等有关规定,制订此管理办法。",
    glossEn:
      "The measures regulate electronic seals in the Xuhui district government's office automation so that documents are transmitted securely, accurately and efficiently.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: null,
    chapter: "第一章总则",
    textZh:
      "第二条电子印章是应用数字密码技术,结合数字证书和模拟传统实物印章的图形化电子签名。\n本办法所指电子印章为上海市徐汇区人民政府各委办局、街道镇及相关单位印章电子版。",
    glossEn:
      "Defines an electronic seal as a graphical electronic signature using cryptography and a digital certificate that imitates a physical seal; here it means the electronic versions of the seals of Xuhui district bodies.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: null,
    chapter: "第一章总则",
    textZh: "第三条区政府办公室负责向电子印章使用单位提供必要的技术支持和管理手段。",
    glossEn:
      "The district government office gives units using electronic seals the technical support and management means they need.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: null,
    chapter: "第二章电子印章的使用",
    textZh:
      "第四条电子印章用于区政府各委办局、街道镇及相关单位在内部办公平台上传输的通知、报告、函等正式文件,不得在合同、协议、委托书等文书或资料以及涉密、涉敏文件中使用。",
    glossEn:
      "Electronic seals may be used only on notices, reports, letters and other formal documents sent on the internal office platform, never on contracts, agreements, powers of attorney or classified or sensitive documents.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: null,
    chapter: "第二章电子印章的使用",
    textZh:
      "第五条电子印章是在电子公文上使用的签名印章,与实物印章相对应。\n加盖电子印章的电子公文与加盖实物公章的纸质公文具有同等的法律效力。",
    glossEn:
      "An electronic seal corresponds to a physical seal, and an electronically sealed document has the same legal effect as a paper document bearing the physical seal.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: null,
    chapter: "第二章电子印章的使用",
    textZh:
      "第六条电子公文加盖电子印章,即具有法律效力,但该电子公文的复印稿或经任何形式的电子格式转换稿,不具备相同法律效力。",
    glossEn: "A sealed electronic document has legal effect, but its copies and any format-converted versions do not.",
    truncated: false
  },
  {
    number: "7",
    label: "第七条",
    heading: null,
    chapter: "第二章电子印章的使用",
    textZh: "第七条电子印章的签署流程与各单位实物印章的加盖流程一致。\n涉及多部门联合发文的文件,加盖主办单位电子印章。",
    glossEn:
      "Electronic sealing follows the same signing flow as the unit's physical seal, and a jointly issued document carries the lead unit's seal.",
    truncated: false
  }
])
