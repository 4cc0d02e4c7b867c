/**
 * 上海市政府网站安全保障指南(试行) (Shanghai Government Website Security Assurance Guide (Trial)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { define } from "../define.ts"

export default define(
  {
    id: "sh-website-security-2012",
    titleZh: "上海市政府网站安全保障指南(试行)",
    titleEn: "Shanghai Government Website Security Assurance Guide (Trial)",
    issuerZh: "上海市网络与信息安全协调小组",
    number: "沪网安办[2012]2号",
    published: "2012-03-02",
    inForceFrom: "2012-03-02",
    inForceUntil: null,
    startBound: null,
    level: "normative-document",
    status: "in-force",
    coverage: "partial",
    notes:
      "Issuer (制定机关; the issuing notice is from its 办公室), number, dates, level (地方规范性文件) and status (现行有效) come from the source's 文章属性 block. The guide has no articles: only section 一(一) items 1-3 are in the source, catalogued as 1.1.1-1.1.3 with chapter holding the enclosing section labels as printed; the three introductory paragraphs (purpose, basis, scope) are not catalogued."
  },
  [
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
  ]
)
