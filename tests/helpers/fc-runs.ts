/**
 * How many runs each fast-check property makes: 200 locally, `FC_RUNS` (1,000 in CI, see .ci/run)
 * where more are wanted. One setting, so a run can be deepened at once.
 */
export const FC_RUNS = Number(process.env.FC_RUNS ?? 200);
