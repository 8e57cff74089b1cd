/**
 * npm run bench — throughput of the hot path and of the yearly calculations, in one process.
 *
 * 1. createEmployeeDeduction against a hand-written exact loop with literal constants, for two rates
 *    (FY2025 一般 5.5/1000 and FY2024 一般 6/1000) and every rounding mode (and, for 5.5‰, every mode
 *    with truncateToRinFirst), over 1,000,000 generated wages, with a `sum +=` loop and an
 *    `out[i] =` loop each. The baseline loops below are written out by hand — no code shared with the
 *    library — each with its own constants; they are the exact remainder rule
 *    (`p = w * 55; r = p % 10000; q = (p - r) / 10000; …`). Every loop is warmed up, then hand and
 *    library runs alternate and the best of --runs is kept. Ratio = hand ms / library ms (≥ 1.00: the
 *    library is at least as fast). Every result of every loop is checked against an independent BigInt
 *    oracle, every mode also on edge wages (around the fast-path limit, 2^31, 2^32 and
 *    Number.MAX_SAFE_INTEGER, bigint and digit-string forms) and on samples against employeeDeduction.
 *    Ratios are printed, never enforced (machines differ); any mismatch fails the run (exit 1). Then
 *    every timed setting is timed (and checked) again after the edge wages have passed through every
 *    returned function (1c).
 * 2. The same wages through a straightforward big.js implementation and through employeeDeduction.
 * 3. laborInsurancePremium for 10,000 employers; annualRenewal for 10,000 employers (full results with
 *    traces) against a straightforward exact BigInt 年度更新 written in this file with literal rates
 *    (確定, 一般拠出金, 50–200%, 概算, 延納, 充当): every amount compared (any mismatch: exit 1), ratio printed.
 *
 * Options: --wages N (default 1,000,000), --employers N (default 10,000), --runs N (default 25), --json.
 */
import { cpus } from 'node:os';
import Big from 'big.js';
import * as lib from '../src/index.js';
import { createEmployeeDeduction, employeeDeduction, laborInsurancePremium, ratesFor } from '../src/index.js';
import type { RoundingMode } from '../src/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = opt('wages', 1_000_000);
const EMPLOYERS = opt('employers', 10_000);
const RUNS = opt('runs', 25);
const JSON_OUT = args.includes('--json');
const started = performance.now();

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

/**
 * The timed wages. First ten blocks of 2,000 consecutive wages (0, ¥100,000, … ¥39,000,000): wage·55
 * mod 10,000 repeats every 2,000 wages and wage·6 mod 1,000 every 500, so each block holds every
 * remainder — every exact .5 (101,000 × 5.5‰ = 555.5), its neighbours, every 厘 boundary (100,091 ×
 * 5.5‰ = 550.5005). Then random wages: mostly ¥80,000–¥1,200,000, every 10th a bonus up to
 * ¥5,000,000 and every 50th under ¥2,000. All products stay below 2^31, the hand loop's best case.
 */
const W: number[] = new Array(N);
{
  const blocks = [0, 100_000, 250_000, 500_000, 1_000_000, 2_000_000, 4_000_000, 10_000_000, 30_000_000, 39_000_000];
  let i = 0;
  for (const b of blocks) for (let k = 0; k < 2_000 && i < N; k++) W[i++] = b + k;
  for (; i < N; i++) {
    if (i % 50 === 0) W[i] = Math.floor(rand() * 2_000);
    else if (i % 10 === 0) W[i] = Math.floor(rand() * 5_000_000);
    else W[i] = 80_000 + Math.floor(rand() * 1_120_000);
  }
}
const HO: number[] = new Array(N).fill(0); // the hand loops' output
const LO: number[] = new Array(N).fill(0); // the library loops' output

// --- the hand-written baselines: literal constants per rate and mode ------------------------------
// 5.5‰ = 55 / 10,000: p = wage × 55 in units of 1/10,000 yen; 1 厘 = 10 units.
// 6‰ = 6 / 1,000: p = wage × 6 in units of 1/1,000 yen (厘 already; truncating to 厘 changes nothing).
type Loops = { sum: () => number; arr: () => number };
const HAND: Record<string, Loops> = {
  '5.5 halfDown': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        s += r * 2 > 10000 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        HO[i] = r * 2 > 10000 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 halfUp': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        s += r * 2 >= 10000 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        HO[i] = r * 2 >= 10000 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 floor': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        s += (p - r) / 10000;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        HO[i] = (p - r) / 10000;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 ceil': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        s += r > 0 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        HO[i] = r > 0 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 halfDown 厘': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        const t = r - (r % 10);
        s += t * 2 > 10000 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        const t = r - (r % 10);
        HO[i] = t * 2 > 10000 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 halfUp 厘': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        const t = r - (r % 10);
        s += t * 2 >= 10000 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        const t = r - (r % 10);
        HO[i] = t * 2 >= 10000 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 floor 厘': {
    // truncating to 厘 before truncating to yen changes nothing: the plain floor
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        s += (p - r) / 10000;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        HO[i] = (p - r) / 10000;
      }
      return HO[N - 1]!;
    },
  },
  '5.5 ceil 厘': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        s += r >= 10 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 55;
        const r = p % 10000;
        const q = (p - r) / 10000;
        HO[i] = r >= 10 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '6 halfDown': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        const q = (p - r) / 1000;
        s += r * 2 > 1000 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        const q = (p - r) / 1000;
        HO[i] = r * 2 > 1000 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '6 halfUp': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        const q = (p - r) / 1000;
        s += r * 2 >= 1000 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        const q = (p - r) / 1000;
        HO[i] = r * 2 >= 1000 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
  '6 floor': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        s += (p - r) / 1000;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        HO[i] = (p - r) / 1000;
      }
      return HO[N - 1]!;
    },
  },
  '6 ceil': {
    sum: () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        const q = (p - r) / 1000;
        s += r > 0 ? q + 1 : q;
      }
      return s;
    },
    arr: () => {
      for (let i = 0; i < N; i++) {
        const p = W[i]! * 6;
        const r = p % 1000;
        const q = (p - r) / 1000;
        HO[i] = r > 0 ? q + 1 : q;
      }
      return HO[N - 1]!;
    },
  },
};
/** For information: the library's own branch-free formula, by hand with literal constants and no input checks. */
const HAND_FORMULA: Loops = {
  sum: () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += Math.floor((W[i]! * 55 + 4999) / 10000);
    return s;
  },
  arr: () => {
    for (let i = 0; i < N; i++) HO[i] = Math.floor((W[i]! * 55 + 4999) / 10000);
    return HO[N - 1]!;
  },
};

/**
 * The library's loops, the same two shapes around a call of the returned function. Each measured
 * function gets loops of its own (a fresh function literal, hence its own type feedback), so that
 * every call site sees one target, as in a payroll run; sharing one loop between 16 functions would
 * make the call megamorphic and measure V8's call dispatch instead of the library.
 */
function libraryLoops(f: (wage: number) => number, tag: string): Loops {
  const make = (body: string) => new Function('f', 'W', 'N', 'O', `// ${tag}\nreturn () => { ${body} };`)(f, W, N, LO) as () => number;
  return {
    sum: make('let s = 0; for (let i = 0; i < N; i++) s += f(W[i]); return s;'),
    arr: make('for (let i = 0; i < N; i++) O[i] = f(W[i]); return O[N - 1];'),
  };
}

// --- the oracle: exact BigInt, remainder rule (rules.md §2) ----------------------------------------
interface Rate {
  rate: string;
  n: bigint;
  d: bigint;
  /** 1/d-yen units in one 厘 */
  u: bigint;
  options: { category: 'general'; closingDate: string };
}
const RATES: Rate[] = [
  { rate: '5.5', n: 55n, d: 10_000n, u: 10n, options: { category: 'general', closingDate: '2025-06-30' } },
  { rate: '6', n: 6n, d: 1_000n, u: 1n, options: { category: 'general', closingDate: '2024-06-30' } },
];
for (const r of RATES) {
  const worker = employeeDeduction({ wage: 0, ...r.options }).rate;
  if (worker !== r.rate) throw new Error(`the worker rate on ${r.options.closingDate} is ${worker}, the bench assumes ${r.rate}`);
}
function oracle(wage: bigint, r: Rate, mode: RoundingMode, rin: boolean): bigint {
  const p = wage * r.n;
  const q = p / r.d;
  let rem = p % r.d;
  if (rin) rem -= rem % r.u;
  const up = mode === 'halfDown' ? 2n * rem > r.d : mode === 'halfUp' ? 2n * rem >= r.d : mode === 'ceil' ? rem > 0n : false;
  return up ? q + 1n : q;
}
/** Oracle results for the timed wages, from q and r computed once per rate in BigInt. */
function oracleTable(r: Rate): { q: Float64Array; rem: Float64Array } {
  const q = new Float64Array(N);
  const rem = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const p = BigInt(W[i]!) * r.n;
    q[i] = Number(p / r.d);
    rem[i] = Number(p % r.d);
  }
  return { q, rem };
}
function expectedAt(t: { q: Float64Array; rem: Float64Array }, i: number, r: Rate, mode: RoundingMode, rin: boolean): number {
  const d = Number(r.d);
  const u = Number(r.u);
  const rem = rin ? t.rem[i]! - (t.rem[i]! % u) : t.rem[i]!;
  const up = mode === 'halfDown' ? 2 * rem > d : mode === 'halfUp' ? 2 * rem >= d : mode === 'ceil' ? rem > 0 : false;
  return up ? t.q[i]! + 1 : t.q[i]!;
}

/** Edge wages for one rate (not timed: they would push the hand loop off its integer path). */
function edgeWages(r: Rate): (number | bigint | string)[] {
  const out: (number | bigint | string)[] = [];
  const around = (c: bigint, w: bigint) => {
    for (let x = c - w; x <= c + w; x++) if (x >= 0n) out.push(x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
  };
  around(2n ** 53n / r.n, 3_000n); // the fast-path limit is ⌊(2^53 − 2d)/n⌋, within 2d/n below this
  around(2n ** 31n, 500n);
  around(2n ** 32n, 500n);
  around(BigInt(Number.MAX_SAFE_INTEGER) - 500n, 500n);
  around(BigInt(Number.MAX_SAFE_INTEGER) + 3n, 2n); // beyond: employeeDeduction refuses the wage (RESULT_UNSAFE_INTEGER)
  for (let i = 0; i < 200; i++) {
    const w = W[(i * 4_999) % N]!;
    out.push(BigInt(w), String(w));
  }
  out.push(`${2n ** 60n}`, 2n ** 40n, '0', 0n, -0);
  return out;
}
const outcome = (f: () => number): number | string => {
  try {
    return f();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

// --- 1. the hot path, mode by mode -----------------------------------------------------------------
/** Warm-up runs, then `reps` rounds in which the functions run in turn; the best time of each, in ms. */
function best(reps: number, warmups: number, ...fns: (() => number)[]): number[] {
  for (let k = 0; k < warmups; k++) for (const f of fns) f(); // JIT
  const ms = fns.map(() => Infinity);
  for (let r = 0; r < reps; r++) {
    fns.forEach((f, k) => {
      const t0 = performance.now();
      f();
      ms[k] = Math.min(ms[k]!, performance.now() - t0);
    });
  }
  return ms;
}

interface Timing {
  handMs: number;
  libraryMs: number;
  ratio: number;
}
interface Row {
  key: string;
  rate: Rate;
  rounding: RoundingMode;
  truncateToRinFirst: boolean;
  deduct: (wage: number | bigint | string) => number;
  sum?: Timing;
  array?: Timing;
  mismatches: number;
  edgeWages: number;
  objectApiChecks: number;
}
const rows: Row[] = [];
const problems: string[] = [];
const MODES: RoundingMode[] = ['halfDown', 'halfUp', 'floor', 'ceil'];
const timing = (hand: number, library: number): Timing => ({ handMs: hand, libraryMs: library, ratio: hand / library });
for (const r of RATES) {
  for (const rin of [false, true]) {
    for (const mode of MODES) {
      const key = `${r.rate} ${mode}${rin ? ' 厘' : ''}`;
      const deduct = createEmployeeDeduction({ ...r.options, rounding: mode, truncateToRinFirst: rin });
      rows.push({ key, rate: r, rounding: mode, truncateToRinFirst: rin, deduct, mismatches: 0, edgeWages: 0, objectApiChecks: 0 });
    }
  }
}
const bad = (row: Row, what: string) => {
  row.mismatches++;
  if (problems.length < 20) problems.push(`${row.key}: ${what}`);
};

// 1a. Timing, and every timed result against the oracle. Only the timed wages (all below 2^31) pass
// through the functions here: see 1c for why the edge wages come afterwards.
const tables = new Map(RATES.map((r) => [r, oracleTable(r)]));
for (const row of rows) {
  const { rate: r, rounding: mode, truncateToRinFirst: rin } = row;
  const table = tables.get(r)!;
  let sumE = 0;
  for (let i = 0; i < N; i++) sumE += expectedAt(table, i, r, mode, rin);
  const hand = HAND[row.key];
  if (hand) {
    const mine = libraryLoops(row.deduct, row.key);
    const [hs, ls, ha, la] = best(RUNS, 2, hand.sum, mine.sum, hand.arr, mine.arr);
    row.sum = timing(hs!, ls!);
    row.array = timing(ha!, la!);
    if (hand.sum() !== sumE) bad(row, `hand sum ${hand.sum()} ≠ oracle ${sumE}`);
    if (mine.sum() !== sumE) bad(row, `library sum ${mine.sum()} ≠ oracle ${sumE}`);
    hand.arr();
    mine.arr();
    for (let i = 0; i < N; i++) {
      const e = expectedAt(table, i, r, mode, rin);
      if (HO[i] !== e) bad(row, `hand, wage ${W[i]}: ${HO[i]} ≠ ${e}`);
      if (LO[i] !== e) bad(row, `library, wage ${W[i]}: ${LO[i]} ≠ ${e}`);
    }
  } else {
    for (let i = 0; i < N; i++) {
      const e = expectedAt(table, i, r, mode, rin);
      const a = row.deduct(W[i]!);
      if (a !== e) bad(row, `library, wage ${W[i]}: ${a} ≠ ${e}`);
    }
  }
}
const formula = (() => {
  const mine = libraryLoops(rows[0]!.deduct, '5.5 halfDown vs the formula by hand');
  const [hs, ls, ha, la] = best(RUNS, 2, HAND_FORMULA.sum, mine.sum, HAND_FORMULA.arr, mine.arr);
  if (HAND_FORMULA.sum() !== mine.sum()) bad(rows[0]!, 'hand formula sum ≠ library sum');
  return { sum: timing(hs!, ls!), array: timing(ha!, la!) };
})();

// 1b. Samples against the object API (big.js, with trace), and the edge wages — fast path on both
// sides of its limit, the exact bigint path, bigint and digit-string forms, refused wages.
const SAMPLE_STRIDE = Math.max(1, Math.floor(N / 2_000));
for (const row of rows) {
  const { rate: r, rounding: mode, truncateToRinFirst: rin } = row;
  const table = tables.get(r)!;
  const options = { ...r.options, rounding: mode, truncateToRinFirst: rin };
  for (let i = 0; i < N; i += SAMPLE_STRIDE) {
    const a = employeeDeduction({ ...options, wage: W[i]! }).amount;
    row.objectApiChecks++;
    if (a !== expectedAt(table, i, r, mode, rin)) bad(row, `employeeDeduction, wage ${W[i]}: ${a} ≠ oracle`);
  }
  for (const w of edgeWages(r)) {
    row.edgeWages++;
    const objectApi = outcome(() => employeeDeduction({ ...options, wage: w }).amount);
    const mine = outcome(() => row.deduct(w));
    row.objectApiChecks++;
    const big = BigInt(w);
    const exact = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(oracle(big, r, mode, rin)) : 'RESULT_UNSAFE_INTEGER';
    if (!Object.is(mine, exact)) bad(row, `edge wage ${typeof w} ${String(w)}: library ${String(mine)} ≠ ${String(exact)}`);
    if (!Object.is(objectApi, exact)) bad(row, `edge wage ${typeof w} ${String(w)}: employeeDeduction ${String(objectApi)} ≠ ${String(exact)}`);
  }
}
/** The settings timed in 1a (those with a hand loop), in table order. */
function timed1a(): Row[] {
  return rows.filter((r) => r.sum !== undefined);
}

// 1c. Every timed setting again, after 1b has passed the edge wages (numbers of 2^31 and more, bigints,
// digit strings, refused wages) through every returned function. V8 keeps one feedback vector per
// function literal, shared by every function createEmployeeDeduction returns: once the slow path (a
// call: parseYen, BigInt arithmetic) has run in any of them, every loop compiled afterwards contains
// that call, and V8 then keeps the loop's own sum and index in stack slots (docs/benchmark.md). Number
// wages below 2^32 never take the slow path; bigint and digit-string wages always do. The cost is
// measured and reported, and every result is checked against the oracle again.
const afterEdges = timed1a().map((row) => {
  const { key, rate: r, rounding: mode, truncateToRinFirst: rin } = row;
  const hand = HAND[key]!;
  const table = tables.get(r)!;
  const mine = libraryLoops(row.deduct, `${key} after the edge wages`);
  const [hs, ls, ha, la] = best(RUNS, 2, hand.sum, mine.sum, hand.arr, mine.arr);
  if (mine.sum() !== hand.sum()) bad(row, 'library sum ≠ hand sum after the edge wages');
  mine.arr();
  for (let i = 0; i < N; i++) {
    const e = expectedAt(table, i, r, mode, rin);
    if (LO[i] !== e) bad(row, `library after the edge wages, wage ${W[i]}: ${LO[i]} ≠ ${e}`);
  }
  return { key, rate: r.rate, rounding: mode, truncateToRinFirst: rin, sum: timing(hs!, ls!), array: timing(ha!, la!) };
});
const minRatioAfterEdges = Math.min(...afterEdges.flatMap((a) => [a.sum.ratio, a.array.ratio]));
const hotMismatches = rows.reduce((s, r) => s + r.mismatches, 0);

// --- 2. big.js per call, and the object API ---------------------------------------------------------
const HALF = new Big('0.5');
const naive = (wage: number): number => {
  const exact = new Big(wage).times(new Big('5.5')).div(1000);
  const whole = exact.round(0, Big.roundDown);
  return Number(exact.minus(whole).gt(HALF) ? whole.plus(1) : whole);
};
const hotMs = rows[0]!.array!.libraryMs; // 5.5 halfDown, out[i] loop, from 1a
// one timed pass (about 2 s) that also compares every result with the oracle
const bigMs = (() => {
  const t0 = performance.now();
  let disagree = 0;
  const table = tables.get(RATES[0]!)!;
  for (let i = 0; i < N; i++) if (naive(W[i]!) !== expectedAt(table, i, RATES[0]!, 'halfDown', false)) disagree++;
  const elapsed = performance.now() - t0;
  if (disagree) problems.push(`naive big.js disagrees with the oracle on ${disagree} wages`);
  return elapsed;
})();
const SAMPLE = Math.min(N, 10_000);
const [fullMs] = best(3, 1, () => {
  let s = 0;
  for (let i = 0; i < SAMPLE; i++) s += employeeDeduction({ wage: W[i]!, ...RATES[0]!.options }).amount;
  return s;
});

// --- 3. yearly calculations for many employers ------------------------------------------------------
const industries = ratesFor(2025)
  .workersCompensation[0]!.industries.map((r) => r.number)
  .filter((n) => /^\d{2}$/.test(n)); // '02/03' (林業) is looked up as '02' or '03'
const categories = ['general', 'agriculture', 'construction'] as const;
const employers = Array.from({ length: EMPLOYERS }, (_, i) => ({
  industry: industries[i % industries.length]!,
  category: categories[i % 3]!,
  wages: 1_000_000 + Math.floor(rand() * 500_000_000),
}));
const [premiumMs] = best(3, 1, () => {
  let sum = 0;
  for (const e of employers) sum += laborInsurancePremium({ fiscalYear: 2025, ...e }).amount;
  return sum;
});

// --- 3b. annualRenewal against a straightforward exact BigInt implementation written here -------------
// 年度更新 filed in FY2025 for 10,000 employers: FY2024 確定 on last year's wages, 一般拠出金, the 50–200% basis,
// the FY2025 概算, 延納 and 充当 (the four choices), and the amount due per 期. The reference below shares no
// code with the library: its rates are literals copied by hand from the FY2024/FY2025 tables (労災保険率表 R6 —
// unchanged in FY2025 —, 雇用保険率, 一般拠出金率), in tenths of a per mille.
const WC_R6_TENTHS: Record<string, bigint> = {
  '11': 180n,
  '12': 370n,
  '21': 880n,
  '23': 130n,
  '24': 25n,
  '25': 370n,
  '26': 260n,
  '31': 340n,
  '32': 110n,
  '33': 90n,
  '34': 90n,
  '35': 95n,
  '38': 120n,
  '36': 60n,
  '37': 150n,
  '41': 55n,
  '42': 40n,
  '44': 130n,
  '45': 70n,
  '46': 35n,
  '47': 45n,
  '48': 60n,
  '66': 130n,
  '62': 170n,
  '49': 230n,
  '50': 65n,
  '51': 70n,
  '52': 50n,
  '53': 160n,
  '54': 90n,
  '63': 65n,
  '55': 65n,
  '56': 50n,
  '57': 30n,
  '58': 40n,
  '59': 230n,
  '60': 25n,
  '64': 35n,
  '61': 60n,
  '71': 40n,
  '72': 85n,
  '73': 90n,
  '74': 120n,
  '81': 30n,
  '95': 130n,
  '91': 130n,
  '93': 60n,
  '96': 65n,
  '97': 25n,
  '98': 30n,
  '99': 25n,
  '94': 30n,
  '90': 420n,
};
// 雇用保険率 (事業主 + 労働者), tenths of a per mille: FY2024 15.5 / 17.5 / 18.5, FY2025 14.5 / 16.5 / 17.5
const EI_FY2024_TENTHS = { general: 155n, agriculture: 175n, construction: 185n } as const;
const EI_FY2025_TENTHS = { general: 145n, agriculture: 165n, construction: 175n } as const;
type Choice = 'both' | 'premium' | 'generalContribution' | 'refund';
const CHOICES: readonly Choice[] = ['both', 'premium', 'generalContribution', 'refund'];
interface RenewalCase {
  industry: string;
  category: 'general' | 'agriculture' | 'construction';
  wages: number;
  declared: number;
  estimated?: number;
  choice: Choice;
}
const handIndustries = Object.keys(WC_R6_TENTHS);
const renewalCases: RenewalCase[] = Array.from({ length: EMPLOYERS }, (_, i) => {
  const wages = 1_000_000 + Math.floor(rand() * 500_000_000);
  const perMille = 5 + Math.floor(rand() * 80); // declared 概算 of 0.5%–8.4% of the wages: shortfalls and excesses
  const percent = Math.floor(rand() * 260); // 0 = no estimate; 1–259% of last year's wages: both sides of 50–200%
  const c: RenewalCase = {
    industry: handIndustries[i % handIndustries.length]!,
    category: categories[i % 3]!,
    wages,
    declared: ((wages - (wages % 1000)) / 1000) * perMille,
    choice: CHOICES[Math.floor(rand() * 4)]!,
  };
  if (percent > 0) c.estimated = ((wages - (wages % 100)) / 100) * percent;
  return c;
});
const renewalInputs = renewalCases.map((c) => ({
  renewalYear: 2025,
  industry: c.industry,
  category: c.category,
  previousYearWages: c.wages,
  declaredEstimate: c.declared,
  appropriation: c.choice,
  ...(c.estimated === undefined ? {} : { estimatedWages: c.estimated }),
}));

/** The amounts of one 年度更新, by hand: every step exact in BigInt, rates as literal integers. */
interface HandRenewal {
  final: bigint;
  shortfall: bigint;
  excess: bigint;
  gc: bigint;
  estimate: bigint;
  refund: bigint;
  installments: bigint[];
  total: bigint;
}
function handRenewal(c: RenewalCase): HandRenewal {
  const wc = WC_R6_TENTHS[c.industry]!;
  // 確定 FY2024: one base for both insurances → the combined rate, truncated once
  const base = (BigInt(c.wages) / 1000n) * 1000n;
  const final = (base * (wc + EI_FY2024_TENTHS[c.category])) / 10000n;
  const declared = BigInt(c.declared);
  const shortfall = final > declared ? final - declared : 0n;
  const excess = declared > final ? declared - final : 0n;
  // 一般拠出金 0.02‰ of the 労災 base
  const gc = (base * 2n) / 100000n;
  // 概算 FY2025: the previous base unless the estimate is below 50% or above 200% of it
  let basis = base;
  if (c.estimated !== undefined) {
    const est = (BigInt(c.estimated) / 1000n) * 1000n;
    if (!(base > 0n && 50n * base <= 100n * est && 100n * est <= 200n * base)) basis = est;
  }
  const estimate = (basis * (wc + EI_FY2025_TENTHS[c.category])) / 10000n;
  // 延納: 3 期 from 400,000 yen (both insurances, not commissioned), remainder on the first
  const parts = estimate >= 400000n ? [estimate - 2n * (estimate / 3n), estimate / 3n, estimate / 3n] : [estimate];
  // 充当 in the order 第1期, 一般拠出金, 第2期, 第3期, as the choice allows. Written with loops and no inner
  // function: `npm run bench` runs under tsx, whose keepNames transform wraps every function literal in a
  // __name() call (an Object.defineProperty), so a closure created per call would slow this baseline ~3.5×.
  const toPremium = c.choice === 'both' || c.choice === 'premium';
  const toGc = c.choice === 'both' || c.choice === 'generalContribution';
  let left = excess;
  const applied = [0n, 0n, 0n];
  let appliedGc = 0n;
  for (const target of [0, -1, 1, 2]) {
    if (left === 0n) break;
    if (target === -1) {
      if (toGc) appliedGc = left < gc ? left : gc;
      left -= appliedGc;
    } else if (toPremium && target < parts.length) {
      const a = left < parts[target]! ? left : parts[target]!;
      applied[target] = a;
      left -= a;
    }
  }
  const installments: bigint[] = [];
  let total = 0n;
  for (let i = 0; i < parts.length; i++) {
    const due = i === 0 ? parts[0]! + shortfall + gc - applied[0]! - appliedGc : parts[i]! - applied[i]!;
    installments.push(due);
    total += due;
  }
  return { final, shortfall, excess, gc, estimate, refund: left, installments, total };
}

type Renewal = (input: unknown) => unknown;
interface RenewalAmounts {
  amount: number;
  finalPremium: { amount: number };
  estimatedPremium: { amount: number };
  generalContribution: { amount: number };
  shortfall: number;
  excess: number;
  appropriation: { refund: number };
  installments: { amount: number }[];
}
const annualRenewal = (lib as Record<string, unknown>).annualRenewal as Renewal | undefined;
let renewalMs: number | undefined;
let renewalHandMs: number | undefined;
let renewalTracedMs: number | undefined;
let renewalMismatches = 0;
const renewalProblems: string[] = [];
if (typeof annualRenewal === 'function') {
  // Every amount of every employer, library against the hand implementation (the warm-up of both).
  for (let i = 0; i < renewalCases.length; i++) {
    const r = annualRenewal(renewalInputs[i]) as RenewalAmounts;
    const h = handRenewal(renewalCases[i]!);
    const lib_ = [
      r.finalPremium.amount,
      r.shortfall,
      r.excess,
      r.generalContribution.amount,
      r.estimatedPremium.amount,
      r.appropriation.refund,
      r.amount,
      ...r.installments.map((x) => x.amount),
    ];
    const hand = [h.final, h.shortfall, h.excess, h.gc, h.estimate, h.refund, h.total, ...h.installments].map(Number);
    if (lib_.length !== hand.length || lib_.some((v, k) => v !== hand[k])) {
      renewalMismatches++;
      if (renewalProblems.length < 5) renewalProblems.push(`annualRenewal ${JSON.stringify(renewalInputs[i])}: library ${lib_.join('/')} vs hand ${hand.join('/')}`);
    }
  }
  // then the best of 5 timed runs each, alternating: the library (results as returned: every figure, the trace
  // built when first read), the hand-written code, and the library with every result's trace read.
  renewalMs = Infinity;
  renewalHandMs = Infinity;
  renewalTracedMs = Infinity;
  let sink = 0n;
  let libSink = 0;
  for (let k = 0; k < 5; k++) {
    let t0 = performance.now();
    for (let i = 0; i < renewalInputs.length; i++) libSink += (annualRenewal(renewalInputs[i]) as RenewalAmounts).amount;
    renewalMs = Math.min(renewalMs, performance.now() - t0);
    t0 = performance.now();
    for (let i = 0; i < renewalCases.length; i++) sink += handRenewal(renewalCases[i]!).total;
    renewalHandMs = Math.min(renewalHandMs, performance.now() - t0);
    t0 = performance.now();
    for (let i = 0; i < renewalInputs.length; i++) {
      const r = annualRenewal(renewalInputs[i]) as RenewalAmounts & { trace: unknown[] };
      libSink += r.amount + r.trace.length;
    }
    renewalTracedMs = Math.min(renewalTracedMs, performance.now() - t0);
  }
  if (libSink < 0) console.log('never');
  if (sink < 0n) console.log('never');
}

// --- report ----------------------------------------------------------------------------------------
const perSec = (ms: number, n: number) => (n / ms) * 1000;
const timed = timed1a();
const minRatio = Math.min(...timed.flatMap((r) => [r.sum!.ratio, r.array!.ratio]));
const result = {
  node: process.version,
  cpus: cpus().length,
  wages: N,
  runs: RUNS,
  hotPath: timed.map((r) => ({ rate: r.rate.rate, rounding: r.rounding, truncateToRinFirst: r.truncateToRinFirst, sum: r.sum, array: r.array })),
  minRatio,
  handFormula5_5HalfDown: formula,
  afterEdgeWages: afterEdges,
  minRatioAfterEdges,
  mismatches: hotMismatches,
  checks: rows.map((r) => ({
    rate: r.rate.rate,
    rounding: r.rounding,
    truncateToRinFirst: r.truncateToRinFirst,
    timedWages: N,
    edgeWages: r.edgeWages,
    objectApiChecks: r.objectApiChecks,
    mismatches: r.mismatches,
  })),
  naiveBigJs: { ms: bigMs, perSecond: perSec(bigMs, N), libraryMs: hotMs, libraryFaster: bigMs / hotMs },
  employeeDeduction: { wages: SAMPLE, ms: fullMs, perSecond: perSec(fullMs!, SAMPLE) },
  employers: EMPLOYERS,
  premium: { ms: premiumMs, perSecond: perSec(premiumMs!, EMPLOYERS) },
  annualRenewal:
    renewalMs !== undefined
      ? {
          ms: renewalMs,
          perSecond: perSec(renewalMs, EMPLOYERS),
          handMs: renewalHandMs,
          ratio: renewalMs / renewalHandMs!,
          tracedMs: renewalTracedMs,
          tracedRatio: renewalTracedMs! / renewalHandMs!,
          mismatches: renewalMismatches,
        }
      : 'not exported by src/index.ts',
  seconds: (performance.now() - started) / 1000,
};

const f = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(2).padStart(7);
const x = (n: number) => `${n.toFixed(2)}×`.padStart(7);
if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`jp-labor-insurance bench — Node ${process.version}, ${f(N)} wages, best of ${RUNS} after warm-up`);
  console.log('createEmployeeDeduction vs a hand-written exact loop with literal constants (ratio = hand ms / library ms)');
  console.log('  rate  rounding  厘  |  sum +=  hand ms   lib ms   ratio | out[i] = hand ms   lib ms   ratio');
  for (const r of timed) {
    console.log(
      `  ${r.rate.rate.padEnd(4)}  ${r.rounding.padEnd(8)}  ${r.truncateToRinFirst ? 'yes' : 'no '} |        ${ms(r.sum!.handMs)}  ${ms(r.sum!.libraryMs)} ${x(r.sum!.ratio)} |         ${ms(r.array!.handMs)}  ${ms(r.array!.libraryMs)} ${x(r.array!.ratio)}`,
    );
  }
  console.log(`  lowest ratio: ${minRatio.toFixed(2)}× (target ≥ 1.00; printed, not enforced)`);
  console.log(
    `  for information, 5.5 halfDown vs the library's formula by hand (Math.floor((w * 55 + 4999) / 10000), no checks): sum ${x(formula.sum.ratio)}, out[i] ${x(formula.array.ratio)}`,
  );
  console.log('timed again after the edge wages of 1b (numbers ≥ 2^31, bigints, digit strings) have passed through every function');
  console.log('  rate  rounding  厘  |  sum +=  hand ms   lib ms   ratio | out[i] = hand ms   lib ms   ratio');
  for (const a of afterEdges) {
    console.log(
      `  ${a.rate.padEnd(4)}  ${a.rounding.padEnd(8)}  ${a.truncateToRinFirst ? 'yes' : 'no '} |        ${ms(a.sum.handMs)}  ${ms(a.sum.libraryMs)} ${x(a.sum.ratio)} |         ${ms(a.array.handMs)}  ${ms(a.array.libraryMs)} ${x(a.array.ratio)}`,
    );
  }
  console.log(`  lowest ratio after the edge wages: ${minRatioAfterEdges.toFixed(2)}× (target ≥ 1.00; printed, not enforced)`);
  const edge = rows.reduce((s, r) => s + r.edgeWages, 0);
  const api = rows.reduce((s, r) => s + r.objectApiChecks, 0);
  console.log(
    `  mismatches: ${hotMismatches} — ${rows.length} rate/mode settings × ${f(N)} wages against a BigInt oracle (hand and library), ${f(edge)} edge wages, ${f(api)} employeeDeduction checks`,
  );
  for (const p of problems) console.log(`    ${p}`);
  console.log(
    `  naive big.js per call (5.5 halfDown): ${bigMs.toFixed(1)} ms, ${f(perSec(bigMs, N))} wages/s — the library (out[i] loop) is ${(bigMs / hotMs).toFixed(0)}× faster`,
  );
  console.log(`  employeeDeduction (full result + trace), ${f(SAMPLE)} wages: ${fullMs!.toFixed(1)} ms, ${f(perSec(fullMs!, SAMPLE))}/s`);
  console.log(`  laborInsurancePremium, ${f(EMPLOYERS)} employers: ${premiumMs!.toFixed(1)} ms, ${f(perSec(premiumMs!, EMPLOYERS))} employers/s`);
  if (renewalMs !== undefined) {
    console.log(
      `  annualRenewal, ${f(EMPLOYERS)} employers (full results; each trace built when first read): ${renewalMs.toFixed(1)} ms, ${f(perSec(renewalMs, EMPLOYERS))} employers/s; hand-written exact BigInt 年度更新: ${renewalHandMs!.toFixed(1)} ms — ratio ${(renewalMs / renewalHandMs!).toFixed(2)}× (library ms / hand ms; target ≤ 2.00, printed, not enforced); with every trace read: ${renewalTracedMs!.toFixed(1)} ms, ${(renewalTracedMs! / renewalHandMs!).toFixed(1)}×; ${renewalMismatches} mismatches in the amounts`,
    );
    for (const p of renewalProblems) console.log(`    ${p}`);
  } else console.log('  annualRenewal: not exported by src/index.ts — not measured');
  console.log(`  total ${result.seconds.toFixed(1)} s`);
}
if (hotMismatches !== 0 || problems.length !== 0 || renewalMismatches !== 0) process.exitCode = 1;
