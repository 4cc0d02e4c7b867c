/**
 * sh-data-2021 art 2 items 1-2:
 * (一)数据,是指任何以电子或者其他方式对信息的记录。
 * (二)数据处理,包括数据的收集、存储、使用、加工、传输、提供、公开等。
 *
 * Data is any record of information, electronic or not; data processing
 * includes collecting, storing, using, processing, transmitting, providing
 * and disclosing data, and the like. As data, for vendors that label their
 * operations: the list is open (等), so `other-processing` is any further
 * operation on data the caller counts as processing.
 */
import * as Schema from "effect/Schema"
import type { ArticleId } from "../catalogue/Article.ts"
import type { Message } from "../decision/Finding.ts"

export const DataProcessing = Schema.Literals([
  "collection",
  "storage",
  "use",
  "processing",
  "transmission",
  "provision",
  "disclosure",
  "other-processing"
])
export type DataProcessing = typeof DataProcessing.Type

export interface DataProcessingEntry {
  readonly id: DataProcessing
  readonly name: Message
  readonly citation: ArticleId
}

const entry = (id: DataProcessing, zh: string, en: string): DataProcessingEntry => ({
  id,
  name: { zh, en },
  citation: "sh-data-2021/2" as ArticleId
})

/** The kinds of data processing sh-data-2021 art 2 item 2 names, in its order, and the open end (等). */
export const dataProcessing: ReadonlyArray<DataProcessingEntry> = [
  entry("collection", "收集", "collection"),
  entry("storage", "存储", "storage"),
  entry("use", "使用", "use"),
  entry("processing", "加工", "processing"),
  entry("transmission", "传输", "transmission"),
  entry("provision", "提供", "provision"),
  entry("disclosure", "公开", "disclosure"),
  entry("other-processing", "等（其他数据处理活动）", "other processing (the list is open)")
]

/** The entry for a label, e.g. to show a vendor's operation with the statute's word for it. */
export const dataProcessingEntry = (id: DataProcessing): DataProcessingEntry =>
  dataProcessing.find((e) => e.id === id) as DataProcessingEntry
