/**
 * Contexts for every (model, adapter) pair, least recently used first. A context is created on
 * demand with one sequence per parallel request, unloaded after `keepAliveMs` without use, and
 * evicted (LRU, idle ones only) when `maxContexts` are alive and another pair needs one. A LoRA
 * pair's context carries its adapter over the shared base model.
 *
 * A lease that says its prompt's tokens gets the free sequence whose KV cache holds the longest
 * prefix of them (prefix-affinity.ts), so follow-up turns and new conversations on the same profile
 * skip re-evaluating what the cache already holds.
 */
import { LlamaChat, type LlamaContext, type LlamaContextSequence, type Token } from "node-llama-cpp";
import type { ModelRegistry, SharedModel } from "./model-registry.ts";
import { chooseSequence } from "./prefix-affinity.ts";

export interface ContextSpec {
  /** Pool key: one context per key. */
  key: string;
  modelPath: string;
  adapter?: { path: string; scale: number };
  /** Sequences in the context: how many requests it serves at once. */
  sequences: number;
}

export interface ContextPoolOptions {
  maxContexts: number;
  keepAliveMs: number;
  /** Upper bound on tokens per context; smaller when memory or the model's training length says so. */
  contextSize: number;
  threads: number;
}

/** One sequence lent to one request. */
export interface SequenceLease {
  chat: LlamaChat;
  shared: SharedModel;
  sequence: LlamaContextSequence;
  /** The prompt's tokens, when the lease was asked with them (so the caller need not tokenize again). */
  promptTokens?: readonly Token[];
  /** Leading prompt tokens the sequence's KV cache already held when it was lent. */
  reusableTokens: number;
  release(): void;
}

/** Renders a request's prompt into tokens once the model (its tokenizer and chat template) is loaded. */
export type PromptTokens = (shared: SharedModel) => readonly Token[];

interface Slot {
  sequence: LlamaContextSequence;
  chat: LlamaChat;
  lastUsed: number;
}

interface PooledContext {
  spec: ContextSpec;
  ready: boolean;
  opened: Promise<{ context: LlamaContext; shared: SharedModel; slots: Slot[] }>;
  active: number;
  idleTimer: NodeJS.Timeout | undefined;
}

export type PooledState = "idle" | "loading" | "ready";

export class ContextPool {
  /** Insertion order is recency: a used context is re-inserted at the end. */
  private readonly contexts = new Map<string, PooledContext>();
  /** Requests waiting for an evictable context while the pool is full. */
  private roomWaiters: Array<() => void> = [];
  private closed = false;
  /** Release counter: orders slots by recency without reading the clock. */
  private releases = 0;

  constructor(
    private readonly models: ModelRegistry,
    private readonly options: ContextPoolOptions,
  ) {}

  state(key: string): PooledState {
    const pooled = this.contexts.get(key);
    if (!pooled) return "idle";
    return pooled.ready ? "ready" : "loading";
  }

  keys(): string[] {
    return [...this.contexts.keys()];
  }

  async lease(spec: ContextSpec, signal: AbortSignal, promptTokensOf?: PromptTokens): Promise<SequenceLease> {
    let pooled = this.contexts.get(spec.key);
    while (!pooled) {
      await this.makeRoom(signal);
      // Another request for the same pair may have opened it while this one waited.
      pooled = this.contexts.get(spec.key) ?? (this.contexts.size < this.options.maxContexts ? this.open(spec) : undefined);
    }

    pooled.active++;
    clearTimeout(pooled.idleTimer);
    this.touch(spec.key, pooled);

    let opened: Awaited<PooledContext["opened"]>;
    try {
      opened = await pooled.opened;
    } catch (error) {
      pooled.active--;
      throw error;
    }
    if (opened.slots.length === 0) {
      pooled.active--;
      throw new Error(`context ${spec.key} has no free sequence: more requests than its ${spec.sequences} sequences`);
    }
    let promptTokens: readonly Token[] | undefined;
    let slot: Slot;
    let reusableTokens = 0;
    try {
      promptTokens = promptTokensOf?.(opened.shared);
      const choice = promptTokens
        ? chooseSequence(
            opened.slots.map((s) => ({ tokens: s.sequence.contextTokens, lastUsed: s.lastUsed })),
            promptTokens,
          )
        : undefined;
      // Without a prompt to match, the most recently released sequence (the old stack order).
      const index = choice?.index ?? opened.slots.length - 1;
      reusableTokens = choice?.reused ?? 0;
      slot = opened.slots.splice(index, 1)[0]!;
    } catch (error) {
      pooled.active--;
      if (pooled.active === 0) this.becameIdle(spec.key, pooled);
      throw error;
    }

    let released = false;
    return {
      chat: slot.chat,
      shared: opened.shared,
      sequence: slot.sequence,
      ...(promptTokens ? { promptTokens } : {}),
      reusableTokens,
      release: () => {
        if (released) return;
        released = true;
        slot.lastUsed = ++this.releases;
        opened.slots.push(slot);
        pooled.active--;
        if (pooled.active === 0) this.becameIdle(spec.key, pooled);
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.contexts.keys()];
    await Promise.all(all.map((key) => this.evict(key)));
    for (const wake of this.roomWaiters.splice(0)) wake();
  }

  private open(spec: ContextSpec): PooledContext {
    const pooled: PooledContext = {
      spec,
      ready: false,
      active: 0,
      idleTimer: undefined,
      opened: this.createContext(spec),
    };
    pooled.opened.then(
      () => (pooled.ready = true),
      () => {
        if (this.contexts.get(spec.key) === pooled) this.contexts.delete(spec.key);
        this.wakeRoomWaiters();
      },
    );
    this.contexts.set(spec.key, pooled);
    return pooled;
  }

  private async createContext(spec: ContextSpec) {
    const shared = await this.models.acquire(spec.modelPath);
    try {
      const context = await shared.model.createContext({
        sequences: spec.sequences,
        contextSize: { max: this.options.contextSize },
        threads: this.options.threads,
        ...(spec.adapter ? { lora: { adapters: [{ filePath: spec.adapter.path, scale: spec.adapter.scale }] } } : {}),
      });
      const slots: Slot[] = [];
      for (let i = 0; i < spec.sequences; i++) {
        const sequence = context.getSequence();
        slots.push({ sequence, chat: new LlamaChat({ contextSequence: sequence, chatWrapper: shared.chatWrapper }), lastUsed: 0 });
      }
      return { context, shared, slots };
    } catch (error) {
      this.models.release(spec.modelPath);
      throw error;
    }
  }

  private touch(key: string, pooled: PooledContext) {
    this.contexts.delete(key);
    this.contexts.set(key, pooled);
  }

  private becameIdle(key: string, pooled: PooledContext) {
    if (this.closed) return;
    pooled.idleTimer = setTimeout(() => {
      if (pooled.active === 0 && this.contexts.get(key) === pooled) void this.evict(key);
    }, this.options.keepAliveMs);
    pooled.idleTimer.unref();
    this.wakeRoomWaiters();
  }

  /** Waits until a new context fits: evicts the least recently used idle one when the pool is full. */
  private async makeRoom(signal: AbortSignal): Promise<void> {
    while (this.contexts.size >= this.options.maxContexts) {
      if (this.closed) throw new Error("the llama runtime is closed");
      if (signal.aborted) throw signal.reason;
      const idle = [...this.contexts].find(([, p]) => p.ready && p.active === 0);
      if (idle) {
        void this.evict(idle[0]);
        return;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          signal.removeEventListener("abort", wake);
          resolve();
        };
        signal.addEventListener("abort", wake, { once: true });
        this.roomWaiters.push(wake);
      });
    }
  }

  private wakeRoomWaiters() {
    for (const wake of this.roomWaiters.splice(0)) wake();
  }

  /** Removes the context from the pool at once (so the slot counts as free) and unloads it. */
  private async evict(key: string): Promise<void> {
    const pooled = this.contexts.get(key);
    if (!pooled) return;
    this.contexts.delete(key);
    clearTimeout(pooled.idleTimer);
    const opened = await pooled.opened.catch(() => undefined); // a failed open holds no model reference
    if (opened) {
      try {
        for (const slot of opened.slots) slot.chat.dispose({ disposeSequence: false });
        await opened.context.dispose();
      } catch {
        // Disposal errors leave nothing to recover; the model reference is released regardless.
      }
      this.models.release(pooled.spec.modelPath);
    }
    this.wakeRoomWaiters();
  }
}
