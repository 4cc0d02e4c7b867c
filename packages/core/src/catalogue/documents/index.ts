/** Every catalogued document (its dates, titles and standing, not its articles' text), in the order of the design's table. */

import egovCloudPassword from "./egov-cloud-password.ts"
import gbt222392019 from "./gbt-22239-2019.ts"
import gbt222402020 from "./gbt-22240-2020.ts"
import minhangIt2023 from "./minhang-it-2023.ts"
import shArchive2005 from "./sh-archive-2005.ts"
import shData2021 from "./sh-data-2021.ts"
import shDigitalCert from "./sh-digital-cert.ts"
import shELicense from "./sh-e-license.ts"
import shEgov2012 from "./sh-egov-2012.ts"
import shExtranet2020 from "./sh-extranet-2020.ts"
import shGovWebsite from "./sh-gov-website.ts"
import shPublicData2018 from "./sh-public-data-2018.ts"
import shWebsiteSecurity2012 from "./sh-website-security-2012.ts"
import xuhuiEseal2015 from "./xuhui-eseal-2015.ts"
import yangpuIt2018 from "./yangpu-it-2018.ts"

export const documents = [
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
