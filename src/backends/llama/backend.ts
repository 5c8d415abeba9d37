/**
 * A catalog entry served by local llama.cpp: a base GGUF, or a LoRA adapter over one (its own
 * context over the shared base model). Requests pass a bounded queue, lease a sequence from the
 * context pool and stream through the model's chat template.
 */
import { basename } from "node:path";
import { modelFiles } from "../file-presence.ts";
import { BackendUnavailableError, type BackendHealth, type ChatBackend, type GenerateEvent, type GenerateRequest } from "../types.ts";
import type { ContextPool, ContextSpec, PromptTokens } from "./context-pool.ts";
import type { ModelRegistry } from "./model-registry.ts";
import { SlotQueue } from "./slot-queue.ts";
import { renderPromptTokens, streamChat, type SamplingDefaults } from "./stream-chat.ts";

export interface LlamaBackendSpec {
  /** Catalog id. */
  id: string;
  /** Base GGUF on disk. */
  modelPath: string;
  /** LoRA adapter GGUF applied over the base model, for `lora` catalog entries. */
  adapter?: { path: string; scale: number };
  demo: boolean;
  /** Shown when a file is missing: how to get it. */
  missingHint: string;
}

export interface LlamaBackendDeps {
  pool: ContextPool;
  models: ModelRegistry;
  defaults: SamplingDefaults;
  /** Requests generating at once (sequences in this entry's context). */
  parallel: number;
  /** Requests allowed to wait behind them before QueueFullError. */
  maxQueue: number;
  /** After a load failure, requests fail fast for this long before a retry. */
  retryLoadAfterMs: number;
  /** Another llama backend by catalog id: serves `request.adapter`. */
  findBackend(id: string): LlamaModelBackend | undefined;
  isClosed(): boolean;
}

export class LlamaModelBackend implements ChatBackend {
  readonly kind = "llama" as const;
  readonly id: string;
  readonly demo: boolean;
  readonly modelPath: string;
  private readonly queue: SlotQueue;
  private readonly spec: ContextSpec;
  private lastFailure: { message: string; at: number } | undefined;
  private generated = 0;
  private promptEvaluated = 0;
  private promptCached = 0;

  constructor(
    private readonly backendSpec: LlamaBackendSpec,
    private readonly deps: LlamaBackendDeps,
  ) {
    this.id = backendSpec.id;
    this.demo = backendSpec.demo;
    this.modelPath = backendSpec.modelPath;
    this.queue = new SlotQueue(backendSpec.id, deps.parallel, deps.maxQueue);
    this.spec = {
      key: backendSpec.id,
      modelPath: backendSpec.modelPath,
      sequences: deps.parallel,
      ...(backendSpec.adapter ? { adapter: backendSpec.adapter } : {}),
    };
  }

  /** Tokens generated since start, aborted answers included (what the CPU actually spent). */
  get tokensGenerated(): number {
    return this.generated;
  }

  /**
   * Prompt tokens since start: `evaluated` as node-llama-cpp's token meter counted them (what prefill
   * actually cost), `cached` as found in a sequence's KV cache and skipped.
   */
  get promptTokens(): { evaluated: number; cached: number } {
    return { evaluated: this.promptEvaluated, cached: this.promptCached };
  }

  health(): BackendHealth {
    const queued = this.queue.queued;
    if (this.deps.isClosed()) return { state: "down", detail: "the llama runtime is closed", queued };
    const missing = this.missingFile();
    if (missing) return { state: "missing", detail: missing, queued };
    const failure = this.recentFailure();
    if (failure) return { state: "down", detail: failure, queued };
    const pooled = this.deps.pool.state(this.spec.key);
    if (pooled !== "idle") return { state: pooled, queued };
    return { state: this.deps.models.isLoading(this.modelPath) ? "loading" : "idle", queued };
  }

  /**
   * Errors surface on the first `next()`: BackendUnavailableError (file missing, load failed),
   * QueueFullError (queue full), or the abort reason.
   */
  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<GenerateEvent> {
    if (request.adapter !== undefined && request.adapter !== this.id) {
      yield* this.adapterBackend(request.adapter).generate({ ...request, adapter: undefined }, signal);
      return;
    }
    if (this.deps.isClosed()) throw new BackendUnavailableError("the llama runtime is closed", this.id);
    const unavailable = this.missingFile() ?? this.recentFailure();
    if (unavailable) throw new BackendUnavailableError(unavailable, this.id);

    const releaseSlot = await this.queue.acquire(signal);
    try {
      const lease = await this.leaseSequence(signal, (shared) => renderPromptTokens(shared.chatWrapper, shared.model.tokenizer, request.messages));
      const meter = lease.sequence.tokenMeter.getState();
      try {
        const promptTokens = lease.promptTokens?.length;
        yield* streamChat(
          lease.chat,
          lease.shared.model.tokenizer,
          request.messages,
          request,
          this.deps.defaults,
          signal,
          (count) => (this.generated += count),
          this.id,
          promptTokens !== undefined ? { tokens: promptTokens, cached: lease.reusableTokens } : undefined,
        );
      } finally {
        // Input tokens are the evaluated prompt (the last prompt token counts as output: it gives the first logits).
        const used = lease.sequence.tokenMeter.diff(meter);
        this.promptEvaluated += used.usedInputTokens;
        this.promptCached += Math.min(lease.reusableTokens, Math.max(0, (lease.promptTokens?.length ?? 1) - 1));
        lease.release();
      }
    } finally {
      releaseSlot();
    }
  }

  /** Fails everyone waiting in this backend's queue (shutdown). */
  rejectQueued(): void {
    this.queue.rejectAll(new BackendUnavailableError("the llama runtime is closed", this.id));
  }

  private async leaseSequence(signal: AbortSignal, promptTokens: PromptTokens) {
    try {
      const lease = await this.deps.pool.lease(this.spec, signal, promptTokens);
      this.lastFailure = undefined;
      return lease;
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const message = `could not load ${this.id}: ${error instanceof Error ? error.message : String(error)}`;
      this.lastFailure = { message, at: Date.now() };
      throw new BackendUnavailableError(message, this.id);
    }
  }

  private adapterBackend(adapterId: string): LlamaModelBackend {
    const target = this.deps.findBackend(adapterId);
    if (!target || target.modelPath !== this.modelPath || !target.backendSpec.adapter) {
      throw new BackendUnavailableError(`${adapterId} is not a LoRA adapter over ${this.id}`, this.id);
    }
    return target;
  }

  private missingFile(): string | undefined {
    const { modelPath, adapter, missingHint } = this.backendSpec;
    // File names only: this text reaches clients in route traces, and server paths are not theirs to see.
    if (!modelFiles.exists(modelPath)) return `weights not downloaded: ${basename(modelPath)} (${missingHint})`;
    if (adapter && !modelFiles.exists(adapter.path)) return `adapter not downloaded: ${basename(adapter.path)} (${missingHint})`;
    return undefined;
  }

  private recentFailure(): string | undefined {
    if (!this.lastFailure) return undefined;
    if (Date.now() - this.lastFailure.at > this.deps.retryLoadAfterMs) return undefined;
    return this.lastFailure.message;
  }
}
