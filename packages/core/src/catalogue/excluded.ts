/**
 * Texts in sources/000_5dfbf7890559298e.txt that are deliberately not catalogued,
 * each with the reason, so the catalogue's coverage of the source is accounted for.
 */
export const excluded: ReadonlyArray<{ readonly titleZh: string; readonly reason: string }> = [
  {
    titleZh: "上海市电子政务管理办法",
    reason:
      "The first copy in the source (with the 文章属性 block) is cut off in article 7; it repeats articles 1-7 of the complete copy near the end of the file, which is the one catalogued as sh-egov-2012."
  },
  {
    titleZh: "工作的通知》,明确对存量失信行为进行整治",
    reason:
      "A transport-ministry news item on credit repair in transport whose title is missing in the source; not Shanghai government text."
  },
  {
    titleZh: "交通运输部加强沿海省际散装液体危险货物船舶运输市场宏观调控",
    reason: "A Ministry of Transport news item; not Shanghai government text."
  },
  {
    titleZh: "交通运输部制定深入推进长江经济带多式联运发展三年行动计划",
    reason: "A Ministry of Transport news item; not Shanghai government text."
  },
  {
    titleZh: "中国海事局印发《关于明确海事劳工条件检查试点工作有关事项的通知》",
    reason: "A China Maritime Safety Administration news item; not Shanghai government text."
  },
  {
    titleZh: "关于加强区行政服务中心建设的若干意见",
    reason:
      "A Fengxian district opinion on its administrative service centre (2015), cut off at its fourth point; it is about a service hall, not e-government rules."
  },
  {
    titleZh: "公安信息系统数字身份证书管理办法",
    reason:
      "National rules of the public-security system for police digital identity certificates, not Shanghai text; the source holds only its first article."
  },
  {
    titleZh: "上海市公共机构节能管理办法",
    reason:
      "Shanghai government text (沪府发[2013]2号) on energy saving in public institutions, not e-government; the source holds only articles 1-6."
  },
  {
    titleZh: "关于进一步深化本市行政审批制度改革的实施意见",
    reason:
      "A 2002 opinion of the Municipal Government General Office (沪府办发[2002]18号) on administrative approval reform: not e-government, and an opinion with no articles."
  },
  {
    titleZh: "政府网站管理办法",
    reason:
      'The second copy in the source is a garbled machine-rewritten duplicate (e.g. 当局"大众,"网站 for 政府公众网站) of the readable copy catalogued as sh-gov-website, so its wording cannot be cited.'
  }
]
