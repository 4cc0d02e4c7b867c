/**
 * sh-archive-2005 arts 2-3:
 * 第二条 … 电子公文归档,是指文书部门或业务部门将按规范程序形成的电子公文,按一定要求向本机关档案部门移交的过程。…
 * 第三条本办法适用于本市各级党和国家机关,其他组织可参照执行。
 * 其他类型电子文件的归档管理可参照本办法。
 *
 * Archiving is the transfer of an electronic official document by the
 * documents office or a business department that formed it to the archives
 * department of its own organ. The measures bind the city's Party and state
 * organs; other organisations, and other kinds of electronic file, may follow
 * them (参照) but are not bound, so for them a transfer decision is
 * not applicable.
 */
import * as Rule from "../decision/Rule.ts"
import type { TransferRecord } from "./model.ts"

/** Scope (art 3 para 1): the forming unit is one of the city's Party or state organs. */
export const organInScope = Rule.make<Pick<TransferRecord, "unit">>({
  id: "archives/organ-in-scope",
  title: { zh: "本办法适用于本市各级党和国家机关", en: "the measures bind the city's party and state organs" },
  citations: ["sh-archive-2005/3"],
  check: ({ unit }) =>
    unit.kind === "party-or-state-organ"
      ? Rule.satisfied(`“${unit.id}” is a party or state organ`, `「${unit.id}」属于本市党和国家机关`, {
          unit: unit.id,
          kind: unit.kind
        })
      : Rule.violated(
          `“${unit.id}” is not a party or state organ: it may follow the measures but is not bound by them`,
          `「${unit.id}」不属于本市党和国家机关，可参照执行本办法`,
          { unit: unit.id, kind: unit.kind }
        )
})

/** Art 2 para 2: the document goes to the archives department of the organ that formed it (本机关档案部门). */
export const transferToOwnArchives = Rule.make<Pick<TransferRecord, "unit" | "fromDepartment" | "archivesOf">>({
  id: "archives/transfer-to-own-archives",
  title: {
    zh: "文书部门或业务部门向本机关档案部门移交电子公文",
    en: "the department that formed the document transfers it to its own organ's archives department"
  },
  citations: ["sh-archive-2005/2"],
  check: ({ unit, fromDepartment, archivesOf }) => {
    const facts = { unit: unit.id, fromDepartment, archivesOf }
    return archivesOf === unit.id
      ? Rule.satisfied(
          `the ${fromDepartment === "documents-office" ? "documents office" : "business department"} of “${unit.id}” transfers the document to its own archives department`,
          `「${unit.id}」的${fromDepartment === "documents-office" ? "文书部门" : "业务部门"}向本机关档案部门移交`,
          facts
        )
      : Rule.violated(
          `archiving is a transfer to the archives department of “${unit.id}” itself, not of “${archivesOf}”`,
          `电子公文归档应向本机关「${unit.id}」的档案部门移交，而非「${archivesOf}」`,
          facts
        )
  }
})
