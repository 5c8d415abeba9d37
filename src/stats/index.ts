// Pure statistics for the cultural-validity evaluation (issue 3): no I/O, every resampling seeded.
export { StatsInputError } from "./errors.ts";
export { DEFAULT_SEED, createRandom, type SeededRandom } from "./random.ts";
export {
  DEFAULT_BOOTSTRAP_RESAMPLES,
  DEFAULT_CONFIDENCE_LEVEL,
  bootstrapCi,
  bootstrapMeanCi,
  type BootstrapInterval,
  type BootstrapOptions,
  type ConfidenceInterval,
} from "./bootstrap.ts";
export { describeLikert, describeLikertCounts, type LevelShare, type LikertSummary } from "./likert.ts";
export {
  mannWhitneyU,
  type MannWhitneyOptions,
  type MannWhitneyPMethod,
  type MannWhitneyResult,
} from "./mann-whitney.ts";
export { kruskalWallis, kruskalWallisResult, type KruskalWallisGroup, type KruskalWallisResult } from "./kruskal-wallis.ts";
export {
  DEFAULT_BRADLEY_TERRY_RESAMPLES,
  bradleyTerry,
  type BradleyTerryItem,
  type BradleyTerryOptions,
  type BradleyTerryResult,
  type PairwiseComparison,
} from "./bradley-terry.ts";
export { meanChangeCi, type BeforeAfter, type MeanChangeResult } from "./mean-change.ts";
export {
  MIN_N_PER_GROUP_LIKERT5,
  underpowered,
  whiteheadSampleSizePerGroup,
  type WhiteheadInput,
} from "./power.ts";
export { chiSquareSurvival, normalQuantile, normalSurvival } from "./special.ts";
export {
  cumulativeOddsRatio,
  meanDifferenceFromCounts,
  sampleRatioMismatch,
  type MeanDifference,
  type SampleRatioCheck,
} from "./arm-effects.ts";
