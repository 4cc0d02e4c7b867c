/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市政府网站安全保障指南(试行) (Shanghai Government Website Security Assurance Guide (Trial)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-website-security-2012.ts"

export default defineArticles(document, [
  {
    number: "1.1.1",
    label: "1.",
    heading: null,
    chapter: "一、管理机制(一)管理责任",
    textZh:
      "1.应建立网站安全管理责任制,明确网站分管领导为网站安全保障工作的第一责任人,并确定责任部门和责任人,具体负责网站安全保障的各项工作。",
    glossEn:
      "Each website must have a security responsibility system naming its leader in charge as the first responsible person, with a responsible department and person.",
    truncated: false
  },
  {
    number: "1.1.2",
    label: "2.",
    heading: null,
    chapter: "一、管理机制(一)管理责任",
    textZh: "2.应建立培训考核和奖惩机制,提高信息安全意识。",
    glossEn: "Training, assessment, reward and penalty mechanisms must be set up to raise security awareness.",
    truncated: false
  },
  {
    number: "1.1.3",
    label: "3.",
    heading: null,
    chapter: "一、管理机制(一)管理责任",
    textZh: "3.应保障网站安全经费,落实各项安全保障要求。",
    glossEn: "Website security must be funded so that the security requirements are met.",
    truncated: false
  }
])
