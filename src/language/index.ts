export {
  cachedDetector,
  createLanguageDetector,
  detectLanguage,
  detectLanguageCached,
  type DetectedLanguage,
  type DetectionMethod,
  type DetectorOptions,
  type LanguageDetector,
  type LanguageHints,
  type Signal,
} from "./detect.ts";
export { DEFAULT_WEIGHTS, type SecondDetector, type Weights } from "./scoring.ts";
export {
  CORE_LANGUAGES,
  LANGUAGES,
  isKnownLanguage,
  languageInfo,
  languageName,
  primarySubtag,
  toBcp47,
  toIso639_3,
  type LanguageInfo,
  type ScriptCode,
} from "./languages.ts";
export { tinyldSecondDetector } from "./second-detector.ts";
