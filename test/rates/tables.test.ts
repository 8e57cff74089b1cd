import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { Decimal, availableFiscalYears, ratesFor, validateRateTable, RateTableError } from '../../src/index.js';
import type { RateTable } from '../../src/index.js';

// The fiscal-year views compiled from rates/parameters (the format custom tables use).
const ratesDir = join(__dirname, '..', '..', 'rates');
const tables: RateTable[] = availableFiscalYears().map((fy) => JSON.parse(JSON.stringify(ratesFor(fy))));
const schema = JSON.parse(readFileSync(join(ratesDir, 'rate-table.schema.json'), 'utf8'));
const d = (s: string) => new Decimal(s);
const nextDay = (iso: string) => {
  const x = new Date(`${iso}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + 1);
  return x.toISOString().slice(0, 10);
};

describe('fiscal-year views', () => {
  it('publishes one view per fiscal year FY2018–FY2026', () => {
    expect(tables.map((t) => t.fiscalYear)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(schema);
  for (const t of tables) {
    describe(`FY${t.fiscalYear}`, () => {
      it('validates against rates/rate-table.schema.json', () => {
        const ok = validate(t);
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      });

      it('passes the runtime validator (consistency rules)', () => {
        expect(validateRateTable(t)).toEqual([]);
      });

      it('has worker + employer = total and employer = 給付 part + 二事業 part in every period and category', () => {
        for (const p of t.employmentInsurance) {
          for (const r of Object.values(p.categories)) {
            expect(d(r.worker).plus(d(r.employer)).eq(d(r.total))).toBe(true);
            expect(d(r.employerBenefitPart).plus(d(r.employerTwoProjectsPart)).eq(d(r.employer))).toBe(true);
            // 徴収法31条1項: the worker bears half of (rate − 二事業率)
            expect(
              d(r.worker)
                .times(2)
                .eq(d(r.total).minus(d(r.employerTwoProjectsPart))),
            ).toBe(true);
          }
        }
      });

      it('has contiguous, non-overlapping periods covering the fiscal year for 雇用保険, 労災 and 一般拠出金', () => {
        for (const list of [t.employmentInsurance, t.workersCompensation, t.generalContribution, t.laborCostRatio]) {
          expect(list[0]!.from).toBe(`${t.fiscalYear}-04-01`);
          for (let i = 1; i < list.length; i++) expect(list[i]!.from).toBe(nextDay(list[i - 1]!.to));
          expect(list[list.length - 1]!.to).toBe(`${t.fiscalYear + 1}-03-31`);
        }
      });

      it('has care-benefit periods contiguous from April 1, never overlapping', () => {
        const list = t.careBenefit;
        if (list.length === 0) return;
        expect(list[0]!.from).toBe(`${t.fiscalYear}-04-01`);
        for (let i = 1; i < list.length; i++) expect(list[i]!.from).toBe(nextDay(list[i - 1]!.to));
      });

      it('lists all 54 業種 in every 労災 period, with unique numbers', () => {
        for (const p of t.workersCompensation) {
          expect(p.industries).toHaveLength(54);
          const numbers = p.industries.flatMap((r) => r.number.split('/'));
          expect(new Set(numbers).size).toBe(numbers.length);
        }
      });

      it('cites only defined sources', () => {
        const cited = JSON.stringify(t).match(/"sources":\s*\[[^\]]*\]/g) ?? [];
        for (const block of cited) {
          for (const key of JSON.parse(block.slice(block.indexOf('['))) as string[]) expect(t.sources[key], key).toBeTypeOf('string');
        }
      });
    });
  }

  it('has the same set of 業種 in every year', () => {
    const sets = tables.map((t) =>
      t.workersCompensation
        .flatMap((p) => p.industries.map((r) => r.number))
        .sort()
        .join(','),
    );
    expect(new Set(sets).size).toBe(1);
  });
});

describe('rate figures against hand-checked values', () => {
  it('FY2022 has the October 雇用保険率 change (一般 9.5 → 13.5; worker 3 → 5)', () => {
    const p = ratesFor(2022).employmentInsurance;
    expect(p.map((x) => [x.from, x.to, x.categories.general.total, x.categories.general.worker])).toEqual([
      ['2022-04-01', '2022-09-30', '9.5', '3'],
      ['2022-10-01', '2023-03-31', '13.5', '5'],
    ]);
  });

  it('FY2025 care-benefit maxima change on 2025-08-01 (177,950 / 88,980 → 186,050 / 92,980; minimums 85,490 / 42,700)', () => {
    const c = ratesFor(2025).careBenefit;
    expect(c.map((x) => [x.from, x.to, x.constant.max, x.constant.min, x.occasional.max, x.occasional.min])).toEqual([
      ['2025-04-01', '2025-07-31', 177950, 85490, 88980, 42700],
      ['2025-08-01', '2026-03-31', 186050, 85490, 92980, 42700],
    ]);
  });

  it('FY2026 has no care-benefit amounts (none confirmed) and FY2021 none (unsourced figure left out)', () => {
    expect(ratesFor(2026).careBenefit).toEqual([]);
    expect(ratesFor(2021).careBenefit).toEqual([]);
  });

  it('労災 rates follow the R6 revision from FY2024 (林業 60 → 52, 卸売・小売 3 unchanged)', () => {
    const rate = (fy: number, n: string) => ratesFor(fy).workersCompensation[0]!.industries.find((r) => r.number.split('/').includes(n))!.rate;
    expect([rate(2023, '02'), rate(2024, '02'), rate(2023, '98'), rate(2026, '98'), rate(2024, '90')]).toEqual(['60', '52', '3', '3', '42']);
  });

  it('returns frozen tables', () => {
    const t = ratesFor(2025);
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.employmentInsurance[0]!.categories.general)).toBe(true);
  });

  it('refuses a year with no table instead of falling back', () => {
    expect(() => ratesFor(2017)).toThrowError(RateTableError);
    expect(() => ratesFor('2027-04-01')).toThrowError(expect.objectContaining({ code: 'NO_RATE_TABLE' }));
  });
});
