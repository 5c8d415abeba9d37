import type { RiskLevel } from "../safety/index.ts";
import type { InteractionRow } from "../store/schema.ts";

/**
 * What the app tells its metrics, runtime-agnostic: the Node entry injects a Prometheus implementation
 * (prometheus.ts, prom-client), other hosts may inject their own or keep `noMetrics`. Observations carry
 * ids, names and numbers only, never message text or user ids.
 */
export interface Metrics {
  /** One HTTP request, when its response has been sent (for a stream: when the stream ended). */
  observeRequest(request: RequestObservation): void;
  /** One chat answer (or failure to answer); /v1/chat/compare makes one per profile. */
  observeChat(chat: ChatOutcome): void;
  /** A rating was accepted for an interaction. */
  observeRating(interactionId: string): void;
  /** The Prometheus text exposition; undefined where metrics are off. */
  render(): Promise<{ contentType: string; body: string } | undefined>;
}

export interface RequestObservation {
  /** The route pattern that answered ("/v1/profiles/:id"), or "unmatched": never the raw path. */
  route: string;
  method: string;
  status: number;
  durationMs: number;
  /** The chat outcomes of this request, with the labels of the one that answered it, if just one did. */
  chats: readonly ChatOutcome[];
}

/** A chat run as recorded: the interaction row (no text in it) plus what the row does not hold. */
export interface ChatOutcome {
  /** `route` holds the RouteStep[] trace. */
  row: InteractionRow;
  risk: RiskLevel;
  /** The output guard replaced the model's answer with the crisis template. */
  safetyReplaced: boolean;
}

export const noMetrics: Metrics = {
  observeRequest: () => {},
  observeChat: () => {},
  observeRating: () => {},
  render: async () => undefined,
};
