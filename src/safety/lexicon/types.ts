/**
 * Shape of a language lexicon. Lexicons are plain data (one file per language) so that a
 * reviewer fluent in the language can read and correct them without reading the engine.
 */
import type { RiskCategory } from "../types.ts";

/**
 * What a rule detects in one user turn.
 *  - a RiskCategory: a direct disclosure (e.g. "I want to die" → suicidal_ideation).
 *  - "means": a lethal means is named (bridge, pesticide, sleeping pills, charcoal, rope…).
 *    Alone it is nothing; with a query it becomes means-seeking (see risk.ts).
 *  - "lethal_query": a question about how to die or what is lethal ("lethal dose", "how many pills
 *    to not wake up", "painless way to die"). Means-seeking on its own, whatever the context.
 *  - "lethal_hint": a weaker cue that is only lethal next to a means ("too many", "would it take",
 *    "without pain"). With a means it is means-seeking, whatever the context.
 *  - "query": an ordinary information request (where to buy, how tall, which, list). With a
 *    means it is means-seeking only in a context of distress or earlier risk.
 *  - "distress": a situational blow (lost my job, she left me, failed, debts). Never raises the
 *    level alone; it is the context that turns a means query into a crisis.
 *  - "asks_risk": found in assistant turns: the assistant asked about suicide or self-harm, so a
 *    bare "yes" in the next user turn is a disclosure.
 */
export type SignalKind = RiskCategory | "means" | "lethal_query" | "lethal_hint" | "query" | "distress" | "asks_risk";

export interface LexiconRule {
  /** Short id, unique in its lexicon; reported as `<lang>.<id>` in evidence. */
  id: string;
  kind: SignalKind;
  /** Overrides the category's default level (see DEFAULT_LEVEL in risk.ts). */
  level?: "concern" | "crisis";
  /** Phrases in the syntax of phrase.ts. */
  patterns: string[];
  /** Only run when the caller names this lexicon's language (short or ambiguous phrases). */
  hinted?: boolean;
  /** A negation cue right before the match cancels it ("I would never kill myself"). */
  negatable?: boolean;
}

export interface Lexicon {
  /** BCP-47 primary tag (pcm = Nigerian Pidgin). */
  lang: string;
  /** English name, for reports. */
  name: string;
  /** Hyperbole and set phrases removed before matching ("this exam is killing me", 想死你了). */
  idioms?: string[];
  /** Negation cue words (normalised on load). Checked in the three tokens before a match. */
  negations?: string[];
  /** Short affirmative answers ("yes", "sí", "haan"), for replies to an assistant's question. */
  affirmations?: string[];
  /** Key words worth repairing when misspelled by one edit (Latin script, 5+ letters). */
  fuzzy?: string[];
  rules: LexiconRule[];
}
