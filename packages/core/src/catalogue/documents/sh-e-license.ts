/**
 * 上海市加快推进电⼦证照应⽤实施⽅案 (Shanghai Implementation Plan for Accelerating the Use of Electronic Licences).
 * Text: sources/000_5dfbf7890559298e.txt. Generated from the source by slicing; glosses written by hand.
 */
import { defineDocument } from "../define.ts"

export default defineDocument({
  id: "sh-e-license",
  titleZh: "上海市加快推进电⼦证照应⽤实施⽅案",
  titleEn: "Shanghai Implementation Plan for Accelerating the Use of Electronic Licences",
  issuerZh: null,
  number: null,
  published: null,
  inForceFrom: null,
  inForceUntil: null,
  startBound: {
    notBefore: "2018-01-01",
    evidence: "沪委办发〔2018〕14号",
    because: {
      zh: "原文未载明施行日期；方案以2018年印发的沪委办发〔2018〕14号为依据，故不早于2018年1月1日施行（该文件的具体日期来源未载明）",
      en: "the source gives no date it took effect; the plan is made under 沪委办发〔2018〕14号, a 2018 document, so it is in force no earlier than 2018-01-01 (the day of that document is not in the source)"
    }
  },
  level: "unknown",
  status: "unknown",
  coverage: "partial",
  notes:
    "The source gives only the text (a preamble citing 沪委办发〔2018〕14号 as its basis, section 一 and section 二), with no issuer, number, dates, level or status. Title, labels and text keep the source's Kangxi-radical characters (⼀ U+2F00, ⼦, ⽅). Catalogued by sections: the five principles ⼀是...五是 as 1.1-1.5 and section ⼆ as 2; the preamble is not catalogued."
})
