/**
 * The articles (their Chinese text and English gloss) of:
 * GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》 (the national graded-protection baseline),
 * cited as a reference. Text: sources/reference/password-controls-gbt22239-summary.txt, a study note
 * tabulating the identification and access-control requirements of the computing environment by
 * protection level (√ = required at that level). The "articles" are the SDK's numbering of the
 * note's two tables, not the standard's clause numbers.
 */
import { defineArticles } from "../define.ts"
import document from "./gbt-22239-2019.ts"

export default defineArticles(document, [
  {
    number: "1",
    label: "身份鉴别",
    heading: null,
    chapter: "安全通用要求 › 安全计算环境",
    textZh:
      "身份鉴别                                                                           L1 L2 L3 L4\n   a 应对登录的用户进行身份标识和鉴别，身份标识具有唯一性，身份鉴别信息具有复杂度要求并定期更换。   √  √  √  √\n   b 应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数和当登录连接超时自动退出等相关措施。 √  √  √  √\n   c 当进行远程管理时，应采取必要措施防止鉴别信息在网络传输过程中被窃听。                          √  √  √\n   d 应采用口令、密码技术、生物技术等两种或两种以上组合的鉴别技术对用户进行身份鉴别，\n     且其中一种鉴别技术至少应使用密码技术来实现。                                                      √  √",
    glossEn:
      "Identification and authentication by level: unique identities with complex, periodically changed credentials and login-failure handling (levels 1-4); protection of credentials in remote management (levels 2-4); two or more authentication techniques, one of them cryptographic (levels 3-4).",
    truncated: false
  },
  {
    number: "2",
    label: "访问控制",
    heading: null,
    chapter: "安全通用要求 › 安全计算环境",
    textZh:
      "访问控制 (password-related items)\n     应对登录的用户分配账户和权限。                                                    √  √  √  √\n     应重命名或删除默认账户，修改默认账户的默认口令。                                  √  √  √  √\n     应及时删除或停用多余的、过期的账户，避免共享账户的存在。                          √  √  √  √\n     应授予管理用户所需的最小权限，实现管理用户的权限分离。                               √  √  √",
    glossEn:
      "Access control by level: accounts and rights for every user, default accounts renamed or removed and default passwords changed, surplus, expired and shared accounts removed (levels 1-4); least privilege and separation of administrators' rights (levels 2-4).",
    truncated: false
  }
])
