import * as CaseIndexMemory from "../../src/ports/memory/CaseIndexMemory.ts"
import { caseIndexContract } from "../../src/testing/contracts/index.ts"

caseIndexContract("CaseIndexMemory", () => CaseIndexMemory.layer)
