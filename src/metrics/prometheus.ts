import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ChatBackend } from "../backends/types.ts";
import type { RouteStep } from "../routing/route.ts";
import type { WriteQueueStatus } from "../store/write-queue.ts";
import type { ChatOutcome, Metrics, RequestObservation } from "./metrics.ts";

export interface PrometheusOptions {
  /** Known label values: anything else is counted as "other", so no request can mint new series. */
  profiles: Iterable<string>;
  languages: Iterable<string>;
  models: Iterable<string>;
  /** Read at scrape time for queue depths. */
  backends: ReadonlyMap<string, ChatBackend>;
  writeStatus: () => WriteQueueStatus;
  /** Process metrics (CPU, memory, event loop lag); on by default. */
  processMetrics?: boolean;
}

/** Ratings name an interaction, not a profile: recent interactions are remembered (ids and profiles only) to label them. */
const RECENT_INTERACTIONS = 50_000;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const BACKEND_KINDS = new Set(["llama", "hosted"]);
const RISK_LEVELS = new Set(["none", "concern", "crisis"]);
const OUTCOMES = new Set(["ok", "error", "aborted", "unavailable"]);

const bounded = (allowed: ReadonlySet<string>) => (value: string | null | undefined) =>
  value === null || value === undefined || value === "" ? "" : allowed.has(value) ? value : "other";

/**
 * Prometheus metrics through prom-client, on a registry of its own (several gateways may share a process,
 * as they do in tests). Node only; hosts without prom-client use `noMetrics`.
 */
export function createPrometheusMetrics(options: PrometheusOptions): Metrics {
  const register = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register });
  const profile = bounded(new Set(options.profiles));
  const language = bounded(new Set([...options.languages, "und"]));
  const model = bounded(new Set(options.models));
  const backend = bounded(BACKEND_KINDS);
  const risk = bounded(RISK_LEVELS);
  const outcome = bounded(OUTCOMES);
  const method = (m: string) => (METHODS.has(m) ? m : "OTHER");

  const requests = new Counter({
    name: "glocal_http_requests_total",
    help: "HTTP requests by route pattern, method and status; chat requests also by the profile, language, model and backend that answered",
    labelNames: ["route", "method", "status", "profile", "language", "model", "backend"] as const,
    registers: [register],
  });
  const duration = new Histogram({
    name: "glocal_http_request_duration_seconds",
    help: "Time from request to the last byte of the response (for a stream, its end), by route pattern",
    labelNames: ["route", "method"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [register],
  });
  const answers = new Counter({
    name: "glocal_chat_answers_total",
    help: "Chat answers (one per profile in a comparison) by profile, language, model, backend, outcome and error code",
    labelNames: ["profile", "language", "model", "backend", "outcome", "code"] as const,
    registers: [register],
  });
  const ttft = new Histogram({
    name: "glocal_chat_time_to_first_token_seconds",
    help: "Time from request to the model's first token, by profile, model and backend",
    labelNames: ["profile", "model", "backend"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
    registers: [register],
  });
  const backendFailures = new Counter({
    name: "glocal_backend_failures_total",
    help: "Models that failed before their first token, by model and reason (queue_full: a full queue, the 429 cause; error: refused, 5xx, timeout)",
    labelNames: ["model", "reason"] as const,
    registers: [register],
  });
  const risks = new Counter({
    name: "glocal_risk_assessments_total",
    help: "Risk level of each answered conversation, by profile",
    labelNames: ["profile", "level"] as const,
    registers: [register],
  });
  const replacements = new Counter({
    name: "glocal_guard_replacements_total",
    help: "Answers the output guard replaced with the localised crisis template, by profile",
    labelNames: ["profile"] as const,
    registers: [register],
  });
  const ratings = new Counter({
    name: "glocal_ratings_total",
    help: 'Ratings accepted, by the rated answer\'s profile ("unknown" when the answer was served by another replica or before a restart)',
    labelNames: ["profile"] as const,
    registers: [register],
  });
  new Gauge({
    name: "glocal_backend_queue_depth",
    help: "Requests waiting for a busy local model, by model",
    labelNames: ["model"] as const,
    registers: [register],
    collect() {
      this.reset();
      for (const [id, b] of options.backends) this.set({ model: model(id) }, b.health().queued ?? 0);
    },
  });
  const writeGauge = (name: string, help: string, read: (s: WriteQueueStatus) => number) =>
    new Gauge({
      name,
      help,
      registers: [register],
      collect() {
        this.set(read(options.writeStatus()));
      },
    });
  writeGauge("glocal_write_queue_in_flight", "Database writes in flight", (s) => s.inFlight);
  writeGauge("glocal_write_queue_spooling", "1 while writes go to the disk spool because the database is away", (s) => (s.mode === "spooling" ? 1 : 0));
  writeGauge("glocal_write_spool_bytes", "Size of the write spool", (s) => s.spoolBytes);
  writeGauge("glocal_write_spooled_total", "Writes spooled since start", (s) => s.spooled);
  writeGauge("glocal_write_replayed_total", "Spooled writes replayed into the database since start", (s) => s.replayed);
  writeGauge("glocal_write_rejected_total", "Spooled writes the database refused for good since start", (s) => s.rejected);

  const recent = new Map<string, string>();

  return {
    observeRequest(request: RequestObservation) {
      const only = request.chats.length === 1 ? request.chats[0]!.row : undefined;
      requests.inc({
        route: request.route,
        method: method(request.method),
        status: String(request.status),
        profile: profile(only?.profile),
        language: language(only?.language),
        model: model(only?.model),
        backend: backend(only?.backend),
      });
      duration.observe({ route: request.route, method: method(request.method) }, request.durationMs / 1000);
    },
    observeChat({ row, risk: level, safetyReplaced }: ChatOutcome) {
      const labels = { profile: profile(row.profile), model: model(row.model), backend: backend(row.backend) };
      answers.inc({ ...labels, language: language(row.language), outcome: outcome(row.status), code: row.errorCode ? errorCode(row.errorCode) : "" });
      if (row.timeToFirstTokenMs !== null && row.timeToFirstTokenMs !== undefined) ttft.observe(labels, row.timeToFirstTokenMs / 1000);
      for (const step of row.route as RouteStep[]) {
        if (step.decision !== "failed") continue;
        backendFailures.inc({ model: model(step.model), reason: step.reason.includes("queue full") ? "queue_full" : "error" });
      }
      if (row.status !== "ok") return;
      risks.inc({ profile: labels.profile, level: risk(level) });
      if (safetyReplaced) replacements.inc({ profile: labels.profile });
      recent.set(row.id, labels.profile);
      if (recent.size > RECENT_INTERACTIONS) recent.delete(recent.keys().next().value as string);
    },
    observeRating(interactionId: string) {
      ratings.inc({ profile: recent.get(interactionId) ?? "unknown" });
    },
    async render() {
      return { contentType: register.contentType, body: await register.metrics() };
    },
  };
}

/** Error codes are glocal's own, but bounded anyway. */
const ERROR_CODES = new Set(["queue_full", "no_backend", "context_length_exceeded", "generation_failed"]);
const errorCode = (code: string) => (ERROR_CODES.has(code) ? code : "other");
