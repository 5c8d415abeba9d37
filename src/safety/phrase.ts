/**
 * A tiny phrase language for lexicon entries, so rules read like the text they catch instead of
 * like regular expressions, and pass through the same normaliser as the messages.
 *
 *   word      literal word (normalised: case, diacritics, repeated letters, leetspeak)
 *   word*     word prefix: "suicid*" catches suicide, suicidal, suicidio
 *   a_b       optional space between a and b ("می_خوام", "jukgo_sipeo")
 *   #         a number ("# floors")
 *   (a|b c)   alternatives, each a short phrase (groups may nest)
 *   [a|b]     optional alternatives
 *   ~  / ~~   a gap of up to 3 / 6 words
 *   %         up to 12 characters of anything (for scripts written without spaces)
 *   <phrase>  force word edges where the script has none by default ("<سم>" must not match اسم)
 *
 * Latin, Cyrillic, Greek and Devanagari phrases are anchored at word boundaries. CJK, Hangul and
 * Arabic-script phrases are not: particles, clitics and pronoun suffixes attach to the word there.
 */
import { normalizeText } from "./normalize.ts";

const BOUNDED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Devanagari}\p{N}]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
// Normalised text holds only letters, digits, marks and single spaces (normalize.ts), so a word
// edge is a space or the end of the text. Plain character classes compile far faster than
// Unicode property escapes, which matters for ~2000 patterns.
const LETTER_RUN = "[^ ]*";
const LEFT_EDGE = "(?<![^ ])";
const RIGHT_EDGE = "(?![^ ])";

interface Piece {
  kind: "literal" | "gap" | "any";
  source: string;
  optional?: boolean;
  /** First and last visible character, to choose separators and edges. */
  first?: string;
  last?: string;
  openEnd?: boolean;
  /**
   * Substrings every match must contain, as clauses: each clause lists alternatives, at least one of
   * which is in the text. A cheap `includes` test on these rules a pattern out before its RegExp runs.
   */
  needs: string[][];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One word token: literal chunks joined by optional spaces, a number, or a trailing prefix star. */
function compileWord(word: string): Piece {
  if (word === "#") return { kind: "literal", source: "\\d+", first: "0", last: "0", needs: [] };
  const openEnd = word.endsWith("*");
  const body = openEnd ? word.slice(0, -1) : word;
  const chunks = body
    .split("_")
    .map((chunk) => normalizeText(chunk))
    .filter((chunk) => chunk.length > 0);
  if (chunks.length === 0) throw new Error(`empty word in phrase: "${word}"`);
  const source = chunks.map(escapeRegExp).join(" ?") + (openEnd ? LETTER_RUN : "");
  const joined = chunks.join("");
  // Each chunk appears verbatim in any match (chunks are joined by optional spaces only).
  return { kind: "literal", source, first: joined[0], last: joined[joined.length - 1], openEnd, needs: chunks.map((chunk) => [chunk]) };
}

/**
 * What goes between two pieces: nothing between two CJK/Hangul characters (normalisation drops
 * those spaces), a space between two spaced-script words, and an optional space when the two
 * sides differ or a group mixes both (a digit next to 층, 次, 階).
 */
function separator(left: string | undefined, right: string | undefined): string {
  if (left === undefined || right === undefined || left === MIXED || right === MIXED) return " ?";
  const leftCjk = CJK_CHAR.test(left);
  const rightCjk = CJK_CHAR.test(right);
  if (leftCjk && rightCjk) return "";
  if (leftCjk !== rightCjk) return " ?";
  return " ";
}

/** Marks a group whose alternatives start (or end) in different kinds of script. */
const MIXED = "\u0000mixed";

function agree(chars: (string | undefined)[]): string | undefined {
  const defined = chars.filter((c): c is string => c !== undefined);
  if (defined.length === 0) return undefined;
  const cjk = defined.map((c) => CJK_CHAR.test(c));
  return cjk.every((flag) => flag === cjk[0]) ? defined[0] : MIXED;
}

function matchingClose(phrase: string, open: number): number {
  let depth = 0;
  for (let i = open; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === "(" || ch === "[") depth++;
    if (ch === ")" || ch === "]") depth--;
    if (depth === 0) return i;
  }
  throw new Error(`unclosed ${phrase[open]} in phrase: "${phrase}"`);
}

/** Splits on "|" at nesting depth zero. */
function splitAlternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of inner) {
    if (ch === "(" || ch === "[") depth++;
    if (ch === ")" || ch === "]") depth--;
    if (ch === "|" && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** Splits a phrase into tokens; groups keep their inner spaces, % is always its own token. */
function tokenize(phrase: string): string[] {
  const tokens: string[] = [];
  let current = "";
  const flush = () => {
    if (current.length > 0) tokens.push(current);
    current = "";
  };
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] as string;
    if (ch === "(" || ch === "[") {
      flush();
      const end = matchingClose(phrase, i);
      tokens.push(phrase.slice(i, end + 1));
      i = end;
    } else if (ch === " ") {
      flush();
    } else if (ch === "%") {
      flush();
      tokens.push("%");
    } else {
      current += ch;
    }
  }
  flush();
  return tokens;
}

function assemble(pieces: Piece[]): string {
  let out = "";
  let skipSeparator = true;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const prev = pieces[i - 1];
    if (piece.kind === "any") {
      out += ".{0,12}?";
      skipSeparator = true;
      continue;
    }
    const sep = skipSeparator ? "" : separator(prev?.last, piece.first);
    if (piece.kind === "gap") {
      out += sep + piece.source;
      skipSeparator = true;
      continue;
    }
    if (piece.optional) {
      if (skipSeparator) {
        const next = pieces[i + 1];
        const after = next && next.kind === "literal" ? separator(piece.last, next.first) : "";
        out += `(?:${piece.source}${after})?`;
        skipSeparator = true;
      } else {
        out += `(?:${sep}${piece.source})?`;
        skipSeparator = false;
      }
      continue;
    }
    out += sep + piece.source;
    skipSeparator = false;
  }
  return out;
}

function compileSequence(phrase: string): Piece {
  const pieces: Piece[] = tokenize(phrase).map((token) => {
    if (token === "~") return { kind: "gap", source: "(?:\\S+ ){0,3}", needs: [] };
    if (token === "~~") return { kind: "gap", source: "(?:\\S+ ){0,6}", needs: [] };
    if (token === "%") return { kind: "any", source: "", needs: [] };
    if (token.startsWith("(") || token.startsWith("[")) {
      const alternatives = splitAlternatives(token.slice(1, -1)).map((alt) => compileSequence(alt.trim()));
      const optional = token.startsWith("[");
      return {
        kind: "literal",
        source: `(?:${alternatives.map((alt) => alt.source).join("|")})`,
        optional,
        needs: optional ? [] : eitherOf(alternatives.map((alt) => alt.needs)),
        first: agree(alternatives.map((alt) => alt.first)),
        last: agree(alternatives.map((alt) => alt.last)),
        openEnd: alternatives.some((alt) => alt.openEnd),
      };
    }
    return compileWord(token);
  });
  const literals = pieces.filter((p) => p.kind === "literal");
  const firstLiteral = literals[0];
  const lastLiteral = literals[literals.length - 1];
  return {
    kind: "literal",
    source: assemble(pieces),
    first: firstLiteral?.first,
    last: lastLiteral?.last,
    openEnd: lastLiteral?.openEnd ?? false,
    needs: pieces.flatMap((piece) => piece.needs),
  };
}

/** The clause whose weakest alternative is longest: the rarest thing a text must contain. */
function strongestClause(needs: string[][]): string[] | undefined {
  let best: string[] | undefined;
  let bestLength = 0;
  for (const clause of needs) {
    const length = Math.min(...clause.map((alternative) => alternative.length));
    if (length > bestLength) {
      best = clause;
      bestLength = length;
    }
  }
  return best;
}

/** What a match of any one of several alternatives must contain: one clause joining a clause of each. */
function eitherOf(alternatives: string[][][]): string[][] {
  const joined: string[] = [];
  for (const needs of alternatives) {
    const clause = strongestClause(needs);
    if (!clause) return []; // an alternative that needs nothing: the group needs nothing
    joined.push(...clause);
  }
  return [[...new Set(joined)]];
}

export interface CompiledPhrase {
  pattern: RegExp;
  /** Substring clauses every match satisfies (see Piece.needs), strongest first, at most three. */
  needs: string[][];
}

/** compilePhrase with the substrings a match must contain, for a prefilter. */
export function compilePhraseWithNeeds(phrase: string): CompiledPhrase {
  const { pattern, sequence } = compileWithSequence(phrase);
  const ranked = [...sequence.needs].sort((a, b) => Math.min(...b.map((x) => x.length)) - Math.min(...a.map((x) => x.length)));
  return { pattern, needs: ranked.filter((clause) => clause.every((x) => x.length > 0)).slice(0, 3) };
}

/** Compiles one phrase into a RegExp over normalised text. Throws on malformed phrases. */
export function compilePhrase(phrase: string): RegExp {
  return compileWithSequence(phrase).pattern;
}

function compileWithSequence(phrase: string): { pattern: RegExp; sequence: Piece } {
  if (phrase.includes("?")) throw new Error(`"?" is not phrase syntax, use [optional]: "${phrase}"`);
  let body = phrase.trim();
  const forceLeft = body.startsWith("<");
  const forceRight = body.endsWith(">");
  if (forceLeft) body = body.slice(1);
  if (forceRight) body = body.slice(0, -1);
  const compiled = compileSequence(body.trim());
  const bounded = (c: string | undefined) => c !== undefined && c !== MIXED && BOUNDED_SCRIPT.test(c);
  // A number only needs to be a whole number: CJK text writes "50錠" and "25米" without spaces.
  const digit = (c: string | undefined) => c !== undefined && /[0-9]/.test(c);
  const left = forceLeft ? LEFT_EDGE : digit(compiled.first) ? "(?<![0-9])" : bounded(compiled.first) ? LEFT_EDGE : "";
  const right = forceRight ? RIGHT_EDGE : compiled.openEnd ? "" : digit(compiled.last) ? "(?![0-9])" : bounded(compiled.last) ? RIGHT_EDGE : "";
  return { pattern: new RegExp(`${left}${compiled.source}${right}`, "u"), sequence: compiled };
}
