import type { ServedBy } from "../chat/served-by.ts";

/** The `x-glocal-*` response headers: how an answer was served, for clients that do not read the body. */
export function servedHeaders(served: ServedBy): Record<string, string> {
  return {
    "x-glocal-interaction-id": served.interaction_id,
    "x-glocal-profile": served.profile,
    "x-glocal-lenses": served.lenses.join(","),
    "x-glocal-language": served.language.code,
    "x-glocal-model": served.demo ? `${served.model}; demo` : served.model,
    "x-glocal-backend": served.backend,
    "x-glocal-other-culture": String(served.other_culture),
    "x-glocal-risk": served.risk.level,
    "x-glocal-route": served.route.map((s) => `${s.model}=${s.decision}`).join(", "),
    ...(served.experiment ? { "x-glocal-experiment": `${served.experiment.id}; arm=${served.experiment.arm}` } : {}),
  };
}
