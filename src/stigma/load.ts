import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { PROJECT_ROOT } from "../project-root.ts";
import { DataFileError } from "../profiles/load.ts";
import { describeAllIssues } from "../util/zod-issues.ts";
import { foldText } from "./answer-reader.ts";
import { stigmaLanguageSchema, type AnswerLexicon, type StigmaLanguage } from "./schema.ts";

export const STIGMA_LANGUAGES_DIR = join(PROJECT_ROOT, "eval", "stigma", "languages");

/** A phrase listed under two answer categories would be read one way silently; name it instead. */
function conflictingPhrases(answers: AnswerLexicon): string[] {
  const categoryOf = new Map<string, string>();
  const problems: string[] = [];
  for (const category of ["yes", "no", "hedge", "yesDespiteNegation"] as const) {
    answers[category].forEach((phrase, index) => {
      const key = foldText(phrase);
      const earlier = categoryOf.get(key);
      if (earlier && earlier !== category) problems.push(`  - answers.${category}[${index}]: "${phrase}" is also listed under answers.${earlier}`);
      else categoryOf.set(key, category);
    });
  }
  return problems;
}

/** Validate one language file's parsed JSON; `file` names it in errors. */
export function parseStigmaLanguage(file: string, data: unknown): StigmaLanguage {
  const result = stigmaLanguageSchema.safeParse(data);
  if (!result.success) throw new DataFileError(file, describeAllIssues(result.error));
  const expected = basename(file, ".json");
  if (result.data.language !== expected) {
    throw new DataFileError(file, `  - language: is "${result.data.language}" but the file is named ${expected}.json`);
  }
  const conflicts = conflictingPhrases(result.data.answers);
  if (conflicts.length > 0) throw new DataFileError(file, conflicts.join("\n"));
  return result.data;
}

/** Every eval/stigma/languages/<code>.json, by language code. */
export function loadStigmaLanguages(dir: string = STIGMA_LANGUAGES_DIR): Map<string, StigmaLanguage> {
  if (!existsSync(dir)) throw new DataFileError(dir, "  - (directory): stigma probe languages directory not found");
  const sets = new Map<string, StigmaLanguage>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new DataFileError(file, `  - (file): ${(error as Error).message}`);
    }
    const set = parseStigmaLanguage(file, data);
    sets.set(set.language, set);
  }
  if (sets.size === 0) throw new DataFileError(dir, "  - (directory): no language files (*.json)");
  return sets;
}
