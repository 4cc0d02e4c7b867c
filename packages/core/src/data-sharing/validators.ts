/**
 * The data-sharing validators: is this database shared as sh-egov-2012 art 27
 * requires; is this body a public management and service body within the
 * meaning of the 2018 measures or of the 2021 statute, each by its own
 * definition (sh-public-data-2018 art 3, sh-data-2021 art 2); do the 2018 measures
 * govern this public-data activity (sh-public-data-2018 art 2).
 */
import * as Validator from "../decision/Validator.ts"
import { basicDatabaseShared, heldByAdministrativeOrgan } from "./egov-art27-sharing.ts"
import { DatabaseSharing, PublicBodyQuestion, PublicDataMatter } from "./model.ts"
import { publicBody2018, publicBody2021 } from "./public-bodies-2018-art3-2021-art2.ts"
import { measuresCoverActivity, stateSecretsExcluded } from "./public-data-2018-art2-scope.ts"

export const sharing = Validator.make<DatabaseSharing>({
  id: "data-sharing/sharing",
  title: { zh: "该数据库是否按规定纳入信息共享和数据交换范围", en: "is this database shared as art 27 requires" },
  input: DatabaseSharing,
  scope: heldByAdministrativeOrgan,
  rules: [basicDatabaseShared]
})

/**
 * Allowed: the body is a public management and service body within the meaning
 * of the instrument asked about (`under`), on the day asked; refused: it is
 * not; not applicable before that instrument is in force.
 */
export const publicBody = Validator.make<PublicBodyQuestion>({
  id: "data-sharing/public-body",
  title: {
    zh: "该机构是否为所指文件所称的公共管理和服务机构",
    en: "is this body a public management and service body within the meaning of the instrument asked about"
  },
  input: PublicBodyQuestion,
  rules: [publicBody2018, publicBody2021]
})

/** Allowed: the 2018 measures govern the activity; refused: they do not (outside the city, or state secrets). */
export const measuresScope = Validator.make<PublicDataMatter>({
  id: "data-sharing/measures-scope",
  title: {
    zh: "该公共数据管理活动是否适用《上海市公共数据和一网通办管理办法》",
    en: "do the 2018 public data measures govern this activity"
  },
  input: PublicDataMatter,
  rules: [measuresCoverActivity, stateSecretsExcluded]
})
