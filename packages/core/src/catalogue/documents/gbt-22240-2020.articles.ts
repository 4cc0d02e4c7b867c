/**
 * The articles (their Chinese text and English gloss) of:
 * GB/T 22240-2020《信息安全技术 网络安全等级保护定级指南》 (the national graded-protection grading guide),
 * cited as a reference. Text: sources/reference/gbt22240-2020-grading-summary.txt, a summary of the
 * standard as reproduced by secondary sites (the standard itself is not freely copyable). The
 * "articles" are pieces of that summary, not clauses of the standard: the summary says its clause
 * numbers were not verified, so the SDK cites "the grading table" and "the five levels" only.
 */
import { defineArticles } from "../define.ts"
import document from "./gbt-22240-2020.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "定级要素",
    heading: "定级矩阵(表1)",
    chapter: null,
    textZh:
      "定级要素 (two factors)\n  受侵害的客体 (object harmed): (a) 公民、法人和其他组织的合法权益; (b) 社会秩序、公共利益; (c) 国家安全.\n  对客体的侵害程度 (degree): 一般损害 / 严重损害 / 特别严重损害.\n\n3. 定级矩阵 (表1 定级要素与安全保护等级的关系) — follows exactly from the five definitions above:\n                                        一般损害   严重损害   特别严重损害\n  公民、法人和其他组织的合法权益          第一级     第二级     第二级\n  社会秩序、公共利益                      第二级     第三级     第四级\n  国家安全                                第三级     第四级     第五级\n\n4. 定级方法 (as described by the secondary sources)\n  - Assess 业务信息安全 and 系统服务安全 separately, each through the matrix above;\n    the object's level = the HIGHER of the two (业务信息安全保护等级 与 系统服务安全保护等级 的较高者).",
    glossEn:
      "The grading table: the object harmed (citizens and organisations, social order and public interest, national security) and the degree of harm (general, serious, especially serious) give the protection level 1-5; business-information security and system-service security are graded separately and the higher level is the system's.",
    truncated: false
  },
  {
    number: "2",
    label: "五个安全保护等级",
    heading: null,
    chapter: null,
    textZh:
      "五个安全保护等级 (2020 wording as quoted by ahdjbh.com; names from zhangkai.xin)\n  第一级(自主保护级)：受到破坏后，会对相关公民、法人和其他组织的合法权益造成一般损害，但不危害国家安全、社会秩序和公共利益；\n  第二级(指导保护级)：会对相关公民、法人和其他组织的合法权益造成严重损害或特别严重损害，或者对社会秩序和公共利益造成危害，但不危害国家安全；\n  第三级(监督保护级)：会对社会秩序和公共利益造成严重危害，或者对国家安全造成危害；\n  第四级(强制保护级)：会对社会秩序和公共利益造成特别严重危害，或者对国家安全造成严重危害；\n  第五级(专控保护级)：会对国家安全造成特别严重危害。",
    glossEn:
      "The five protection levels, from self-protection (level 1: general harm to citizens and organisations only) to specially controlled protection (level 5: especially serious harm to national security).",
    truncated: false
  }
])
