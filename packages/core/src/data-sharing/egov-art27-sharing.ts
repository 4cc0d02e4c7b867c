/**
 * sh-egov-2012 art 27:
 * 第二十七条除法律、法规、规章另有特殊规定的外,行政机关在履职过程中掌握的具有基础性、公共性特点的数据库信息,
 * 原则上纳入信息共享和数据交换范围。
 * 暂不能共享和交换的,可在按照程序报批后,暂缓实施。
 * 行政机关要重点搞好人口、法人、空间地理、宏观经济等基础信息资源库的共享,定期搞好与公共数据目录交换平台的数据同步。
 * 同时,逐项明确重点内容的数据采集、共享方法,确保基础信息的准确、及时和共享。
 *
 * Database information of a basic, public character that an administrative
 * organ holds is shared and exchanged, unless a law, regulation or rule
 * provides otherwise; what cannot be shared yet may be deferred once approved
 * "through the procedure" — the article names neither the procedure nor the
 * approver. The four base resource databases (population, legal persons,
 * spatial geography, macro-economy) come first. Sharing is "in principle"
 * (原则上): the provision admits exceptions, so a database left out of sharing
 * with neither a provision saying otherwise nor an approved deferral is a
 * warning naming the way the article gives to an exception — a deferral
 * approved through the procedure (the data-sharing/deferral machine) — not a
 * refusal.
 */
import * as ExceptionPath from "../catalogue/ExceptionPath.ts"
import * as Rule from "../decision/Rule.ts"
import { baseResourceKinds, type Database, type DatabaseSharing, type Holder, sharedKinds } from "./model.ts"

const kindZh: Record<Database["kind"], string> = {
  population: "人口基础信息资源库",
  "legal-person": "法人基础信息资源库",
  "spatial-geography": "空间地理基础信息资源库",
  "macro-economy": "宏观经济基础信息资源库",
  "other-basic-or-public": "具有基础性、公共性特点的数据库",
  other: "不具有基础性、公共性特点的数据库"
}

/** The way art 27 gives to an exception: a deferral approved through the procedure. */
export const approvedDeferralPath = ExceptionPath.make(
  "sh-egov-2012/27",
  "暂不能共享和交换的,可在按照程序报批后,暂缓实施",
  "share the database, cite the law, regulation or rule that provides otherwise, or ask for a deferral and have it approved (a data-sharing/deferral case)"
)

/** Scope: art 27 speaks of what administrative organs (行政机关) hold. */
export const heldByAdministrativeOrgan = Rule.make<{ readonly holder: Holder }>({
  id: "data-sharing/held-by-administrative-organ",
  title: { zh: "数据库信息由行政机关在履职过程中掌握", en: "the database is held by an administrative organ" },
  citations: ["sh-egov-2012/27"],
  check: ({ holder }) =>
    holder.administrativeOrgan
      ? Rule.satisfied(`“${holder.id}” is an administrative organ`, `「${holder.id}」为行政机关`, {
          holder: holder.id
        })
      : Rule.violated(
          `“${holder.id}” is not an administrative organ: art 27 does not speak of its databases`,
          `「${holder.id}」不是行政机关，本条不适用`,
          { holder: holder.id }
        )
})

export const basicDatabaseShared = Rule.make<DatabaseSharing>({
  id: "data-sharing/basic-database-shared",
  title: {
    zh: "具有基础性、公共性特点的数据库信息原则上纳入信息共享和数据交换范围，法律、法规、规章另有规定或经报批暂缓的除外",
    en: "basic and public databases are in principle shared, unless a law, regulation or rule says otherwise or a deferral is approved"
  },
  citations: ["sh-egov-2012/27"],
  severity: "warning",
  check: ({ database, shared, exception, deferral }) => {
    const facts = {
      database: database.name,
      kind: database.kind,
      baseResource: baseResourceKinds.includes(database.kind),
      shared,
      exception: exception === null ? null : { ...exception },
      deferral: deferral === null ? null : { ...deferral }
    }
    if (!sharedKinds.includes(database.kind))
      return Rule.notApplicable(
        `“${database.name}” has no basic or public character`,
        `「${database.name}」不具有基础性、公共性特点`,
        facts
      )
    if (shared)
      return Rule.satisfied(
        `“${database.name}” is within information sharing and data exchange`,
        `「${database.name}」（${kindZh[database.kind]}）已纳入信息共享和数据交换范围`,
        facts
      )
    if (exception !== null)
      return Rule.satisfied(
        `“${database.name}” is not shared, as the ${exception.basis} “${exception.provision}” provides`,
        `「${database.name}」依「${exception.provision}」的特殊规定不纳入共享`,
        facts
      )
    if (deferral !== null)
      return Rule.satisfied(
        `sharing “${database.name}” is deferred with approval “${deferral.reference}” of “${deferral.approvedBy}”`,
        `「${database.name}」经「${deferral.approvedBy}」批准（「${deferral.reference}」）暂缓共享`,
        facts
      )
    return Rule.violated(
      `the ${baseResourceKinds.includes(database.kind) ? "base resource database" : "database of a basic, public character"} is not shared, with no law, regulation or rule saying otherwise and no approved deferral: it is in principle shared, and what cannot be shared yet may be deferred once approved through the procedure`,
      `该数据库（${kindZh[database.kind]}）未纳入信息共享和数据交换范围，既无法律、法规、规章的特殊规定，也未经报批暂缓：原则上应纳入共享；暂不能共享和交换的，可在按照程序报批后,暂缓实施`,
      { ...facts, exception: { ...approvedDeferralPath } }
    )
  }
})

/** A deferral is for a database art 27 puts within sharing: for any other there is nothing to defer. */
export const deferralOfSharedDatabase = Rule.make<{ readonly database: Database }>({
  id: "data-sharing/deferral-of-shared-database",
  title: {
    zh: "暂缓实施只适用于应纳入共享范围的数据库",
    en: "a deferral is for a database that art 27 puts within sharing"
  },
  citations: ["sh-egov-2012/27"],
  check: ({ database }) =>
    sharedKinds.includes(database.kind)
      ? Rule.satisfied(
          `“${database.name}” is within sharing, so its sharing may be deferred`,
          `「${database.name}」属于应纳入共享范围的数据库，可报批暂缓`,
          { database: database.name, kind: database.kind }
        )
      : Rule.violated(
          `“${database.name}” has no basic or public character: there is no sharing to defer`,
          `「${database.name}」不具有基础性、公共性特点，无需暂缓共享`,
          { database: database.name, kind: database.kind }
        )
})
