/**
 * npm run bench — throughput of the hot path and of the yearly calculations, in one process.
 *
 * 1. createEmployeeDeduction over 1,000,000 generated wages (FY2025 一般, 5.5/1000, 源泉 halfDown),
 *    compared with
 *    (a) a raw exact-integer loop (wage × 55, remainder against 10,000 — the practical limit), and
 *    (b) a straightforward big.js per-call implementation (new Big(wage) × rate / 1000, rounded),
 *    reported as ratios; every wage's result is compared across the three (mismatches must be 0),
 *    and a sample is checked against employeeDeduction.
 * 2. laborInsurancePremium (and annualRenewal when src/index.ts exports it) for 10,000 employers;
 *    each renewal's 確定保険料 is checked against laborInsurancePremium on the same wages.
 *
 * Options: --wages N (default 1,000,000), --employers N (default 10,000), --json.
 */
import Big from 'big.js';
import * as lib from '../src/index.js';
import { createEmployeeDeduction, employeeDeduction, laborInsurancePremium, ratesFor } from '../src/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = opt('wages', 1_000_000);
const EMPLOYERS = opt('employers', 10_000);
const JSON_OUT = args.includes('--json');

// Deterministic generator (xorshift32), so every run measures the same data.
let seed = 0x9e3779b9;
const rand = () => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x1_0000_0000;
};

/** Wages: mostly 80,000–1,200,000, with every 10th a bonus up to 5,000,000 and every 50th a tiny amount. */
const wages: number[] = new Array(N);
for (let i = 0; i < N; i++) {
  if (i % 50 === 0) wages[i] = Math.floor(rand() * 2_000); // sub-yen and near-½ shares (91 → 0.5005)
  else if (i % 10 === 0) wages[i] = Math.floor(rand() * 5_000_000);
  else wages[i] = 80_000 + Math.floor(rand() * 1_120_000);
}

const options = { category: 'general', closingDate: '2025-06-30' } as const;
const RATE = '5.5'; // FY2025 一般 worker rate per 1000 (checked below against the table)

/** Runs `fn` `reps` times after a warm-up and returns the best time in ms. */
function best(reps: number, fn: () => number): { ms: number; check: number } {
  let check = fn(); // warm-up (JIT)
  let ms = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    check = fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, check };
}

// --- 1. the hot path -----------------------------------------------------------------------------
const deduct = createEmployeeDeduction(options);
const hotOut = new Float64Array(N);
const hot = best(5, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const a = deduct(wages[i]!);
    hotOut[i] = a;
    sum += a;
  }
  return sum;
});

// (a) raw exact-integer loop: the rate as the integer ratio 55 / 10,000.
const num = Number(RATE.replace('.', '')); // 55
const den = 10 ** (3 + (RATE.split('.')[1]?.length ?? 0)); // 10,000
const rawOut = new Float64Array(N);
const raw = best(5, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const p = wages[i]! * num;
    const rem = p % den;
    const whole = (p - rem) / den;
    const a = rem * 2 > den ? whole + 1 : whole; // 50銭以下切捨て・50銭超切上げ
    rawOut[i] = a;
    sum += a;
  }
  return sum;
});

// (b) straightforward big.js, per call: parse, multiply, divide by 1000, round.
const bigOut = new Float64Array(N);
const HALF = new Big('0.5');
const naive = (wage: number): number => {
  const exact = new Big(wage).times(new Big(RATE)).div(1000);
  const whole = exact.round(0, Big.roundDown);
  return Number(exact.minus(whole).gt(HALF) ? whole.plus(1) : whole);
};
const big = best(1, () => {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    const a = naive(wages[i]!);
    bigOut[i] = a;
    sum += a;
  }
  return sum;
});

let mismatches = 0;
const firstMismatches: string[] = [];
for (let i = 0; i < N; i++) {
  if (hotOut[i] !== rawOut[i] || hotOut[i] !== bigOut[i]) {
    mismatches++;
    if (firstMismatches.length < 5) firstMismatches.push(`wage ${wages[i]}: hot ${hotOut[i]}, raw ${rawOut[i]}, big.js ${bigOut[i]}`);
  }
}
// A sample against the full employeeDeduction (with trace), and the table's rate.
const tableRate = ratesFor(2025).employmentInsurance[0]!.categories.general.worker;
if (tableRate !== RATE) throw new Error(`FY2025 general worker rate is ${tableRate}, the bench assumes ${RATE}`);
let sampleMismatches = 0;
const SAMPLE = Math.min(N, 10_000);
const full = best(1, () => {
  let sum = 0;
  for (let i = 0; i < SAMPLE; i++) {
    const a = employeeDeduction({ wage: wages[i]!, ...options }).amount;
    if (a !== hotOut[i]) sampleMismatches++;
    sum += a;
  }
  return sum;
});
sampleMismatches = Math.round(sampleMismatches / 2); // counted in the warm-up and the timed run

// --- 2. yearly calculations for many employers ----------------------------------------------------
const industries = ratesFor(2025).workersCompensation[0]!.industries.map((r) => r.number).filter((n) => /^\d{2}$/.test(n)); // '02/03' (林業) is looked up as '02' or '03'
const categories = ['general', 'agriculture', 'construction'] as const;
const employers = Array.from({ length: EMPLOYERS }, (_, i) => ({
  industry: industries[i % industries.length]!,
  category: categories[i % 3]!,
  wages: 1_000_000 + Math.floor(rand() * 500_000_000),
}));
const premium = best(3, () => {
  let sum = 0;
  for (const e of employers) sum += laborInsurancePremium({ fiscalYear: 2025, ...e }).total;
  return sum;
});

type Renewal = (input: unknown) => unknown;
const annualRenewal = (lib as Record<string, unknown>).annualRenewal as Renewal | undefined;
let renewal: { ms: number; check: number } | undefined;
let renewalMismatches = 0;
if (typeof annualRenewal === 'function') {
  renewal = best(3, () => {
    let n = 0;
    for (const e of employers) {
      annualRenewal(renewalInput(e));
      n++;
    }
    return n;
  });
  // Cross-check: the 確定保険料 of the renewal is laborInsurancePremium on last year's wages.
  for (const e of employers) {
    const r = annualRenewal(renewalInput(e)) as { finalPremium?: { total?: number } };
    if (r.finalPremium?.total !== laborInsurancePremium({ fiscalYear: 2024, ...e }).total) renewalMismatches++;
  }
}

/**
 * annualRenewal input for one employer (年度更新 in FY2025): FY2024 actual wages, a declared 概算 of
 * roughly the premium, and this year's estimate 5% higher (within the 50%–200% rule).
 */
function renewalInput(e: { industry: string; category: string; wages: number }): unknown {
  return {
    fiscalYear: 2025,
    industry: e.industry,
    category: e.category,
    previousWages: e.wages,
    declaredEstimate: Math.floor(e.wages / 60),
    estimatedWages: Math.floor(e.wages * 1.05),
  };
}

// --- report ----------------------------------------------------------------------------------------
const perSec = (ms: number, n: number) => (n / ms) * 1000;
const result = {
  node: process.version,
  wages: N,
  hotPath: { ms: hot.ms, perSecond: perSec(hot.ms, N) },
  rawIntegerLoop: { ms: raw.ms, perSecond: perSec(raw.ms, N) },
  naiveBigJs: { ms: big.ms, perSecond: perSec(big.ms, N) },
  hotVsRaw: raw.ms / hot.ms,
  hotVsBigJs: big.ms / hot.ms,
  mismatches,
  employeeDeductionSample: { wages: SAMPLE, ms: full.ms, perSecond: perSec(full.ms, SAMPLE), mismatches: sampleMismatches },
  employers: EMPLOYERS,
  premium: { ms: premium.ms, perSecond: perSec(premium.ms, EMPLOYERS) },
  annualRenewal: renewal ? { ms: renewal.ms, perSecond: perSec(renewal.ms, EMPLOYERS), finalPremiumMismatches: renewalMismatches } : 'not exported by src/index.ts',
};

const f = (n: number) => Math.round(n).toLocaleString('en-US');
if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`jp-labor-insurance bench — Node ${process.version}, ${f(N)} wages, FY2025 一般 5.5/1000, halfDown`);
  console.log(`  createEmployeeDeduction   ${hot.ms.toFixed(1).padStart(9)} ms  ${f(result.hotPath.perSecond).padStart(13)} wages/s`);
  console.log(`  (a) raw integer loop      ${raw.ms.toFixed(1).padStart(9)} ms  ${f(result.rawIntegerLoop.perSecond).padStart(13)} wages/s`);
  console.log(`  (b) naive big.js per call ${big.ms.toFixed(1).padStart(9)} ms  ${f(result.naiveBigJs.perSecond).padStart(13)} wages/s`);
  console.log(`  hot path / raw loop throughput: ${(result.hotVsRaw * 100).toFixed(1)}%   (target ≥ 50%)`);
  console.log(`  hot path vs naive big.js:       ${result.hotVsBigJs.toFixed(1)}× faster   (target ≥ 50×)`);
  console.log(`  mismatches (hot vs raw vs big.js): ${mismatches} of ${f(N)}`);
  for (const m of firstMismatches) console.log(`    ${m}`);
  console.log(`  employeeDeduction (full result + trace), ${f(SAMPLE)} wages: ${full.ms.toFixed(1)} ms, ${f(result.employeeDeductionSample.perSecond)}/s, ${sampleMismatches} mismatches`);
  console.log(`  laborInsurancePremium, ${f(EMPLOYERS)} employers: ${premium.ms.toFixed(1)} ms, ${f(result.premium.perSecond)} employers/s`);
  if (renewal) console.log(`  annualRenewal, ${f(EMPLOYERS)} employers: ${renewal.ms.toFixed(1)} ms, ${f(perSec(renewal.ms, EMPLOYERS))} employers/s, ${renewalMismatches} 確定保険料 mismatches vs laborInsurancePremium`);
  else console.log('  annualRenewal: not exported by src/index.ts — not measured');
}
if (mismatches !== 0 || sampleMismatches !== 0 || renewalMismatches !== 0) process.exitCode = 1;
