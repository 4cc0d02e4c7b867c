import * as EventStoreMemory from "../../src/ports/memory/EventStoreMemory.ts"
import { eventStoreContract } from "../../src/testing/contracts/index.ts"

eventStoreContract("EventStoreMemory", () => EventStoreMemory.layer)
