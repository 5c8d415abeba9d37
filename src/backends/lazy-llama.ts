/**
 * The local llama.cpp runtime, started on the first request that needs it. Importing node-llama-cpp
 * and loading its native binary costs several hundred MB of memory, which a gateway whose traffic all
 * goes to hosted models should not pay. Until then each local catalog entry is a stand-in that
 * answers health from the files on disk and, on its first generation, starts the runtime (once, for
 * every entry) and hands over to the real backend.
 */
import { basename } from "node:path";
import type { LlamaRuntime } from "./llama/index.ts";
import { modelFiles } from "./file-presence.ts";
import { BackendUnavailableError, type BackendHealth, type ChatBackend, type GenerateEvent, type GenerateRequest } from "./types.ts";

export interface LocalEntryFiles {
  id: string;
  demo: boolean;
  /** Base GGUF, and the adapter for a LoRA entry. */
  modelPath: string;
  adapterPath?: string;
  /** How to get a missing file, shown in traces. */
  missingHint: string;
}

/** After a failed start the runtime is not retried for this long; requests fail over meanwhile. */
const RETRY_START_AFTER_MS = 30_000;

export class LazyLlamaRuntime {
  private starting: Promise<LlamaRuntime> | undefined;
  private runtime: LlamaRuntime | undefined;
  private failure: { message: string; at: number } | undefined;
  private closed = false;

  constructor(
    private readonly start: () => Promise<LlamaRuntime>,
    private readonly onStarted: (runtime: LlamaRuntime) => void = () => {},
  ) {}

  /** True once node-llama-cpp has been loaded. */
  get started(): boolean {
    return this.runtime !== undefined;
  }

  /** The running runtime, starting it on first call; concurrent callers share one start. */
  load(): Promise<LlamaRuntime> {
    if (this.runtime) return Promise.resolve(this.runtime);
    if (this.closed) return Promise.reject(new Error("the llama runtime is closed"));
    const recent = this.recentFailure();
    if (recent) return Promise.reject(new Error(recent));
    this.starting ??= this.start().then(
      (runtime) => {
        if (this.closed) {
          void runtime.close();
          throw new Error("the llama runtime is closed");
        }
        this.runtime = runtime;
        this.onStarted(runtime);
        return runtime;
      },
      (error: unknown) => {
        this.failure = { message: error instanceof Error ? error.message : String(error), at: Date.now() };
        this.starting = undefined;
        throw error;
      },
    );
    return this.starting;
  }

  backend(files: LocalEntryFiles): ChatBackend {
    modelFiles.prime(files.modelPath);
    if (files.adapterPath) modelFiles.prime(files.adapterPath);
    return new LazyLlamaBackend(files, this);
  }

  /** The state of an entry while the runtime is not running (or cannot start). */
  pendingHealth(): BackendHealth | undefined {
    if (this.closed) return { state: "down", detail: "the llama runtime is closed" };
    if (this.runtime) return undefined;
    const recent = this.recentFailure();
    if (recent) return { state: "down", detail: recent };
    return { state: this.starting ? "loading" : "idle" };
  }

  current(): LlamaRuntime | undefined {
    return this.runtime;
  }

  async close(): Promise<void> {
    this.closed = true;
    const runtime = this.runtime ?? (await this.starting?.catch(() => undefined));
    await runtime?.close();
  }

  private recentFailure(): string | undefined {
    if (!this.failure || Date.now() - this.failure.at > RETRY_START_AFTER_MS) return undefined;
    return this.failure.message;
  }
}

class LazyLlamaBackend implements ChatBackend {
  readonly kind = "llama" as const;
  readonly id: string;
  readonly demo: boolean;

  constructor(
    private readonly files: LocalEntryFiles,
    private readonly owner: LazyLlamaRuntime,
  ) {
    this.id = files.id;
    this.demo = files.demo;
  }

  health(): BackendHealth {
    const missing = this.missingFile();
    if (missing) return { state: "missing", detail: missing };
    return this.owner.pendingHealth() ?? this.real()?.health() ?? { state: "down", detail: `no llama backend for ${this.id}` };
  }

  async *generate(request: GenerateRequest, signal: AbortSignal): AsyncGenerator<GenerateEvent> {
    const missing = this.missingFile();
    if (missing) throw new BackendUnavailableError(missing, this.id);
    let runtime: LlamaRuntime;
    try {
      runtime = await abortable(this.owner.load(), signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new BackendUnavailableError(error instanceof Error ? error.message : String(error), this.id);
    }
    const real = runtime.backend(this.id);
    if (!real) throw new BackendUnavailableError(`no llama backend for ${this.id}`, this.id);
    yield* real.generate(request, signal);
  }

  private real(): ChatBackend | undefined {
    return this.owner.current()?.backend(this.id);
  }

  private missingFile(): string | undefined {
    const { modelPath, adapterPath, missingHint } = this.files;
    // File names only: this text reaches clients in route traces, and server paths are not theirs to see.
    if (!modelFiles.exists(modelPath)) return `weights not downloaded: ${basename(modelPath)} (${missingHint})`;
    if (adapterPath && !modelFiles.exists(adapterPath)) return `adapter not downloaded: ${basename(adapterPath)} (${missingHint})`;
    return undefined;
  }
}

function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
