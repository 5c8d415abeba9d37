/** What every evaluator output says about reading its numbers. */
export const EVAL_NOTES = {
  response_styles:
    'Response styles differ between cultures: Harzing (2006), "Response styles in cross-national survey research: ' +
    'a 26-country study", International Journal of Cross Cultural Management 6(2):243–266, found national differences ' +
    "in acquiescence and in extreme versus middle responding. The same mean on the same item can therefore mean " +
    "different things in two home cultures; do not rank cultures by raw means.",
  within_home_framing:
    "The fair headline comparison is within a home culture: the ratings that people from one home culture gave to " +
    "their own culture's profile against those they gave to the other profiles they tried (within_home, or " +
    "/v1/eval/compare with home=…). Across home cultures, compare distributions, with the caveat above.",
  ordinal: "Likert items are ordinal: read the distributions and the rank-based tests; means and their CIs are a summary for plots.",
  power:
    "Groups under 100 ratings are flagged underpowered: about 100 per group are needed to detect an odds ratio of 2 " +
    "at 80 % power on a 5-point item (Whitehead 1993).",
} as const;
