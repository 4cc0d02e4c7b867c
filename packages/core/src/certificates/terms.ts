/**
 * The words clerks read for the certificate model's codes, in Chinese and
 * English: messages name domains, needs, protected information and the
 * recognising bodies by these, never by their codes.
 */
import type { Message } from "../decision/Finding.ts"
import { agencies } from "./agencies.ts"
import type { Domain, Need, ProtectedInformation } from "./model.ts"

export const domain: Record<Domain, Message> = {
  "e-government": { zh: "电子政务活动", en: "e-government" },
  "public-service": { zh: "社会公共服务活动", en: "public-service" },
  "e-commerce": { zh: "电子商务活动", en: "e-commerce" }
}

/** "an e-government", "a public-service": the English article before a term. */
export const a = (en: string): string => (/^[aeiou]/u.test(en) ? `an ${en}` : `a ${en}`)

export const need: Record<Need, Message> = {
  "identity-authentication": { zh: "身份认证", en: "identity authentication" },
  "authorisation-management": { zh: "授权管理", en: "authorisation management" },
  accountability: { zh: "责任认定", en: "accountability" }
}

export const information: Record<ProtectedInformation, Message> = {
  "holder-identity": { zh: "数字证书持有人的身份信息", en: "holder's identity" },
  "entrusted-key": { zh: "数字证书持有人委托认证机构保管的数字证书密钥", en: "entrusted key" },
  other: { zh: "其他信息", en: "other information" }
}

/** A body of the agencies table by its name; an id the table does not hold is quoted as given. */
export const agencyName = (id: string): Message => {
  const a = agencies.find((x) => x.id === id)
  return a === undefined ? { zh: `「${id}」`, en: `“${id}”` } : a.name
}
