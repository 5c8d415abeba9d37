export {
  createLlamaRuntime,
  DEFAULT_KEEP_ALIVE_MS,
  LlamaRuntimeUnavailableError,
  type LlamaRuntime,
  type LlamaRuntimeOptions,
  type LlamaRuntimeStats,
} from "./runtime.ts";
export { LlamaModelBackend } from "./backend.ts";
export { defaultThreadCount } from "./threads.ts";
export type { SamplingDefaults } from "./stream-chat.ts";
