/** Gale and Church's length cost: how unlikely two lengths are as translations of each other. */

/** -log P(|δ|) of Gale and Church, tabulated: it is asked for millions of times per text. */
const LENGTH_COST_STEPS = 100;
const LENGTH_COST_TABLE = Float64Array.from({ length: 8 * LENGTH_COST_STEPS + 1 }, (_, k) => {
  const p = 2 * (1 - normalCdf(k / LENGTH_COST_STEPS));
  return Math.min(25, -Math.log(Math.max(p, 1e-12)));
});

/** Standard normal CDF (Abramowitz–Stegun 7.1.26), as Gale and Church used. */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}

/** Gale–Church's cost of a length difference `delta` (in standard deviations), from the table. */
export function lengthCostAt(delta: number): number {
  const step = delta * LENGTH_COST_STEPS;
  return step >= LENGTH_COST_TABLE.length - 1 ? LENGTH_COST_TABLE.at(-1)! : LENGTH_COST_TABLE[Math.round(step)]!;
}
