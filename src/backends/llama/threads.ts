/**
 * How many CPU threads llama.cpp gets per evaluation.
 *
 * Measured on the 2-core development VM (shared with other work, so noisy), node-llama-cpp 3.22.1,
 * CPU build, tokens/s generating up to 300 tokens (`npm run bench:llama` prints the demo row):
 *
 *   model                                   threads 1   threads 2   threads 4 / library default
 *   generated demo (2 layers, 64 wide)      1,700-2,770    64-91        3.7-4
 *   random "medium" (8 layers, 768 wide)       89-105      20-62        1.1
 *
 * The library's default (maxThreads = max(cpuMathCores, 4) = 4 here) oversubscribes two cores and
 * ggml's spinning thread barrier collapses; even 2 threads lose to 1 because the Node event loop
 * (HTTP, streaming) needs a core too. So the default leaves one core to Node and caps at 8, past
 * which CPU decoding is memory-bandwidth bound. LLAMA_THREADS overrides it.
 */
import { availableParallelism } from "node:os";

export const MAX_DEFAULT_THREADS = 8;

export function defaultThreadCount(cores: number = availableParallelism()): number {
  return Math.min(MAX_DEFAULT_THREADS, Math.max(1, cores - 1));
}
