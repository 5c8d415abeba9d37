/**
 * Compiles the lexicons once and scans one message for signals. Knows nothing about
 * conversations; risk.ts combines the per-turn signals.
 */
import { normalizeText } from "./normalize.ts";
import { compilePhrase, compilePhraseWithNeeds, type CompiledPhrase } from "./phrase.ts";
import type { Lexicon, SignalKind } from "./lexicon/types.ts";

export interface Signal {
  kind: SignalKind;
  /** `<lang>.<rule id>` */
  rule: string;
  lang: string;
  level?: "concern" | "crisis";
}

interface CompiledRule {
  rule: string;
  lang: string;
  kind: SignalKind;
  level?: "concern" | "crisis";
  hinted: boolean;
  negatable: boolean;
  patterns: { pattern: RegExp; needs: number[][] }[];
}

interface CompiledLexicons {
  rules: CompiledRule[];
  /** Every substring some pattern needs (CompiledPhrase.needs), once; rules refer to them by index. */
  needles: string[];
  /** Each needle's first two UTF-16 units as one number (-1 for a one-unit needle), for a quick rejection. */
  needleHeads: Float64Array;
  /** Global regexps (replace-all); safe to share because String.replace resets lastIndex. */
  idioms: RegExp[];
  negations: Set<string>;
  affirmations: RegExp[];
  /** Normalised anchors for spelling repair, and every Latin word any pattern uses. */
  anchors: string[];
  vocabulary: Set<string>;
}

const NEGATABLE_BY_DEFAULT: ReadonlySet<SignalKind> = new Set(["suicidal_ideation", "self_harm", "harm_to_others"]);

const LATIN_WORD = /^[a-z]+$/;

function wordsOf(phrase: string): string[] {
  return normalizeText(phrase.replace(/[()[\]|*~%#_]/g, " ")).split(" ");
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicons {
  const rules: CompiledRule[] = [];
  const idioms: RegExp[] = [];
  const negations = new Set<string>();
  const affirmations: RegExp[] = [];
  const anchors = new Set<string>();
  const vocabulary = new Set<string>();
  const seen = new Set<string>();
  const needles: string[] = [];
  const needleIndex = new Map<string, number>();
  const indexOf = (needle: string) => {
    let index = needleIndex.get(needle);
    if (index === undefined) {
      index = needles.push(needle) - 1;
      needleIndex.set(needle, index);
    }
    return index;
  };
  // Clauses with fewer alternatives first: one failing lookup then rules the pattern out.
  const byIndex = ({ pattern, needs }: CompiledPhrase) => ({
    pattern,
    needs: [...needs].sort((a, b) => a.length - b.length).map((clause) => clause.map(indexOf)),
  });
  for (const lexicon of lexicons) {
    for (const rule of lexicon.rules) {
      const id = `${lexicon.lang}.${rule.id}`;
      if (seen.has(id)) throw new Error(`duplicate safety rule id ${id}`);
      seen.add(id);
      rules.push({
        rule: id,
        lang: lexicon.lang,
        kind: rule.kind,
        level: rule.level,
        hinted: rule.hinted ?? false,
        negatable: rule.negatable ?? NEGATABLE_BY_DEFAULT.has(rule.kind),
        patterns: rule.patterns.map((phrase) => {
          try {
            return byIndex(compilePhraseWithNeeds(phrase));
          } catch (error) {
            throw new Error(`safety lexicon ${id}: ${(error as Error).message}`);
          }
        }),
      });
      for (const phrase of rule.patterns) {
        for (const word of wordsOf(phrase)) if (LATIN_WORD.test(word)) vocabulary.add(word);
      }
    }
    for (const idiom of lexicon.idioms ?? []) idioms.push(new RegExp(compilePhrase(idiom).source, "gu"));
    for (const cue of lexicon.negations ?? []) negations.add(normalizeText(cue));
    for (const yes of lexicon.affirmations ?? []) affirmations.push(compilePhrase(yes));
    for (const word of lexicon.fuzzy ?? []) {
      const normal = normalizeText(word);
      if (normal.length >= 5 && LATIN_WORD.test(normal)) anchors.add(normal);
    }
  }
  const needleHeads = Float64Array.from(needles, (needle) => (needle.length >= 2 ? pairCode(needle, 0) : -1));
  return { rules, needles, needleHeads, idioms, negations, affirmations, anchors: [...anchors], vocabulary };
}

/** Damerau–Levenshtein distance (optimal string alignment), capped: returns cap+1 when above. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    (rows[i] as number[])[0] = i;
  }
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Replaces words one typo away from a key word ("myslef" → "myself"); known words are left alone. */
function repairSpelling(text: string, compiled: CompiledLexicons): string {
  return text
    .split(" ")
    .map((token) => {
      if (token.length < 5 || !LATIN_WORD.test(token) || compiled.vocabulary.has(token)) return token;
      for (const anchor of compiled.anchors) {
        const cap = anchor.length >= 9 ? 2 : 1;
        if (editDistance(token, anchor, cap) <= cap) return anchor;
      }
      return token;
    })
    .join(" ");
}

export interface PreparedText {
  normalized: string;
}

export function prepareText(raw: string, compiled: CompiledLexicons): PreparedText {
  let text = repairSpelling(normalizeText(raw), compiled);
  for (const idiom of compiled.idioms) text = text.replace(idiom, " ");
  return { normalized: text.replace(/\s+/g, " ").trim() };
}

/**
 * True when the words right before a match are a negation cue: "would never | kill myself",
 * "no | quiero morir", "don't want to | die". Only the immediately preceding words count, so
 * "no one cares, I want to die" stays a disclosure.
 */
function negated(text: string, start: number, negations: ReadonlySet<string>): boolean {
  const before = ` ${text.slice(0, start).trim()}`;
  for (const cue of negations) if (before.endsWith(` ${cue}`)) return true;
  return false;
}

/**
 * All signals of one message. `languages`, when given, enables the hinted rules of those
 * languages; every other rule always runs, because code-switching and misdetected languages are
 * common exactly in the messages that matter.
 */
export function scanText(raw: string, compiled: CompiledLexicons, languages?: readonly string[], options: { prefilter?: boolean } = {}): Signal[] {
  const { normalized } = prepareText(raw, compiled);
  if (normalized.length === 0) return [];
  const prefilter = options.prefilter ?? true;
  // Whether the text contains each needle: 0 not asked yet, 1 yes, 2 no. Each is looked up at most
  // once, and one whose first two characters never occur together in the text is a no at once.
  const present = new Uint8Array(compiled.needles.length);
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < normalized.length; i++) pairs.add(pairCode(normalized, i));
  const contains = (needle: number): boolean => {
    let known = present[needle] as number;
    if (known === 0) {
      const head = compiled.needleHeads[needle] as number;
      const found = (head === -1 || pairs.has(head)) && normalized.includes(compiled.needles[needle] as string);
      present[needle] = known = found ? 1 : 2;
    }
    return known === 1;
  };
  const signals: Signal[] = [];
  for (const rule of compiled.rules) {
    if (rule.hinted && languages && !languages.includes(rule.lang)) continue;
    for (const { pattern, needs } of rule.patterns) {
      // Most of ~2,000 patterns cannot match a given message; substring lookups say so far cheaper than the RegExp.
      if (prefilter && !satisfies(needs, contains)) continue;
      const match = pattern.exec(normalized);
      if (!match) continue;
      if (rule.negatable && negated(normalized, match.index, compiled.negations)) continue;
      signals.push({ kind: rule.kind, rule: rule.rule, lang: rule.lang, level: rule.level });
      break;
    }
  }
  return signals;
}

function pairCode(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}

function satisfies(needs: readonly number[][], contains: (needle: number) => boolean): boolean {
  for (const clause of needs) {
    let any = false;
    for (const needle of clause) {
      if (contains(needle)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/** True for a short reply that is just "yes" in some language ("yes", "sí", "네", "haan ji"). */
export function isAffirmation(raw: string, compiled: CompiledLexicons): boolean {
  const text = normalizeText(raw);
  if (text.length === 0 || text.split(" ").length > 6) return false;
  return compiled.affirmations.some((pattern) => pattern.test(text));
}
