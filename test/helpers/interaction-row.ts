import { randomUUID } from "node:crypto";
import type { InteractionRow } from "../../src/store/schema.ts";

/** An interaction row for tests: a Korean message on kr, answered; pass only what a test cares about. */
export function interactionRow(overrides: Partial<InteractionRow> = {}): InteractionRow {
  return {
    id: randomUUID(),
    profile: "kr",
    language: "ko",
    languageConfidence: 1,
    languageMethod: "script",
    otherCulture: false,
    route: [],
    status: "ok",
    stream: false,
    latencyMs: 1,
    ...overrides,
  };
}
