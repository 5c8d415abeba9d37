/**
 * A hosted chat model reached through @huggingface/inference's InferenceClient.
 *
 * Three kinds of upstream, from the catalog's `endpoint`:
 * - `url`: a Hugging Face Inference Endpoint or any TGI-/OpenAI-compatible server. The client
 *   (hf-inference conversational helper) derives the POST URL from it: trailing slashes are
 *   dropped; a URL ending in `/chat/completions` is used as is; one ending in `/v1` gets
 *   `/chat/completions`; anything else gets `/v1/chat/completions`. So `http://host:8080`,
 *   `http://host:8080/`, `http://host:8080/v1` and `http://host:8080/v1/chat/completions` all
 *   post to `http://host:8080/v1/chat/completions`. A query string is not supported.
 * - `provider` (+ `model`): Inference Providers. With an `hf_…` token the request goes through
 *   router.huggingface.co/<provider>/…; with a provider's own key, straight to the provider.
 *   The Hub's provider mapping (model id → provider id) is fetched once and cached by the client.
 * - `provider: "auto"`: the Hugging Face router picks the provider (needs an `hf_…` token).
 *
 * `endpoint.model` is always sent: without it the client would send the endpoint URL as the model.
 */
import { InferenceClient, PROVIDERS_OR_POLICIES, type InferenceProviderOrPolicy } from "@huggingface/inference";
import type { HostedModel } from "../../catalog/schema.ts";
import type { BackendHealth, ChatBackend, GenerateEvent, GenerateRequest } from "../types.ts";
import { CircuitBreaker } from "./circuit-breaker.ts";
import { classifyUpstreamError } from "./classify-error.ts";
import { engineRequestFields } from "./engine-wire.ts";
import { HostedUnavailableError, UpstreamRejectedError } from "./errors.ts";
import { UpstreamDeadline } from "./upstream-deadline.ts";
import { CompletionTally, estimatePromptTokens } from "./usage-estimate.ts";

type ChatCompletionArgs = Parameters<InferenceClient["chatCompletionStream"]>[0];
type Usage = Extract<GenerateEvent, { type: "done" }>["usage"];

/** Back-off after a failure before the endpoint is tried again. */
export const DEFAULT_BACKOFF_MS = 15_000;

export interface HostedBackendOptions {
  /** Where the token variable is read, at each request; process.env on Node. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How long the endpoint counts as down after a failure (unless it sent Retry-After). */
  backoffMs?: number;
  /** Clock for the back-off; Date.now by default. */
  now?: () => number;
  /**
   * true (default): chatCompletionStream, deltas as they arrive. false: one chatCompletion call
   * per request, yielded as a single delta, for upstreams that cannot stream.
   */
  streaming?: boolean;
  /** fetch the client uses; the global one by default. */
  fetch?: typeof fetch;
}

type Target = { kind: "url"; url: string } | { kind: "provider"; provider: InferenceProviderOrPolicy };

export class HostedBackend implements ChatBackend {
  readonly kind = "hosted" as const;
  readonly demo: boolean;
  /** Where requests go, for /readyz and traces: the URL without credentials, or `provider:<name>`. */
  readonly upstream: string;

  private readonly client = new InferenceClient();
  private readonly target: Target;
  private readonly circuit: CircuitBreaker;
  private readonly env: Readonly<Record<string, string | undefined>>;
  private readonly now: () => number;
  private readonly streaming: boolean;
  private readonly baseFetch: typeof fetch;

  constructor(
    readonly id: string,
    private readonly entry: HostedModel,
    options: HostedBackendOptions = {},
  ) {
    this.target = resolveTarget(id, entry);
    this.upstream = this.target.kind === "url" ? redactUrl(this.target.url) : `provider:${this.target.provider}`;
    this.demo = entry.demo;
    this.now = options.now ?? Date.now;
    this.circuit = new CircuitBreaker(options.backoffMs ?? DEFAULT_BACKOFF_MS, this.now);
    this.env = options.env ?? (typeof process !== "undefined" ? process.env : {});
    this.streaming = options.streaming ?? true;
    // Called unbound: some runtimes (Workers) reject fetch invoked with a foreign `this`.
    this.baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  health(): BackendHealth {
    if (this.target.kind === "provider" && !this.token()) {
      return { state: "missing", detail: `no token: set ${this.tokenVariable()} to call provider ${this.target.provider}` };
    }
    return this.circuit.health();
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<GenerateEvent> {
    signal.throwIfAborted();
    const token = this.token();
    if (this.target.kind === "provider" && !token) {
      throw new HostedUnavailableError(`no token: set ${this.tokenVariable()}`, this.id, "no-token");
    }
    if (this.circuit.isOpen()) {
      const retryAfterSeconds = Math.ceil(this.circuit.remainingMs() / 1000);
      const detail = this.circuit.health().detail;
      throw new HostedUnavailableError(`${this.id} is down: ${detail}`, this.id, "circuit-open", undefined, retryAfterSeconds);
    }

    const timeoutMs = this.entry.endpoint.timeoutMs;
    const deadline = new UpstreamDeadline(signal, timeoutMs);
    let retryAfterHeader: string | null = null;
    let lastResponse: Response | undefined;
    const baseFetch = this.baseFetch;
    // Every request the client makes (the Hub provider mapping included, which the client sends
    // without a signal) gets the deadline's signal; and we keep Retry-After, which the client's
    // errors do not carry.
    const fetchWithDeadline: typeof fetch = async (input, init) => {
      const response = await baseFetch(input, { ...init, signal: deadline.signal });
      retryAfterHeader = response.headers.get("retry-after");
      lastResponse = response;
      return response;
    };
    // retry_on_error: false, or the client re-sends on every 503 forever, without back-off.
    const callOptions = { signal: deadline.signal, fetch: fetchWithDeadline, retry_on_error: false };
    const args = this.buildArgs(request, token);
    let started = false;

    const fail = (error: unknown): Error => {
      if (signal.aborted) return abortReason(signal); // the caller left: not the upstream's fault
      if (error instanceof HostedUnavailableError || error instanceof UpstreamRejectedError) return error;
      const mapped = classifyUpstreamError(error, {
        backendId: this.id,
        timedOut: deadline.timedOut,
        timeoutMs,
        started,
        retryAfterHeader,
        now: this.now(),
      });
      if (!started && mapped instanceof HostedUnavailableError) {
        const retryAfterMs = mapped.retryAfterSeconds === undefined ? undefined : mapped.retryAfterSeconds * 1000;
        this.circuit.recordFailure(mapped.message, retryAfterMs);
      }
      return mapped;
    };

    const tally = new CompletionTally();
    let finishReason: string | undefined;
    let usage: Usage | undefined;

    // A caller that only uses the whole answer gets one plain upstream call: no SSE to frame and parse.
    if (this.streaming && !request.wholeAnswer) {
      const stream = this.client.chatCompletionStream({ ...args, stream_options: { include_usage: true } }, callOptions);
      let completed = false;
      try {
        while (true) {
          deadline.arm();
          const next = await stream.next();
          deadline.pause();
          if (next.done) break;
          if (!started) this.circuit.recordSuccess();
          const chunk = next.value;
          usage = readUsage(chunk.usage) ?? usage;
          const choice = chunk.choices?.[0];
          if (choice?.finish_reason) finishReason = choice.finish_reason;
          const text = choice?.delta?.content;
          if (typeof text === "string" && text.length > 0) {
            started = true;
            tally.add(text);
            yield { type: "text", text };
          }
        }
        // The client stops reading at [DONE]; what follows (the body's end) is read here, under the
        // deadline, so the keep-alive connection is reused rather than closed by an abort.
        deadline.arm();
        completed = await readToEnd(lastResponse);
      } catch (error) {
        throw fail(error);
      } finally {
        // Also reached when the consumer stops early: abort closes the upstream socket.
        deadline.dispose(completed);
        await stream.return(undefined).catch(() => undefined);
      }
    } else {
      let text: string;
      let completed = false;
      try {
        deadline.arm();
        const output = await this.client.chatCompletion(args, callOptions);
        const choice = output?.choices?.[0];
        if (typeof choice?.message?.content !== "string") {
          throw new UpstreamRejectedError("upstream answered without message content", this.id);
        }
        text = choice.message.content;
        finishReason = choice.finish_reason;
        usage = readUsage(output.usage);
        completed = true;
      } catch (error) {
        throw fail(error);
      } finally {
        // On success the client has read the whole body: nothing left to abort.
        deadline.dispose(completed);
      }
      this.circuit.recordSuccess();
      if (text.length > 0) {
        tally.add(text);
        yield { type: "text", text };
      }
    }

    this.circuit.recordSuccess();
    yield {
      type: "done",
      finishReason: finishReason === "length" ? "length" : "stop",
      // Upstream counts when it sent them; otherwise ESTIMATES (see usage-estimate.ts).
      usage: usage ?? { promptTokens: estimatePromptTokens(request.messages), completionTokens: tally.tokens() },
    };
  }

  private buildArgs(request: GenerateRequest, token: string | undefined): ChatCompletionArgs {
    const { model, extra } = engineRequestFields(this.entry.endpoint);
    const args: ChatCompletionArgs = {
      ...extra,
      model,
      messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    };
    if (token) args.accessToken = token;
    if (this.target.kind === "url") args.endpointUrl = this.target.url;
    else args.provider = this.target.provider;
    if (request.maxTokens !== undefined) args.max_tokens = request.maxTokens;
    if (request.temperature !== undefined) args.temperature = request.temperature;
    if (request.topP !== undefined) args.top_p = request.topP;
    if (request.stop !== undefined && request.stop.length > 0) args.stop = request.stop;
    if (request.seed !== undefined) args.seed = request.seed;
    return args;
  }

  private tokenVariable(): string {
    return this.entry.endpoint.tokenEnv ?? "HF_TOKEN";
  }

  /** Read at each request so a rotated token is picked up; never logged or put in errors. */
  private token(): string | undefined {
    const value = this.env[this.tokenVariable()]?.trim();
    return value ? value : undefined;
  }
}

export function createHostedBackend(id: string, entry: HostedModel, options?: HostedBackendOptions): HostedBackend {
  return new HostedBackend(id, entry, options);
}

function resolveTarget(id: string, entry: HostedModel): Target {
  const { url, provider } = entry.endpoint;
  if (url && provider) {
    throw new Error(`hosted model ${id}: endpoint has both url and provider; give one of them`);
  }
  if (url) {
    const protocol = new URL(url).protocol;
    if (protocol !== "http:" && protocol !== "https:") {
      throw new Error(`hosted model ${id}: endpoint.url must be http(s), got ${protocol}`);
    }
    return { kind: "url", url };
  }
  if (provider && isKnownProvider(provider)) return { kind: "provider", provider };
  throw new Error(`hosted model ${id}: unknown endpoint.provider ${JSON.stringify(provider)}; one of ${PROVIDERS_OR_POLICIES.join(", ")}`);
}

function isKnownProvider(name: string): name is InferenceProviderOrPolicy {
  return (PROVIDERS_OR_POLICIES as readonly string[]).includes(name);
}

/** After [DONE] an upstream sends its body's end, nothing more; one that keeps talking is cut off. */
const MAX_BYTES_AFTER_DONE = 64 * 1024;

/** Read what is left of a response body (after the client released it); false if it could not be, or was too much. */
async function readToEnd(response: Response | undefined): Promise<boolean> {
  const body = response?.body;
  if (!body || body.locked) return false;
  const reader = body.getReader();
  try {
    for (let bytes = 0; bytes <= MAX_BYTES_AFTER_DONE; ) {
      const { done, value } = await reader.read();
      if (done) return true;
      bytes += value.byteLength;
    }
    return false;
  } finally {
    reader.releaseLock();
  }
}

function readUsage(usage: unknown): Usage | undefined {
  if (typeof usage !== "object" || usage === null) return undefined;
  const { prompt_tokens, completion_tokens } = usage as { prompt_tokens?: unknown; completion_tokens?: unknown };
  if (typeof prompt_tokens !== "number" || typeof completion_tokens !== "number") return undefined;
  return { promptTokens: prompt_tokens, completionTokens: completion_tokens };
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException("the request was aborted", "AbortError");
}

function redactUrl(raw: string): string {
  const url = new URL(raw);
  url.username = "";
  url.password = "";
  return url.toString();
}
