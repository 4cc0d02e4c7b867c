/** The e-licence validator: does this proposed system fit the one city-wide e-licence library (sh-e-license section 二)? */
import * as Validator from "../decision/Validator.ts"
import { ProposedSystem } from "./model.ts"
import {
  collectedIntoUnifiedLibrary,
  noOwnLicenceLibrary,
  servicesUseUnifiedLibrary
} from "./section2-unified-library.ts"

export const system = Validator.make<ProposedSystem>({
  id: "e-licences/system",
  title: {
    zh: "该系统是否符合全市统一电子证照库的要求",
    en: "does this proposed system fit the one city-wide e-licence library"
  },
  input: ProposedSystem,
  rules: [noOwnLicenceLibrary, collectedIntoUnifiedLibrary, servicesUseUnifiedLibrary]
})
