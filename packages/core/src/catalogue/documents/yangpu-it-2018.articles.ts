/**
 * The articles (their Chinese text and English gloss) of:
 * 杨浦区区本级电子政务项目通用类配置标准 (Yangpu District Configuration Standard for General-Purpose Items of District-Level E-Government Projects).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineArticles } from "../define.ts"
import document from "./yangpu-it-2018.ts"

export default defineArticles(document, [
  {
    number: "1.1",
    label: "(一)",
    heading: null,
    chapter: "一、适用范围",
    textZh: "(一)本标准适用于区级预算单位使用区级财政资金安排的电子政务项目,包括建设类项目和运维类项目。",
    glossEn:
      "The standard applies to district-funded e-government projects of district budget units, both construction and operation-and-maintenance projects.",
    truncated: false
  },
  {
    number: "1.1.1",
    label: "1.",
    heading: null,
    chapter: "一、适用范围(一)",
    textZh:
      "1.建设类项目:含新建项目和升级改造项目,包括产品软件购置、应用软件开发、信息安全保障、系统迁移、监理、测评、托管服务、数据服务等。",
    glossEn:
      "Construction projects are new builds and upgrades, including software purchase and development, security, migration, supervision, testing, hosting and data services.",
    truncated: false
  },
  {
    number: "1.1.2",
    label: "2.",
    heading: null,
    chapter: "一、适用范围(一)",
    textZh:
      "2.运维类项目:是指对已有电子政务系统进行运行维护的项目,包括已有信息系统软件、硬件正常使用所需的设备维护更新、软件维护、安全保障服务以及托管服务、数据服务等。",
    glossEn:
      "Operation-and-maintenance projects keep existing e-government systems running, including equipment upkeep and renewal, software maintenance, security services, hosting and data services.",
    truncated: false
  },
  {
    number: "1.1.3",
    label: "",
    heading: null,
    chapter: "一、适用范围(一)",
    textZh: "如项目有特殊需求的,由联席会议依照“一事一议”原则,进行单独审议。",
    glossEn:
      "(Unnumbered paragraph after item 2, numbered here as item 3.) A project with special needs is reviewed separately by the joint meeting, case by case.",
    truncated: false
  },
  {
    number: "1.1.4",
    label: "",
    heading: null,
    chapter: "一、适用范围(一)",
    textZh: "三级等保测评及整改费用不纳入项目建设费用,依等保整改需要另行计算。",
    glossEn:
      "(Unnumbered paragraph, numbered here as item 4.) Level-3 graded-protection testing and remediation costs are not part of the project construction cost and are calculated separately.",
    truncated: false
  },
  {
    number: "1.1.5",
    label: "",
    heading: null,
    chapter: "一、适用范围(一)",
    textZh: "投资金额在30万元以下的电子政务项目,参照此标准执行。",
    glossEn:
      "(Unnumbered paragraph, numbered here as item 5.) E-government projects under 300,000 yuan follow this standard by reference.",
    truncated: false
  }
])
