/**
 * 上海市公共数据和⼀⽹通办管理办法 (Shanghai Municipal Measures for the Administration of Public Data and One-Network Government Services).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-public-data-2018",
  titleZh: "上海市公共数据和⼀⽹通办管理办法",
  titleEn: "Shanghai Municipal Measures for the Administration of Public Data and One-Network Government Services",
  issuerZh: "上海市⼈民政府",
  number: "上海市⼈民政府令第9号",
  published: "2018-09-30",
  inForceFrom: "2018-11-01",
  inForceUntil: null,
  startBound: null,
  level: "government-rule",
  status: "unknown",
  coverage: "partial",
  notes:
    "A municipal government order: adopted 2018-09-26, published 2018-09-30 and in force from 2018-11-01, per the order printed in the source, which gives no validity status. Title, issuer, number, labels and text keep the source's Kangxi-radical characters (⼀ U+2F00, ⽹, ⼈). Only arts 1-5 are in the source, and art 5 repeats a half-sentence (区⼈民政府确定的部门...负责指导、协) before the full sentence."
})
