import type { EvalFilter } from "../store/eval-queries.ts";

/** The window and switches as every analysis output echoes them. */
export function describeFilter(filter: EvalFilter) {
  return {
    from: filter.from?.toISOString() ?? null,
    to: filter.to?.toISOString() ?? null,
    include_synthetic: filter.includeSynthetic,
    home: filter.home ?? null,
    language: filter.language ?? null,
    profiles: filter.profiles ?? null,
  };
}
