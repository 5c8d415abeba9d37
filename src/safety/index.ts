/**
 * Public API of the safety layer. Pure: no HTTP, database or file access.
 *
 *   assessRisk(messages, { languages })         input risk over the whole conversation
 *   guardOutput({ messages, response, language }) pass or replace a model answer
 *   crisisResponse({ language, country, supports }) warm, localised template answer
 *   crisisResourcesBlock({ language, country })  its numbers-only part, appended where an answer lacks them
 *   parseGuardOutput(format, text) / inputRiskOf / raiseRisk  learned guard verdicts over the lexicon floor
 *   crisisProtocolPrompt(language, { country, supports }) system prompt for crisis generation
 *   safetyPolicyPrompt(risk)                    everyday safety rules + protocols of detected conditions
 *   aiDisclosure(language)                      short "I am an AI, not a therapist" text
 *   resourcesFor(country)                       emergency numbers, crisis lines, directories
 */
export { assessRisk, DEFAULT_LEVEL, type AssessOptions } from "./risk.ts";
export { guardOutput, GUARD_VIOLATIONS, type GuardInput, type GuardResult, type GuardViolation } from "./output-guard.ts";
export {
  crisisResponse,
  crisisResourcesBlock,
  crisisProtocolPrompt,
  aiDisclosure,
  type CrisisResponse,
  type CrisisResponseInput,
  type ProtocolOptions,
} from "./crisis-response.ts";
export { CONDITION_PROTOCOLS, conditionProtocols, safetyPolicyPrompt } from "./policy.ts";
export {
  answerFails,
  inputRiskOf,
  parseGuardOutput,
  raiseRisk,
  GuardOutputError,
  LLAMA_GUARD_HAZARDS,
  type GuardLabel,
  type GuardModelVerdict,
} from "./guard-formats.ts";
export {
  CRISIS_RESOURCES,
  INTERNATIONAL_DIRECTORIES,
  REQUIRED_COUNTRIES,
  VERIFIED_ON,
  resourcesFor,
  type CountryResources,
  type CrisisContact,
  type Directory,
  type ResolvedResources,
} from "./crisis-resources.ts";
export { SAFETY_LANGUAGES, SAFETY_LOCALES, safetyLocale, type SafetyLocale } from "./locales.ts";
export { LEXICON_LANGUAGES } from "./lexicon/index.ts";
export {
  CONDITIONS,
  conditionsOf,
  type Condition,
  RISK_CATEGORIES,
  RISK_LEVELS,
  levelRank,
  maxLevel,
  type RiskAssessment,
  type RiskCategory,
  type RiskEvidence,
  type RiskLevel,
  type SafetyMessage,
} from "./types.ts";
