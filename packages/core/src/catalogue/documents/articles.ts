/** Every catalogued document's articles (their Chinese text and English gloss), in the order of the documents. */

import egovCloudPassword from "./egov-cloud-password.articles.ts"
import gbt222392019 from "./gbt-22239-2019.articles.ts"
import gbt222402020 from "./gbt-22240-2020.articles.ts"
import minhangIt2023 from "./minhang-it-2023.articles.ts"
import shArchive2005 from "./sh-archive-2005.articles.ts"
import shData2021 from "./sh-data-2021.articles.ts"
import shDigitalCert from "./sh-digital-cert.articles.ts"
import shELicense from "./sh-e-license.articles.ts"
import shEgov2012 from "./sh-egov-2012.articles.ts"
import shExtranet2020 from "./sh-extranet-2020.articles.ts"
import shGovWebsite from "./sh-gov-website.articles.ts"
import shPublicData2018 from "./sh-public-data-2018.articles.ts"
import shWebsiteSecurity2012 from "./sh-website-security-2012.articles.ts"
import xuhuiEseal2015 from "./xuhui-eseal-2015.articles.ts"
import yangpuIt2018 from "./yangpu-it-2018.articles.ts"

export const articles = [
  shEgov2012,
  shExtranet2020,
  shDigitalCert,
  xuhuiEseal2015,
  shArchive2005,
  shPublicData2018,
  shData2021,
  minhangIt2023,
  yangpuIt2018,
  shWebsiteSecurity2012,
  shGovWebsite,
  egovCloudPassword,
  shELicense,
  gbt222402020,
  gbt222392019
] as const
