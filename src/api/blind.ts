import type { ServedBy } from "../chat/served-by.ts";

/*
 * Blind side by side: what a person may see of an answer before choosing. Everything that names or
 * hints at the profile or the model (profile, model, backend, demo flag, route, other_culture, arm) is
 * withheld until POST /v1/comparisons records the choice and answers with the reveal. Safety is never
 * withheld: risk, crisis resources, the AI disclosure and safety_replaced stay.
 */

export type BlindServed = Pick<
  ServedBy,
  "interaction_id" | "rating_token" | "lenses" | "language" | "risk" | "crisis_resources" | "safety_replaced" | "disclosure" | "break_suggested"
> & { blind: true };

export function blindServed(served: ServedBy): BlindServed {
  return {
    interaction_id: served.interaction_id,
    rating_token: served.rating_token,
    lenses: served.lenses,
    language: served.language,
    risk: served.risk,
    ...(served.crisis_resources ? { crisis_resources: served.crisis_resources } : {}),
    safety_replaced: served.safety_replaced,
    ...(served.disclosure ? { disclosure: served.disclosure } : {}),
    break_suggested: served.break_suggested,
    blind: true,
  };
}

/** "A", "B", …: how a blind answer is named until the reveal. */
export const positionLabel = (index: number) => String.fromCharCode(65 + index);

/** Fisher-Yates with crypto randomness: the shown order must not be predictable from the request. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0]! % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
