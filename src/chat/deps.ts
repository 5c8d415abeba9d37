import type { ChatBackend } from "../backends/types.ts";
import type { Catalog } from "../catalog/schema.ts";
import type { ChatOutcome } from "../metrics/metrics.ts";
import type { PrivacyKeys } from "../privacy/keys.ts";
import type { Lens } from "../profiles/lens-schema.ts";
import type { Profile } from "../profiles/schema.ts";
import type { InteractionRow } from "../store/schema.ts";
import type { InteractionTextWrite } from "../store/write-ops.ts";
import type { Logger } from "../util/log.ts";
import type { GuardModel } from "./guard-model.ts";

/** What a chat run needs from the deployment: data, backends, the store's writers and keys. */
export interface ChatRunDeps {
  profiles: ReadonlyMap<string, Profile>;
  lenses: ReadonlyMap<string, Lens>;
  catalog: Catalog;
  backends: ReadonlyMap<string, ChatBackend>;
  /** Languages this deployment serves: detection is restricted to them. */
  servedLanguages: readonly string[];
  /** Model tried after a profile's fallback (the demo model in offline mode). */
  lastResort?: string;
  /** After this many user turns, or minutes of a session, the model is asked to suggest a break or reaching out to people. */
  breakAfterTurns: number;
  breakAfterMinutes: number;
  /** When a session began (its first recorded interaction), for the break suggestion. */
  sessionStartedAt?: (sessionId: string) => Promise<Date | undefined>;
  recordInteraction: (row: InteractionRow) => void;
  /** Set only where the deployment opted in to storing text (GLOCAL_STORE_TEXT). */
  recordInteractionText?: (row: InteractionTextWrite) => void;
  /** User hashes and rating tokens. */
  keys: PrivacyKeys;
  /** The learned guard classifier (GLOCAL_GUARD_MODEL); the lexicon guards alone when absent. */
  guard?: GuardModel;
  /**
   * BENCHMARK ONLY (scripts/bench/guard.ts): send the model's deltas unguarded, to measure what the guard
   * adds. Set only by startGateway's `unguardedForBenchmark` option, never from a request or the environment.
   */
  unguardedForBenchmark?: boolean;
  log: Logger;
  /** Told of every chat run as it is recorded (metrics, the request log); ids and numbers only, never text. */
  onChatRecorded?: (outcome: ChatOutcome) => void;
}
