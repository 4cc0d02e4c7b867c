/**
 * An example input for every validator, as plain JSON (what a client would
 * send) with the day it is decided on: for the OpenAPI document's request
 * examples, the docs' playground and vendors' own tests. A test decodes and
 * decides each one.
 */
export interface ValidatorExample {
  readonly asOf: string
  readonly input: unknown
}

export const validatorExamples: Readonly<Record<string, ValidatorExample>> = {
  "approvals/submission": {
    asOf: "2026-03-02",
    input: {
      name: "健康云",
      projectUnit: "sh-health-commission",
      funding: "municipal-annual-it-budget",
      system: {
        publicFacing: true,
        builtOn: "extranet",
        servedOverInternet: true,
        classified: false,
        isolatedSingleDepartment: false
      },
      newBusinessNetwork: null,
      software: [
        {
          name: "数据库",
          licensed: true
        }
      ],
      securityProducts: [
        {
          name: "防火墙",
          certified: true
        }
      ],
      protection: {
        gradedLevel: 3,
        classifiedGrade: null
      },
      district: null
    }
  },
  "networks/topology": {
    asOf: "2026-03-02",
    input: {
      networks: [
        {
          id: "internal",
          kind: "internal"
        },
        {
          id: "ext-city",
          kind: "extranet",
          level: "municipal"
        },
        {
          id: "ext-pudong",
          kind: "extranet",
          level: "district"
        },
        {
          id: "radio-800",
          kind: "trunked-radio"
        },
        {
          id: "internet",
          kind: "internet"
        }
      ],
      systems: [
        {
          id: "secret-docs",
          network: "internal",
          secrecy: "classified",
          purpose: "government-work"
        },
        {
          id: "one-net-portal",
          network: "ext-city",
          secrecy: "non-classified",
          purpose: "public-facing"
        },
        {
          id: "district-oa",
          network: "ext-pudong",
          secrecy: "non-classified",
          purpose: "government-work"
        },
        {
          id: "flood-dispatch",
          network: "radio-800",
          secrecy: "non-classified",
          purpose: "emergency-command-and-dispatch"
        }
      ],
      links: [
        {
          a: "ext-city",
          b: "internet",
          isolation: "logical"
        },
        {
          a: "ext-city",
          b: "ext-pudong",
          isolation: "none"
        },
        {
          a: "internal",
          b: "ext-city",
          isolation: "physical"
        }
      ]
    }
  },
  "networks/business-network": {
    asOf: "2026-03-02",
    input: {
      id: "bp-tax",
      owner: "sh-tax",
      status: "proposed",
      secrecy: "non-classified",
      mergeInto: null,
      stateExemption: null
    }
  },
  "networks/connected-unit": {
    asOf: "2026-03-02",
    input: {
      unit: "sh-gov-office",
      network: "extranet",
      managementResponsibility: "办公室",
      dailyOperation: ["terminal-devices", "applications"]
    }
  },
  "networks/extranet-access-request": {
    asOf: "2026-03-02",
    input: {
      applicant: {
        id: "sh-big-data-center",
        body: "other"
      },
      level: "municipal",
      carries: "non-classified"
    }
  },
  "security/system": {
    asOf: "2026-03-02",
    input: {
      system: "pd-oa",
      secrecy: "non-classified",
      competentAuthority: "pd-office",
      operator: "pd-it-center",
      users: ["pd-education", "pd-health"],
      regimes: ["graded-protection", "security-testing", "emergency-management", "security-inspection"]
    }
  },
  "security/grading": {
    asOf: "2026-03-02",
    input: {
      system: "sys-b",
      secrecy: "non-classified",
      businessInformation: [
        {
          object: "social-order-and-public-interest",
          degree: "general"
        },
        {
          object: "citizens-and-organisations",
          degree: "especially-serious"
        }
      ],
      systemService: [
        {
          object: "social-order-and-public-interest",
          degree: "serious"
        }
      ],
      declaredLevel: 5
    }
  },
  "security/products": {
    asOf: "2026-03-02",
    input: {
      project: "proj-2",
      software: [
        {
          name: "db",
          licensed: true,
          basic: false,
          domesticIp: false
        }
      ],
      securityProducts: []
    }
  },
  "security/website": {
    asOf: "2026-03-02",
    input: {
      website: "www.example.gov.cn",
      leaderInCharge: "李四",
      firstResponsiblePerson: "李四",
      responsibleDepartment: "信息中心",
      responsiblePerson: "李四"
    }
  },
  "security/role-change": {
    asOf: "2026-03-02",
    input: {
      change: "create-role",
      role: {
        id: "admin",
        duties: []
      },
      incompatibleDuties: [],
      signOff: {
        by: "李科长",
        capacity: "authorised-person"
      }
    }
  },
  "security/identification": {
    asOf: "2026-03-02",
    input: {
      system: "pd-oa",
      level: 3,
      controls: [
        "identification-and-authentication",
        "login-failure-handling",
        "remote-management-protection",
        "multi-factor-with-cryptography",
        "accounts-and-rights-assigned",
        "default-accounts-handled",
        "surplus-and-shared-accounts-removed",
        "least-privilege-and-admin-separation"
      ],
      passwords: {
        minLength: 8,
        characterClasses: 3,
        maxAgeDays: 90,
        maxFailedLogins: 5
      }
    }
  },
  "certificates/service-eligibility": {
    asOf: "2026-03-02",
    input: {
      domain: "e-commerce",
      service: {
        id: "ca-other",
        lawfullyEstablished: true,
        recognisedBy: [],
        meetsUnifiedRequirements: false
      }
    }
  },
  "certificates/requirement": {
    asOf: "2026-03-02",
    input: {
      activity: "official-document-archiving",
      needs: ["authorisation-management"],
      usesCertificate: true
    }
  },
  "certificates/application": {
    asOf: "2026-03-02",
    input: {
      applicant: {
        kind: "government-body",
        id: "xh-office"
      },
      holder: {
        kind: "unit",
        id: "xh-office"
      },
      domain: "e-government",
      service: {
        id: "ca-shect",
        lawfullyEstablished: true,
        recognisedBy: ["sh-informatization-commission", "sh-cryptography-office", "sh-state-secrets-bureau"],
        meetsUnifiedRequirements: true
      },
      documentsValid: true
    }
  },
  "certificates/issuance": {
    asOf: "2026-03-02",
    input: {
      serial: "C002",
      domain: "e-commerce",
      reviewPassed: true,
      agreementSigned: true,
      carrier: {
        meetsNationalCryptographyRules: true
      },
      fee: {
        approvedByPriceAuthority: false,
        postedByService: true,
        agreedInServiceAgreement: true
      }
    }
  },
  "certificates/fee": {
    asOf: "2026-03-02",
    input: {
      domain: "e-commerce",
      fee: {
        approvedByPriceAuthority: true,
        postedByService: true,
        agreedInServiceAgreement: true
      }
    }
  },
  "certificates/use": {
    asOf: "2026-03-02",
    input: {
      register: {
        holder: {
          kind: "individual",
          id: "p-chen"
        },
        internalRules: {
          actualCustodian: true,
          rightsOfUse: true,
          purpose: false,
          register: false,
          issuing: false
        },
        certificates: [
          {
            serial: "C003",
            status: "active",
            validFrom: "2017-11-20",
            validUntil: "2028-04-23",
            domain: "public-service",
            carrier: {
              meetsNationalCryptographyRules: false
            }
          }
        ],
        entries: [
          {
            type: "authorised",
            id: "A3",
            serial: "C003",
            grantee: "p-li",
            purposes: ["online-approval"],
            from: "2004-03-03",
            until: "2023-01-28"
          }
        ]
      },
      serial: "C002",
      user: "p-zhang",
      activity: "official-document-flow"
    }
  },
  "certificates/unit-custody": {
    asOf: "2026-03-02",
    input: {
      holder: {
        kind: "unit",
        id: "xh-office"
      },
      internalRules: {
        actualCustodian: true,
        rightsOfUse: true,
        purpose: true,
        register: true,
        issuing: true
      },
      certificates: [
        {
          serial: "C001",
          status: "active",
          validFrom: "2024-01-01",
          validUntil: "2027-12-31",
          domain: "e-government",
          carrier: {
            meetsNationalCryptographyRules: true
          }
        },
        {
          serial: "C002",
          status: "active",
          validFrom: "2024-01-01",
          validUntil: "2027-12-31",
          domain: "e-government",
          carrier: {
            meetsNationalCryptographyRules: true
          }
        }
      ],
      entries: [
        {
          type: "custodian-assigned",
          serial: "C001",
          custodian: "p-wang",
          on: "2024-01-01"
        },
        {
          type: "custodian-assigned",
          serial: "C002",
          custodian: "p-wang",
          on: "2024-01-01"
        },
        {
          type: "authorised",
          id: "A1",
          serial: "C001",
          grantee: "p-li",
          purposes: ["official-document-flow"],
          from: "2026-01-01",
          until: "2026-12-31"
        }
      ]
    }
  },
  "certificates/disclosure": {
    asOf: "2026-03-02",
    input: {
      information: "holder-identity",
      providedForByLaw: true
    }
  },
  "seals/use": {
    asOf: "2026-03-02",
    input: {
      documentKind: "notice",
      channel: "internal-office-platform",
      secrecy: "none",
      sealOwner: {
        id: "xh-office",
        xuhuiDistrictUnit: true
      },
      issuers: {
        lead: "xh-office",
        coIssuers: []
      },
      certificate: {
        serial: "5A3F00C1",
        status: "active",
        validFrom: "2024-01-01",
        validUntil: "2027-12-31"
      }
    }
  },
  "seals/legal-effect": {
    asOf: "2026-03-02",
    input: {
      sealed: true,
      form: "original"
    }
  },
  "archives/integrity": {
    asOf: "2026-03-02",
    input: {
      record: {
        documentId: "xh-2026-0003",
        unit: {
          id: "xh-office",
          kind: "party-or-state-organ"
        },
        fromDepartment: "documents-office",
        archivesOf: "xh-office",
        transferredOn: "2026-03-10",
        leaderInCharge: "li-na",
        responsiblePerson: "zhang-wei",
        metadata: {
          title: "关于开展电子公文归档检查的通知",
          documentNumber: "徐府办〔2026〕3号",
          issuer: "xh-office",
          dated: "2026-03-02",
          format: "ofd",
          sealed: false,
          seal: null
        },
        fingerprints: {
          document: "d0f82bb87adc0d7a8104693464bbe6aeaf2c7eaa3a860c9e9912928024c31638",
          content: "42728fa0a348b30971630eb193a4fea691d636e9dd5b6cba7581f74700d36b96",
          metadata: "5c513728f53b0cc8ff0b97010f02abf524a0f4327ae61e3fce65674f742e42f0"
        }
      },
      read: {
        fingerprints: {
          document: "d0f82bb87adc0d7a8104693464bbe6aeaf2c7eaa3a860c9e9912928024c31638",
          content: "42728fa0a348b30971630eb193a4fea691d636e9dd5b6cba7581f74700d36b96",
          metadata: "5c513728f53b0cc8ff0b97010f02abf524a0f4327ae61e3fce65674f742e42f0"
        },
        metadata: {
          title: "关于开展电子公文归档检查的通知",
          documentNumber: "徐府办〔2026〕3号",
          issuer: "xh-office",
          dated: "2026-03-02",
          format: "ofd",
          sealed: false,
          seal: null
        }
      }
    }
  },
  "data-sharing/sharing": {
    asOf: "2026-03-02",
    input: {
      holder: {
        id: "sh-market-regulation",
        administrativeOrgan: true
      },
      database: {
        name: "法人库",
        kind: "legal-person"
      },
      shared: true,
      exception: null,
      deferral: null
    }
  },
  "data-sharing/public-body": {
    asOf: "2026-03-02",
    input: {
      id: "sh-red-cross",
      kind: "other-state-organ",
      performsPublicFunctions: true,
      sector: null,
      under: "sh-data-2021"
    }
  },
  "data-sharing/measures-scope": {
    asOf: "2026-03-02",
    input: {
      activity: "building",
      inShanghai: true,
      involvesStateSecrets: false
    }
  },
  "websites/naming": {
    asOf: "2026-03-02",
    input: {
      kind: "municipal-department",
      departmentShortName: "𝁧𖤵",
      name: "上海𝁧𖤵"
    }
  },
  "e-licences/system": {
    asOf: "2026-03-02",
    input: {
      name: "部门审批系统",
      proposer: {
        id: "sh-big-data-center",
        kind: "city-level"
      },
      licenceLibrary: "unified",
      issuesLicences: {
        issuer: "other",
        kinds: ["approval-document"],
        collectedIntoUnifiedLibrary: false,
        followsStandards: true
      },
      usesLicencesInServices: {
        viaUnifiedLibrary: true
      }
    }
  },
  "archives/transfer": {
    asOf: "2026-03-02",
    input: {
      documentId: "xh-2026-0003",
      unit: {
        id: "xh-office",
        kind: "party-or-state-organ"
      },
      fromDepartment: "documents-office",
      archivesOf: "xh-office",
      transferredOn: "2026-03-10",
      leaderInCharge: "li-na",
      responsiblePerson: "zhang-wei",
      metadata: {
        title: "关于开展电子公文归档检查的通知",
        documentNumber: "徐府办〔2026〕3号",
        issuer: "xh-office",
        dated: "2026-03-02",
        format: "ofd",
        sealed: false,
        seal: null
      },
      fingerprints: {
        document: "d0f82bb87adc0d7a8104693464bbe6aeaf2c7eaa3a860c9e9912928024c31638",
        content: "42728fa0a348b30971630eb193a4fea691d636e9dd5b6cba7581f74700d36b96",
        metadata: "5c513728f53b0cc8ff0b97010f02abf524a0f4327ae61e3fce65674f742e42f0"
      }
    }
  },
  "certificates/handover": {
    asOf: "2026-04-01",
    input: {
      register: {
        holder: {
          kind: "unit",
          id: "xh-office"
        },
        internalRules: {
          actualCustodian: true,
          rightsOfUse: true,
          purpose: true,
          register: true,
          issuing: true
        },
        certificates: [
          {
            serial: "C001",
            status: "active",
            validFrom: "2024-01-01",
            validUntil: "2027-12-31",
            domain: "e-government",
            carrier: {
              meetsNationalCryptographyRules: true
            }
          },
          {
            serial: "C002",
            status: "active",
            validFrom: "2024-01-01",
            validUntil: "2027-12-31",
            domain: "e-government",
            carrier: {
              meetsNationalCryptographyRules: true
            }
          }
        ],
        entries: [
          {
            type: "custodian-assigned",
            serial: "C001",
            custodian: "p-wang",
            on: "2024-01-01"
          },
          {
            type: "custodian-assigned",
            serial: "C002",
            custodian: "p-wang",
            on: "2024-01-01"
          },
          {
            type: "authorised",
            id: "A1",
            serial: "C001",
            grantee: "p-li",
            purposes: ["official-document-flow"],
            from: "2026-01-01",
            until: "2026-12-31"
          }
        ]
      },
      handover: {
        type: "handed-over",
        serial: "C001",
        from: "p-wang",
        to: "p-zhang",
        on: "2026-04-01"
      }
    }
  },
  "approvals/plan-record": {
    asOf: "2026-03-02",
    input: {
      plan: {
        kind: "annual-work-plan",
        title: "2026年度工作计划",
        filer: "pd-gov",
        cityPlan: null,
        milestones: ["Q2"]
      },
      registration: "备-1",
      progressReports: [
        {
          period: "Q1",
          summary: "按计划推进"
        }
      ]
    }
  },
  "approvals/organisation": {
    asOf: "2026-03-02",
    input: {
      body: "pd-gov",
      level: "district",
      responsibleLeader: {
        name: "区长",
        principalLeader: true
      },
      responsibleDepartment: "区大数据中心"
    }
  },
  "approvals/online-approval-system": {
    asOf: "2026-03-02",
    input: {
      system: "区网上审批系统",
      owner: "pd-gov",
      level: "district",
      connectedToMunicipalPlatform: true,
      electronicSupervision: {
        organ: "district",
        means: ["system-docking"]
      }
    }
  },
  "certificates/service-agreement": {
    asOf: "2026-03-02",
    input: {
      reference: "AGR-2026-001",
      terms: ["renewal", "loss-report", "revocation", "rights-and-duties"]
    }
  }
}
