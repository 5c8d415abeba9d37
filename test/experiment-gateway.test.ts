import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServedBy } from "../src/chat/served-by.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { demoWeightsCatalog, startTestGateway, waitForInteraction, type TestGateway } from "./helpers/gateway.ts";

/**
 * A profile experiment through the real gateway on the demo weights: the kr profile, copied into a
 * temporary profiles directory, gets two arms over different catalog models.
 */
let gateway: TestGateway;
let profilesDir: string;

const ARMS = { regional: "exaone-3.5-2.4b-instruct", generic: "qwen2.5-1.5b-instruct" } as const;

beforeAll(async () => {
  profilesDir = mkdtempSync(join(tmpdir(), "glocal-profiles-"));
  cpSync(join(PROJECT_ROOT, "culture-profiles"), profilesDir, { recursive: true });
  const kr = JSON.parse(readFileSync(join(profilesDir, "kr.json"), "utf8")) as Record<string, unknown>;
  kr.experiment = {
    id: "kr-regional-vs-generic",
    arms: [
      { id: "regional", weight: 1, targets: [{ model: ARMS.regional, languages: ["ko", "en"] }] },
      { id: "generic", weight: 1, targets: [{ model: ARMS.generic, languages: ["ko", "en"] }] },
    ],
  };
  writeFileSync(join(profilesDir, "kr.json"), JSON.stringify(kr));
  gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true, GLOCAL_PROFILES_DIR: profilesDir }, catalog: demoWeightsCatalog() });
});

afterAll(async () => {
  await gateway?.close();
  rmSync(profilesDir, { recursive: true, force: true });
});

async function chat(fields: Record<string, unknown>) {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "glocal/kr", messages: [{ role: "user", content: "요즘 잠을 잘 못 자요" }], max_tokens: 8, ...fields }),
  });
  expect(response.status).toBe(200);
  return { glocal: ((await response.json()) as { glocal: ServedBy }).glocal, header: response.headers.get("x-glocal-experiment") };
}

describe("profile experiment arms through the gateway", () => {
  it("assigns each user one arm for good, routes to its model, shows it in glocal and the headers, and records it", async () => {
    const seen = new Set<string>();
    for (let user = 0; user < 12 && seen.size < 2; user++) {
      const first = await chat({ user: `person-${user}`, session_id: `p${user}-a` });
      const again = await chat({ user: `person-${user}`, session_id: `p${user}-b` });
      const arm = first.glocal.experiment?.arm as keyof typeof ARMS;
      expect(first.glocal.experiment).toEqual({ id: "kr-regional-vs-generic", arm, unit: "user" });
      expect(again.glocal.experiment).toEqual(first.glocal.experiment); // sticky across sessions
      expect(first.glocal.model).toBe(ARMS[arm]);
      expect(first.header).toBe(`kr-regional-vs-generic; arm=${arm}`);
      expect(first.glocal.route.find((step) => step.decision === "selected")?.reason).toContain(`experiment arm "${arm}"`);
      const row = await waitForInteraction(gateway, first.glocal.interaction_id);
      expect(row).toMatchObject({ experimentId: "kr-regional-vs-generic", experimentArm: arm, experimentUnit: "user", experimentShare: 0.5, model: ARMS[arm] });
      seen.add(arm);
    }
    expect([...seen].sort()).toEqual(["generic", "regional"]);
  });

  it("assigns by session without a user id, and enrols nobody without either or with a pinned model", async () => {
    const bySession = await chat({ session_id: "only-a-session" });
    expect(bySession.glocal.experiment?.unit).toBe("session");
    const anonymous = await chat({});
    expect(anonymous.glocal).not.toHaveProperty("experiment");
    expect(anonymous.header).toBeNull();
    expect((await waitForInteraction(gateway, anonymous.glocal.interaction_id)).experimentArm).toBeNull();
    const pinned = await chat({ model: ARMS.generic, profile: "kr", user: "person-0" });
    expect(pinned.glocal).not.toHaveProperty("experiment");
  });
});
