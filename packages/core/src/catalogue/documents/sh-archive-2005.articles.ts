/**
 * The articles (their Chinese text and English gloss) of:
 * 上海市电子公文归档管理实施办法(暂行) (Shanghai Implementing Measures for Archiving Electronic Official Documents (Interim)).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./sh-archive-2005.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "第一条",
    heading: null,
    chapter: null,
    textZh:
      "第一条为了保障电子公文的科学保管和有效利用,根据《中华人民共和国档案法》和国家档案局《电子公文归档管理暂行办法》,结合本市实际,制定本办法。",
    glossEn:
      "The measures ensure proper custody and use of electronic official documents, under the Archives Law and the national interim measures on archiving them.",
    truncated: false
  },
  {
    number: "2",
    label: "第二条",
    heading: null,
    chapter: null,
    textZh:
      "第二条本办法所称电子公文,是指本市各类电子政务系统中形成或处理的,具有公文规范格式的电子文件。\n电子公文归档,是指文书部门或业务部门将按规范程序形成的电子公文,按一定要求向本机关档案部门移交的过程。\n归档电子公文,是指具有查考和利用价值,并按一定要求归档后作为档案保存的电子公文。",
    glossEn:
      "Defines electronic official documents, their archiving (transfer by the originating department to the organ's archive) and archived electronic documents.",
    truncated: false
  },
  {
    number: "3",
    label: "第三条",
    heading: null,
    chapter: null,
    textZh: "第三条本办法适用于本市各级党和国家机关,其他组织可参照执行。\n其他类型电子文件的归档管理可参照本办法。",
    glossEn:
      "The measures apply to Party and state organs at all levels in Shanghai; other organisations and other kinds of electronic files may follow them.",
    truncated: false
  },
  {
    number: "4",
    label: "第四条",
    heading: null,
    chapter: null,
    textZh:
      "第四条电子公文归档管理的原则是:遵循电子公文形成特点和规律,维护电子公文的真实性、完整性、安全性和可识别性,便于电子公文的科学保管和长期有效利用。",
    glossEn:
      "Archiving must follow how electronic documents are produced and keep them authentic, complete, secure and identifiable for long-term use.",
    truncated: false
  },
  {
    number: "5",
    label: "第五条",
    heading: null,
    chapter: null,
    textZh:
      "第五条本市各机关应当将电子公文归档管理纳入本地区、本系统、本机关电子政务建设、公文管理和机关有关部门的职责范围,明确分管领导,加强监督检查,切实落实机构、人员、资金等保障措施。",
    glossEn:
      "Each organ must build e-document archiving into its e-government, document management and departmental duties, with a responsible leader, supervision and resources.",
    truncated: false
  },
  {
    number: "6",
    label: "第六条",
    heading: null,
    chapter: null,
    textZh:
      "第六条市和区县档案行政管理部门应明确电子公文归档管理职责,对同级机关电子公文归档管理工作实行监督、指导。\n电子公文形成单位应指定专人负责电子公文的归档工作,将电子公文的形成、积累、收集、整理、。",
    glossEn:
      "Archive administrations at city and district/county level supervise and guide e-document archiving at their level, and producing units must name staff responsible for archiving.",
    truncated: true
  }
])
