import { z } from "zod";

/**
 * Language tag for texts shown to people: a primary subtag ("hi"), optionally with the script people
 * actually write in chat ("hi-Latn" for romanised Hindi / Hinglish).
 */
export const textTag = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, 'a language tag such as "hi" or "hi-Latn" (primary subtag, optional script)');

/**
 * Phrases that would let a data file weaken the safety rules. Profile and lens texts go into the
 * system prompt, so one that says "ignore the rules above" or "do not mention crisis lines" is
 * rejected at load instead of being trusted. A heuristic backstop: the composer also puts the safety
 * policy last, under a header that gives it precedence.
 */
const SAFETY_OVERRIDE_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|override|overrule|bypass|forget)\b[^.]{0,40}\b(rules?|polic(y|ies)|instructions?|safety|guidelines?|above|previous|system)\b/i,
  /\b(do not|don't|never|no need to)\b[^.]{0,30}\b(mention|give|share|suggest|refer to|offer)\b[^.]{0,30}\b(crisis|emergency|emergencies|hotlines?|helplines?)\b/i,
  /\b(safety|crisis)\b[^.]{0,30}\b(does not|doesn't|do not|don't|no longer)\b[^.]{0,10}\bapply\b/i,
  /\btakes? precedence over\b[^.]{0,30}\b(safety|polic(y|ies)|rules?)\b/i,
];

/** The offending phrase when `text` tries to switch safety off; undefined when it does not. */
export function findSafetyOverride(text: string): string | undefined {
  for (const pattern of SAFETY_OVERRIDE_PATTERNS) {
    const hit = pattern.exec(text);
    if (hit) return hit[0];
  }
  return undefined;
}

/** Zod refinement over every string in a parsed profile or lens: each issue names its field. */
export function refuseSafetyOverrides(value: unknown, ctx: z.RefinementCtx, path: PropertyKey[] = []): void {
  if (typeof value === "string") {
    const hit = findSafetyOverride(value);
    if (hit) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `must not try to override the safety policy (found "${hit}"); safety rules always come last and win`,
      });
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) refuseSafetyOverrides(item, ctx, [...path, i]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) refuseSafetyOverrides(item, ctx, [...path, key]);
  }
}
