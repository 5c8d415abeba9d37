/**
 * Loads each base GGUF once and shares it: every context (the base model's own and each LoRA
 * adapter's) holds a reference, and the model is unloaded when the last reference goes.
 */
import { resolveChatWrapper, type ChatWrapper, type Llama, type LlamaModel } from "node-llama-cpp";

export interface SharedModel {
  model: LlamaModel;
  /** Resolved once from the GGUF's own chat template (tokenizer.chat_template). */
  chatWrapper: ChatWrapper;
}

interface Entry {
  refs: number;
  loaded: Promise<SharedModel>;
  ready: boolean;
}

export class ModelRegistry {
  private readonly entries = new Map<string, Entry>();
  private loads = 0;

  constructor(private readonly llama: Llama) {}

  /** Takes a reference, loading the model if it is not in memory. Pair with `release`. */
  async acquire(modelPath: string): Promise<SharedModel> {
    let entry = this.entries.get(modelPath);
    if (!entry) {
      const created: Entry = { refs: 0, ready: false, loaded: this.load(modelPath) };
      created.loaded.then(
        () => (created.ready = true),
        () => {
          if (this.entries.get(modelPath) === created) this.entries.delete(modelPath);
        },
      );
      this.entries.set(modelPath, created);
      entry = created;
    }
    entry.refs++;
    try {
      return await entry.loaded;
    } catch (error) {
      entry.refs--;
      throw error;
    }
  }

  release(modelPath: string): void {
    const entry = this.entries.get(modelPath);
    if (!entry || --entry.refs > 0) return;
    this.entries.delete(modelPath);
    void entry.loaded.then(({ model }) => model.dispose()).catch(() => {});
  }

  isLoading(modelPath: string): boolean {
    const entry = this.entries.get(modelPath);
    return entry !== undefined && !entry.ready;
  }

  /** Paths of the models in memory now. */
  loadedPaths(): string[] {
    return [...this.entries].filter(([, e]) => e.ready).map(([p]) => p);
  }

  /** Model loads since start: a shared model counts once however many contexts use it. */
  get loadCount(): number {
    return this.loads;
  }

  async closeAll(): Promise<void> {
    const entries = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(entries.map((e) => e.loaded.then(({ model }) => model.dispose()).catch(() => {})));
  }

  private async load(modelPath: string): Promise<SharedModel> {
    this.loads++;
    const model = await this.llama.loadModel({ modelPath });
    try {
      return { model, chatWrapper: resolveChatWrapper(model) };
    } catch (error) {
      await model.dispose();
      throw error;
    }
  }
}
