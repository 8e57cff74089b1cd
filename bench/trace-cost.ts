/**
 * npx tsx bench/trace-cost.ts — the cost of building a trace, text steps (today's `step()`) against
 * structured steps (`traceStep()`), for the employeeDeduction trace (rate, exact, round), in one
 * process, best of several runs. A script, not a test: nothing here is timed in CI.
 *
 * 1. Trace only: both builders get the same primitive inputs (wage, rate, period, exact, amount),
 *    so the figure is the cost of the strings and thousands separators alone.
 * 2. Whole call: today's employeeDeduction against a preview of the same calculation on the exact
 *    kernels (bigint yen × rate ratio, divideHalfDown) with a structured trace; every amount, exact
 *    value and rendered text is compared (mismatches must be 0).
 * 3. Render: what explain() costs afterwards, per trace, when someone reads it.
 *
 * Options: --n N (default 200,000 wages), --runs R (default 7), --json.
 */
import { traceStep, groupDigits, type TraceStep, type TextStep } from '../src/core/trace.js';
import { parseYen } from '../src/core/yen.js';
import { employmentRateFor } from '../src/employment/rates.js';
import { employeeDeduction, explain } from '../src/index.js';
import { DIVIDE_BY_MODE, multiplyYen, rationalToDecimal, ratioFromPerMille } from '../src/kernel/index.js';

/** A text step as a tool that writes its own texts builds it (explain renders it beside structured steps). */
function step(id: string, value: string | number | bigint, ja: string, en: string, law?: string): TextStep {
  return law === undefined ? { step: id, ja, en, value: String(value) } : { step: id, ja, en, value: String(value), law };
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = opt('n', 200_000);
const RUNS = opt('runs', 7);
const JSON_OUT = args.includes('--json');

let seed = 0x2545f491;
const rand = () => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x1_0000_0000;
};
const wages: number[] = Array.from({ length: N }, (_, i) => (i % 10 === 0 ? Math.floor(rand() * 5_000_000) : 80_000 + Math.floor(rand() * 1_120_000)));

const closingDate = '2025-05-31';
const r = employmentRateFor({ closingDate }, 'general');
const rate = r.rates.worker;
const ratio = ratioFromPerMille(rate);
const divide = DIVIDE_BY_MODE.halfDown;

// Precomputed inputs for the trace-only comparison.
const bigWages = wages.map(BigInt);
const exacts = bigWages.map((w) => rationalToDecimal(multiplyYen(w, ratio)));
const amounts = bigWages.map((w) => divide(w * ratio.numerator, ratio.denominator).toString());

const RULE_JA = '50銭以下切捨て・50銭超切上げ (源泉控除)';
const RULE_EN = 'fraction ≤ 0.5 down, > 0.5 up (withheld from wages)';
const RULE_LAW = '通貨法3条1項 applied to the net pay (厚生労働省パンフレット)';

/** Today's text trace, exactly as src/employment/deduction.ts builds it. */
function oldTrace(wage: bigint, exact: string, amount: string): TextStep[] {
  return [
    step(
      'rate',
      rate,
      `被保険者負担率 ${rate}/1000 (${r.period.from}〜${r.period.to}, 賃金締切日基準)`,
      `worker rate ${rate}/1000 (${r.period.from}..${r.period.to}, by closing date)`,
      r.legalBasis,
    ),
    step(
      'exact',
      exact,
      `賃金 ${groupDigits(wage)} × ${rate}/1000 = ${groupDigits(exact)}`,
      `wage ${groupDigits(wage)} × ${rate}/1000 = ${groupDigits(exact)}`,
      '徴収法31条1項・32条1項; 徴収則60条',
    ),
    step('round', amount, `${RULE_JA} → ${groupDigits(amount)}円`, `${RULE_EN} → ¥${groupDigits(amount)}`, RULE_LAW),
  ];
}

// The rate step's params are the same for every wage of a run: built once.
const rateParams = Object.freeze({ rate, from: r.period.from, to: r.period.to, legalBasis: r.legalBasis });

/** The structured trace of the same steps. */
function newTrace(wage: bigint, exact: string, amount: string): TraceStep[] {
  return [
    traceStep('rate', 'employment.rate', rate, rateParams),
    traceStep('exact', 'employment.exact', exact, { wage: wage.toString(), rate }),
    traceStep('round', 'employment.round.halfDown', amount),
  ];
}

/** A preview of employeeDeduction on the kernels with a structured trace (what helper "speed" will write). */
function kernelDeduction(wageInput: number) {
  const wage = parseYen(wageInput, 'wage');
  const rr = employmentRateFor({ closingDate }, 'general');
  const q = ratioFromPerMille(rr.rates.worker);
  const p = multiplyYen(wage, q);
  const amount = divide(p.numerator, p.denominator);
  const exact = rationalToDecimal(p);
  const trace: TraceStep[] = [
    traceStep('rate', 'employment.rate', rr.rates.worker, { rate: rr.rates.worker, from: rr.period.from, to: rr.period.to, legalBasis: rr.legalBasis }),
    traceStep('exact', 'employment.exact', exact, { wage: wage.toString(), rate: rr.rates.worker }),
    traceStep('round', 'employment.round.halfDown', amount),
  ];
  return { amount: Number(amount), exact, trace, sources: rr.sources, status: rr.status };
}

let sink = 0;
function best(label: string, f: () => void, count = N): number {
  let min = Infinity;
  f(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    f();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < min) min = ms;
  }
  if (!JSON_OUT) console.log(`${label.padEnd(58)} ${min.toFixed(1).padStart(9)} ms  (${((min * 1e6) / count).toFixed(0)} ns/call)`);
  return min;
}

// Correctness first: the preview equals today's function on every wage, and renders the same text.
let mismatches = 0;
for (let i = 0; i < N; i++) {
  const a = employeeDeduction({ wage: wages[i]!, category: 'general', closingDate });
  const b = kernelDeduction(wages[i]!);
  if (a.amount !== b.amount || a.exact !== b.exact) mismatches++;
  else if (i % 1000 === 0 && (explain(a) !== explain(b) || explain(a, { lang: 'en' }) !== explain(b, { lang: 'en' }))) mismatches++;
}

if (!JSON_OUT) console.log(`employeeDeduction trace cost, ${N.toLocaleString('en')} wages, best of ${RUNS} (node ${process.version})`);
const tOld = best('1. trace only — text steps (step + groupDigits)', () => {
  for (let i = 0; i < N; i++) sink += oldTrace(bigWages[i]!, exacts[i]!, amounts[i]!).length;
});
const tNew = best('1. trace only — structured steps (traceStep)', () => {
  for (let i = 0; i < N; i++) sink += newTrace(bigWages[i]!, exacts[i]!, amounts[i]!).length;
});
const tFullOld = best('2. employeeDeduction today (big.js, text trace)', () => {
  for (let i = 0; i < N; i++) sink += employeeDeduction({ wage: wages[i]!, category: 'general', closingDate }).amount;
});
const tFullNew = best('2. preview on kernels (bigint ratio, structured trace)', () => {
  for (let i = 0; i < N; i++) sink += kernelDeduction(wages[i]!).amount;
});
const sample = Array.from({ length: Math.min(N, 20_000) }, (_, i) => newTrace(bigWages[i]!, exacts[i]!, amounts[i]!));
const tRender = best(
  `3. explain() of a structured trace (first ${sample.length.toLocaleString('en')} only)`,
  () => {
    for (const t of sample) sink += explain(t).length;
  },
  sample.length,
);

const out = {
  wages: N,
  runs: RUNS,
  traceOnlyMs: { text: tOld, structured: tNew, ratio: tOld / tNew },
  wholeCallMs: { today: tFullOld, kernelPreview: tFullNew, ratio: tFullOld / tFullNew },
  renderNsPerTrace: (tRender * 1e6) / sample.length,
  mismatches,
};
if (JSON_OUT) console.log(JSON.stringify(out, null, 2));
else {
  console.log(`trace building: text / structured = ${(tOld / tNew).toFixed(1)}×`);
  console.log(`whole call: today / kernel preview = ${(tFullOld / tFullNew).toFixed(1)}×`);
  console.log(`mismatches (amount, exact, rendered text): ${mismatches}`);
}
if (sink === 42) console.log('');
if (mismatches !== 0) process.exitCode = 1;
