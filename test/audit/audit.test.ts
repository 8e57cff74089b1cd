import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditDeductions,
  DeductionAuditor,
  deductionColumns,
  deductionRowFromRecord,
  employeeDeduction,
  explain,
  InvalidInputError,
  laborInsurancePremium,
  ratesFor,
  ROUNDING_MODES,
  RULES,
  type DeductionRow,
} from '../../src/index.js';

describe('auditDeductions', () => {
  it('matches the rules.md §12.2 vectors and flags the wrong ones exactly', () => {
    const rows: DeductionRow[] = [
      // W1: 200,000 × 5.5/1000 = 1,100 (FY2025)
      { id: 'W1', wage: '200000', closingDate: '2025-05-20', category: 'general', deducted: '1100' },
      // W3: 266,750 × 6/1000 = 1,600.5 → 源泉 1,600; 1,601 is the cash (halfUp) result
      { id: 'W3', wage: '266750', closingDate: '2024-06-30', category: 'general', deducted: '1601' },
      // W6: 100,091 × 5.5/1000 = 550.5005 → 551; 550 is the 厘-truncation variant (or floor)
      { id: 'W6', wage: 100_091, closingDate: '2025-06-30', category: '一般', deducted: 550 },
      // W20: closing 2025-03-31 → FY2024 6‰: 200,000 × 6/1000 = 1,200
      { id: 'W20', wage: 200_000, closingDate: '2025-03-31', category: 'general', deducted: 1_200 },
      // W21 variant: closing 2025-04-30 → 5.5‰ = 1,100; 1,200 is the old 6‰ rate
      { id: 'OLD', wage: 200_000, closingDate: '2025-04-30', category: 'general', deducted: 1_200 },
      // W17: 300,000 × 6.5/1000 = 1,950 (建設, FY2025)
      { id: 'W17', wage: 300_000, closingDate: '2025-07-31', category: '建設', deducted: 1_950 },
    ];
    const r = auditDeductions(rows);
    expect(r.rows.map((x) => [x.id, x.outcome, x.expected, x.difference])).toEqual([
      ['W1', 'match', 1100, 0],
      ['W3', 'mismatch', 1600, 1],
      ['W6', 'mismatch', 551, -1],
      ['W20', 'match', 1200, 0],
      ['OLD', 'mismatch', 1100, 100],
      ['W17', 'match', 1950, 0],
    ]);
    expect(r.rows[1]!.likelyCauses).toEqual(['rounding:halfUp', 'rounding:ceil']);
    expect(r.rows[2]!.likelyCauses).toEqual(['rounding:floor', 'truncateToRinFirst']);
    expect(r.rows[4]!.likelyCause).toBe('old-rate');
    expect(r.rows[4]!.rate).toBe('5.5');
    expect(r.rows[4]!.sources!.length).toBeGreaterThan(0);
    expect(r.rows[0]!.rule).toEqual({
      ja: '50銭以下切捨て・50銭超切上げ (源泉控除)',
      en: 'fraction ≤ 0.5 down, > 0.5 up (withheld from wages)',
      law: expect.stringContaining('通貨法3条1項'),
    });
    expect(r.summary).toEqual({ rows: 6, matched: 3, mismatched: 3, invalid: 0, totalDeducted: 7601, totalExpected: 7501, totalDifference: 100 });
  });

  it('flags a new rate applied before its closing date as next-rate', () => {
    // closing 2025-03-25 → FY2024 6‰: 300,000 × 6/1000 = 1,800; 1,650 = 300,000 × 5.5/1000 (FY2025)
    const r = auditDeductions([{ wage: 300_000, closingDate: '2025-03-25', category: 'general', deducted: 1_650 }]);
    expect(r.rows[0]).toMatchObject({ outcome: 'mismatch', expected: 1800, difference: -150, likelyCause: 'next-rate' });
  });

  it('reports invalid rows with their typed error and never drops them', () => {
    const r = auditDeductions([
      { id: 1, wage: '-5', closingDate: '2025-05-20', category: 'general', deducted: '0' },
      { id: 2, wage: '3,300,000', closingDate: '2025-05-20', category: 'general', deducted: '0' },
      { id: 3, wage: '200000', closingDate: '2025-02-30', category: 'general', deducted: '1100' },
      { id: 4, wage: '200000', closingDate: '2025-05-20', category: 'retail', deducted: '1100' },
      { id: 5, wage: '200000', closingDate: '2010-05-20', category: 'general', deducted: '1100' },
      { id: 6, wage: '200000', closingDate: '2025-05-20', category: 'general', deducted: '1.5' },
      null as unknown as DeductionRow,
    ]);
    expect(r.rows.map((x) => [x.index, x.outcome, x.error?.code])).toEqual([
      [0, 'invalid', 'AMOUNT_NEGATIVE'],
      [1, 'invalid', 'AMOUNT_MALFORMED'],
      [2, 'invalid', 'INVALID_DATE'],
      [3, 'invalid', 'UNKNOWN_CATEGORY'],
      [4, 'invalid', 'NO_RATE_TABLE'],
      [5, 'invalid', 'AMOUNT_MALFORMED'],
      [6, 'invalid', 'INVALID_OPTION'],
    ]);
    expect(r.rows[5]!.error?.field).toBe('deducted');
    // The Japanese message is the catalogue's meaning of the code with the field and the value (docs/errors.md)
    expect(r.rows[0]!.error?.messageJa).toBe('金額が負の数です（wage: "-5"）');
    expect(r.summary).toMatchObject({ rows: 7, matched: 0, mismatched: 0, invalid: 7, totalDeducted: 0 });
  });

  it('accepts year-first slashed dates as spreadsheets export them, nothing ambiguous', () => {
    // 200,000 × 5.5‰ = 1,100 (FY2025); 2025/3/31 → FY2024 6‰ = 1,200
    const r = auditDeductions([
      { wage: '200000', closingDate: '2025/4/20', category: 'general', deducted: '1100' },
      { wage: '200000', closingDate: '2025/03/31', category: 'general', deducted: '1200' },
      { wage: '200000', closingDate: '4/20/2025', category: 'general', deducted: '1100' },
      { wage: '200000', closingDate: '2025/2/30', category: 'general', deducted: '1100' },
    ]);
    expect(r.rows.map((x) => [x.outcome, x.closingDate ?? x.error?.code])).toEqual([
      ['match', '2025-04-20'],
      ['match', '2025-03-31'],
      ['invalid', 'INVALID_DATE'],
      ['invalid', 'INVALID_DATE'],
    ]);
  });

  it('checks against the chosen rounding', () => {
    // W5: 101,000 × 5.5/1000 = 555.5 → halfUp 556
    const r = auditDeductions([{ wage: 101_000, closingDate: '2025-05-31', category: 'general', deducted: 556 }], { rounding: 'halfUp' });
    expect(r.rows[0]).toMatchObject({ outcome: 'match', expected: 556, rounding: 'halfUp' });
    expect(() => auditDeductions([], { rounding: 'bankers' as never })).toThrow(InvalidInputError);
  });

  it('counts always add up to the rows, and expected equals employeeDeduction (property)', () => {
    const row = fc.record({
      wage: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }).map(String), fc.constantFrom('-1', '1e5', '', '3,300,000')),
      closingDate: fc.constantFrom('2024-03-31', '2024-04-01', '2025-03-31', '2025-04-01', '2025-13-01', '2026-04-30', '2030-01-01'),
      category: fc.constantFrom('general', 'agriculture', 'construction', '建設', 'x'),
      deducted: fc.integer({ min: 0, max: 40_000 }).map(String),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const r = auditDeductions(rows);
        expect(r.rows).toHaveLength(rows.length);
        expect(r.summary.matched + r.summary.mismatched + r.summary.invalid).toBe(rows.length);
        r.rows.forEach((x, i) => {
          expect(x.index).toBe(i);
          if (x.outcome !== 'invalid') {
            const e = employeeDeduction({ wage: rows[i]!.wage, closingDate: rows[i]!.closingDate, category: x.category! });
            expect(x.expected).toBe(e.amount);
            expect(x.outcome === 'match').toBe(Number(rows[i]!.deducted) === e.amount);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('DeductionAuditor gives the same results row by row', () => {
    const rows: DeductionRow[] = [
      { wage: 100, closingDate: '2026-04-25', category: 'general', deducted: 0 }, // W14: 100 × 5/1000 = 0.5 → 0
      { wage: 91, closingDate: '2025-04-25', category: 'general', deducted: 1 }, // W13: 0.5005 → 1
    ];
    const a = new DeductionAuditor();
    const one = rows.map((r) => a.check(r));
    expect(one).toEqual(auditDeductions(rows).rows);
    expect(a.summary).toMatchObject({ rows: 2, matched: 2 });
  });
});

describe('CSV record helpers', () => {
  it('maps English and Japanese headers', () => {
    expect(deductionColumns(['id', 'wage', 'closingDate', 'category', 'deducted']).missing).toEqual([]);
    expect(deductionColumns(['\uFEFF従業員番号', '賃金', '締切日', '事業区分', '控除額']).columns).toEqual({
      id: '\uFEFF従業員番号',
      wage: '賃金',
      closingDate: '締切日',
      category: '事業区分',
      deducted: '控除額',
    });
    expect(deductionRowFromRecord({ wage: '1', closingDate: '2025-04-01', category: 'general', deducted: '0' })).toEqual({
      wage: '1',
      closingDate: '2025-04-01',
      category: 'general',
      deducted: '0',
    });
  });
});

describe('explain', () => {
  it('numbers the steps with the law in brackets, in both languages', () => {
    // W3: 266,750 × 6/1000 = 1,600.5 → 1,600
    const d = employeeDeduction({ wage: 266_750, category: 'general', closingDate: '2024-10-31' });
    const ja = explain(d).split('\n');
    expect(ja).toHaveLength(d.trace.length);
    expect(ja[1]).toBe('2. 賃金 266,750 × 6/1000 = 1,600.5 [徴収法31条1項・32条1項; 徴収則60条]');
    expect(ja[2]).toMatch(/^3\. .*1,600円 \[/);
    expect(explain(d.trace, { lang: 'en' }).split('\n')[2]).toMatch(/^3\. .*¥1,600 \[/);
    expect(explain([{ step: 'x', ja: 'あ', en: 'a', value: '1' }])).toBe('1. あ');
    expect(() => explain(d, { lang: 'fr' as never })).toThrow(InvalidInputError);
    expect(() => explain({} as never)).toThrow(InvalidInputError);
  });

  it('explains a premium: the 千円 truncation with its article (MHLW pamphlet 小売業, rules.md §1.6 #1)', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
    const lines = explain(p).split('\n');
    expect(lines).toContain('3. 労災 賃金総額 3,300,000 → 千円未満切捨て 3,300,000 [徴収法15条1項1号]');
    // 3,300,000 × (3 + 14.5)/1000 = 57,750
    expect(lines.some((l) => l.includes('3,300,000 × 17.5/1000 = 57,750'))).toBe(true);
    expect(explain(p, { lang: 'en' }).split('\n')).toContain("3. workers' compensation wages 3,300,000 → truncated to ¥1,000: 3,300,000 [徴収法15条1項1号]");
  });
});

describe('audit rows: contract fields and structured steps', () => {
  // OLD: closing 2025-04-30 → FY2025 5.5‰: 200,000 × 5.5/1000 = 1,100; 1,200 = 200,000 × 6/1000 (FY2024)
  const old = { id: 'OLD', wage: 200_000, closingDate: '2025-04-30', category: 'general', deducted: 1_200 };

  it('carries the legal basis, sources and status of the rate used, and the catalogue rounding rule', () => {
    const r = auditDeductions([old]).rows[0]!;
    const period = ratesFor(2025).employmentInsurance[0]!; // the oracle: the rate table itself
    expect(r.outcome).toBe('mismatch');
    expect(r.status).toBe(period.status);
    expect(r.sources).toEqual(period.sources.map((k) => ratesFor(2025).sources[k] ?? k));
    expect(r.legalBasis).toEqual([period.legalBasis, '徴収法31条1項・32条1項', '徴収則60条', RULES['rounding.halfDown'].law]);
    expect(new Set(r.legalBasis).size).toBe(r.legalBasis!.length);
    expect(r.rule).toBe(RULES['rounding.halfDown']);
    expect(auditDeductions([old], { rounding: 'floor' }).rows[0]!.rule).toBe(RULES['rounding.floor']);
    const invalid = auditDeductions([{ ...old, wage: '-1' }]).rows[0]!;
    expect([invalid.outcome, invalid.status, invalid.legalBasis, invalid.sources, invalid.trace]).toEqual(['invalid', undefined, undefined, undefined, []]);
  });

  it("reports the status of a rate marked 'derived' in a custom table", () => {
    const table = structuredClone(ratesFor(2025)) as { employmentInsurance: { status: string }[] };
    table.employmentInsurance[0]!.status = 'derived';
    const r = auditDeductions([old], { rates: table as never }).rows[0]!;
    expect([r.status, r.expected, r.likelyCause]).toEqual(['derived', 1100, 'old-rate']);
  });

  it('explains the expected amount, the comparison and the likely cause step by step', () => {
    const r = auditDeductions([old]).rows[0]!;
    for (const s of r.trace) expect(Object.keys(s).sort()).toEqual(s.params === undefined ? ['id', 'rule', 'value'] : ['id', 'params', 'rule', 'value']);
    expect(r.trace.map((s) => s.rule)).toEqual(['audit.rate', 'audit.exact', 'audit.round.halfDown', 'audit.mismatch', 'audit.cause.oldRate']);
    expect(explain(r).split('\n')).toEqual([
      '1. 被保険者負担率 5.5/1000 (2025-04-01〜2026-03-31, 賃金締切日基準) [徴収法12条4項・31条1項]',
      '2. 賃金 200,000 × 5.5/1000 = 1,100 [徴収法31条1項・32条1項; 徴収則60条]',
      '3. 50銭以下切捨て・50銭超切上げ (源泉控除) → 1,100円 [通貨法3条1項 applied to the net pay (厚生労働省パンフレット)]',
      '4. 控除額 1,200 ≠ 期待額 1,100 (差 100)',
      '5. 考えられる原因: 前の料率期間の 6/1000 (2024-04-01〜2025-03-31) なら 1,200円 (控除額と一致: 料率改定の見落とし) [徴収法12条4項・31条1項]',
    ]);
    // W6 with the 厘 variant expected: 550.5005 → 550.5 → 550 (half down), deducted 550 → match
    const w6 = auditDeductions([{ wage: 100_091, closingDate: '2025-06-30', category: 'general', deducted: 550 }], { truncateToRinFirst: true }).rows[0]!;
    expect(explain(w6, { lang: 'en' }).split('\n').slice(2)).toEqual([
      '3. truncate to 厘: 550.5 (compatibility option)',
      '4. fraction ≤ 0.5 down, > 0.5 up (withheld from wages) → ¥550 [通貨法3条1項 applied to the net pay (厚生労働省パンフレット)]',
      '5. deducted 550 = expected 550',
    ]);
  });

  it('the expected steps read word for word as employeeDeduction explains itself (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        fc.constantFrom('2019-04-20', '2022-09-30', '2022-10-20', '2025-05-31'),
        fc.integer({ min: 0, max: 10 ** 9 }),
        (wage, rounding, truncateToRinFirst, closingDate, deducted) => {
          const d = employeeDeduction({ wage, category: 'general', closingDate, rounding, truncateToRinFirst });
          const r = auditDeductions([{ wage, closingDate, category: 'general', deducted }], { rounding, truncateToRinFirst }).rows[0]!;
          for (const lang of ['ja', 'en'] as const) expect(explain(r.trace.slice(0, d.trace.length), { lang })).toBe(explain(d, { lang }));
          expect([r.expected, r.exact, r.rate]).toEqual([d.amount, d.exact, d.rate]);
          expect(r.trace.length).toBe(d.trace.length + 1 + r.likelyCauses.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every likely cause is true, and every cause that is true is listed (oracle: employeeDeduction)', () => {
    const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const amountOr = (f: () => number) => {
      try {
        return f();
      } catch {
        return undefined;
      }
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom('2019-03-31', '2022-09-30', '2022-10-01', '2024-06-30', '2025-03-31', '2025-04-30', '2026-04-30'),
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        fc.integer({ min: -2, max: 2 }),
        fc.boolean(),
        (wage, closingDate, rounding, rin, delta, useNeighbour) => {
          const base = employeeDeduction({ wage, category: 'general', closingDate, rounding, truncateToRinFirst: rin });
          const neighbour = amountOr(() => employeeDeduction({ wage, category: 'general', closingDate: dayBefore(base.period.from), rounding, truncateToRinFirst: rin }).amount);
          const deducted = Math.max(0, (useNeighbour && neighbour !== undefined ? neighbour : base.amount) + delta);
          const r = auditDeductions([{ wage, closingDate, category: 'general', deducted }], { rounding, truncateToRinFirst: rin }).rows[0]!;
          const truths = new Set<string>();
          if (deducted !== base.amount) {
            for (const m of ROUNDING_MODES)
              if (m !== rounding && employeeDeduction({ wage, category: 'general', closingDate, rounding: m, truncateToRinFirst: rin }).amount === deducted)
                truths.add(`rounding:${m}`);
            if (employeeDeduction({ wage, category: 'general', closingDate, rounding, truncateToRinFirst: !rin }).amount === deducted) truths.add('truncateToRinFirst');
            if (neighbour === deducted) truths.add('old-rate');
            if (amountOr(() => employeeDeduction({ wage, category: 'general', closingDate: dayAfter(base.period.to), rounding, truncateToRinFirst: rin }).amount) === deducted)
              truths.add('next-rate');
          }
          expect(new Set(r.likelyCauses)).toEqual(truths);
          expect(r.likelyCauses.length).toBe(truths.size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('computes on the kernel: no audit module calls the public deduction API or reads trace text', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/audit');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '') // TSDoc examples call the public API, as users do
        .replace(/^\s*\/\/.*$/gm, '');
      expect(text, f).not.toMatch(/\b(employeeDeduction|createEmployeeDeduction)\(/);
      expect(text, f).not.toMatch(/from '\.\.\/index\.js'/);
      expect(text, f).not.toMatch(/\.(ja|en)\.split\(/);
    }
  });
});
