/**
 * When a conversation calls for the parts of a profile that the first-turn system prompt leaves out.
 * Pure: user turns in, which detail groups to add out.
 *
 * The rule: everything comes in once the conversation has an answer (second turn on), so later turns
 * have the whole profile. On the first turn a group comes in only when the person's own words call for
 * it: an idiom of distress of the culture (matched in the person's language, since the terms are), or
 * words about mental-health care, which bring the stigma notes and the reasons behind the advice to
 * avoid. A group, once in, stays in for the rest of the conversation (the triggers read every user turn),
 * so the system prompt changes at most a few times and its cached prefix keeps serving.
 */
import type { Profile } from "./schema.ts";

export type DetailGroup = "idioms" | "care";

/**
 * Words about mental-health care, diagnosis and medication in the shipped profiles' languages. A
 * draft list: a word it lacks only delays the stigma notes to the second turn.
 */
const CARE_CUES: readonly string[] = [
  // English (also much used in Nigerian, Kenyan, Indian and Filipino chat)
  "therap",
  "psychiatr",
  "psycholog",
  "counsel",
  "mental health",
  "medication",
  "antidepressant",
  "diagnos",
  "pills",
  "doctor",
  // Spanish, Portuguese, French
  "terapia",
  "psicólog",
  "psicolog",
  "psiquiatr",
  "medicamento",
  "pastillas",
  "remédio",
  "thérap",
  "psychiatre",
  "médicament",
  // Indonesian, Filipino, Swahili
  "psikolog",
  "psikiater",
  "konseling",
  "obat",
  "gamot",
  "daktari",
  "ushauri",
  "dawa",
  // Russian, Kazakh/Uzbek (Cyrillic)
  "психолог",
  "психиатр",
  "терап",
  "таблетк",
  // Arabic, Persian
  "طبيب نفسي",
  "علاج نفسي",
  "دكتور نفسي",
  "روانشناس",
  "روانپزشک",
  "مشاوره",
  // Hindi (and Hinglish above), Korean, Japanese, Chinese
  "मनोचिकित्सक",
  "काउंसलर",
  "दवा",
  "상담",
  "정신과",
  "정신건강",
  "우울증 약",
  "精神科",
  "カウンセリング",
  "心療内科",
  "心理咨询",
  "精神科医",
  "抗抑郁",
];

/** An idiom's forms as people write them: "दिल घबराना / dil ghabrana" matches either form. */
function idiomForms(term: string): string[] {
  return term
    .split(/\s*\/\s*|\s*\(|\)/)
    .map((form) => form.trim().toLowerCase())
    .filter((form) => form.length >= 2);
}

/**
 * The detail groups the first turn's words call for (later turns get every group, see
 * `detailGroupsFor`). Matching is on lowercased text, substrings included, so inflected forms count.
 */
export function cuedDetailGroups(profile: Profile, userTurns: readonly string[]): Set<DetailGroup> {
  const text = userTurns.join("\n").toLowerCase();
  const groups = new Set<DetailGroup>();
  if (text.length === 0) return groups;
  if (profile.communication.idioms.some((idiom) => idiomForms(idiom.term).some((form) => text.includes(form)))) groups.add("idioms");
  if (CARE_CUES.some((cue) => text.includes(cue))) groups.add("care");
  return groups;
}

/**
 * Which detail groups the system prompt carries: all of them once the conversation has an answer
 * ("all"), else those the person's words call for.
 */
export function detailGroupsFor(profile: Profile, userTurns: readonly string[], firstTurn: boolean): Set<DetailGroup> | "all" {
  return firstTurn ? cuedDetailGroups(profile, userTurns) : "all";
}
