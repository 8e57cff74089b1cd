import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualRenewal, wageLedger } from '../../src/index.js';
import type { PaymentRecord, WageLedgerCell } from '../../src/index.js';

const record = fc.record({
  worker: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  day: fc.integer({ min: -40, max: 400 }),
  amount: fc.integer({ min: 0, max: 3_000_000 }),
  category: fc.constantFrom('regular', 'officer', 'temporary', undefined),
  secondment: fc.constantFrom('none', 'outbound', 'inbound', undefined),
  bonus: fc.boolean(),
  insured: fc.boolean(),
});

type Row = typeof record extends fc.Arbitrary<infer T> ? T : never;
const toRecords = (rows: Row[]): PaymentRecord[] =>
  rows.map((r) => {
    const rec: PaymentRecord = {
      workerId: r.worker,
      closingDate: new Date(Date.UTC(2025, 3, 1 + r.day)).toISOString().slice(0, 10),
      wage: r.amount,
      kind: r.bonus ? 'bonus' : 'salary',
      employmentInsurance: r.insured && r.category !== 'temporary',
    };
    if (r.category !== undefined) rec.category = r.category;
    if (r.secondment !== undefined) rec.secondment = r.secondment;
    return rec;
  });

const sumCells = (cells: WageLedgerCell[]): number => cells.reduce((a, c) => a + c.wages, 0);

describe('wageLedger — properties of the 集計表', () => {
  it('totals = Σ of the rows = Σ of the columns; bonus totals = Σ of the bonus rows; every in-year record counted once', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (rows) => {
        const records = toRecords(rows);
        const l = wageLedger({ fiscalYear: 2025, records });
        const inYear = records.filter((r) => (r.closingDate as string) >= '2025-04-01' && (r.closingDate as string) <= '2026-03-31');
        expect(l.excluded.length).toBe(records.length - inYear.length);
        // oracle: the records' own flags (労災 unless seconded out; 雇用 as flagged)
        const wc = inYear.filter((r) => r.secondment !== 'outbound').reduce((a, r) => a + (r.wage as number), 0);
        const ei = inYear.filter((r) => r.employmentInsurance).reduce((a, r) => a + (r.wage as number), 0);
        expect([l.totals.workersCompensation, l.totals.employmentInsurance]).toEqual([wc, ei]);
        for (const key of ['workersCompensation', 'employmentInsurance'] as const) expect(l.rows.reduce((a, r) => a + r[key], 0)).toBe(l.totals[key]);
        expect(sumCells([l.columns.regular, l.columns.officer, l.columns.temporary])).toBe(wc);
        expect(sumCells([l.columns.insured, l.columns.insuredOfficer])).toBe(ei);
        for (const r of l.rows) {
          expect(sumCells([r.columns.regular, r.columns.officer, r.columns.temporary])).toBe(r.workersCompensation);
          expect(sumCells([r.columns.insured, r.columns.insuredOfficer])).toBe(r.employmentInsurance);
        }
        const bonusRows = l.rows.filter((r) => r.kind === 'bonus');
        expect(bonusRows.reduce((a, r) => a + r.workersCompensation, 0)).toBe(l.bonusTotals.workersCompensation);
        expect(bonusRows.reduce((a, r) => a + r.employmentInsurance, 0)).toBe(l.bonusTotals.employmentInsurance);
        const bonusOracle = inYear.filter((r) => r.kind === 'bonus' && r.secondment !== 'outbound').reduce((a, r) => a + (r.wage as number), 0);
        expect(l.bonusTotals.workersCompensation).toBe(bonusOracle);
        expect(new Set(bonusRows.map((r) => r.month)).size).toBe(bonusRows.length);
        expect(l.rows.filter((r) => r.kind === 'salary').length).toBe(12);
        expect(l.bases.workersCompensation).toBe(wc - (wc % 1000));
        expect(l.form.workersCompensationBaseThousands * 1000).toBe(l.bases.workersCompensation);
      }),
      { numRuns: 500 },
    );
  });

  it('invariant under the order of the records', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
          const a = wageLedger({ fiscalYear: 2025, records: toRecords(rows) });
          const b = wageLedger({ fiscalYear: 2025, records: toRecords(shuffled) });
          const strip = (l: typeof a) => ({ ...l, excluded: l.excluded.map((e) => e.closingDate).sort() });
          expect(strip(b)).toEqual(strip(a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('headcounts: ⌊Σ/12⌋ ≤ the true average < ⌊Σ/12⌋ + 1, Σ = the salary rows’ counts', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 80 }), (rows) => {
        const l = wageLedger({ fiscalYear: 2025, records: toRecords(rows) });
        const salary = l.rows.filter((r) => r.kind === 'salary');
        for (const [h, counts] of [
          [l.headcounts.permanentWorkers, salary.map((r) => r.workers)],
          [l.headcounts.insuredWorkers, salary.map((r) => r.insuredWorkers)],
        ] as const) {
          const sum = counts.reduce((a, c) => a + c, 0);
          expect(h.sum).toBe(sum);
          // integer form of value ≤ sum / 12 < value + 1
          expect(h.value * 12 <= sum && sum < (h.value + 1) * 12).toBe(true);
          expect(h.belowOne).toBe(sum > 0 && h.value === 0);
        }
        expect([l.form.permanentWorkers, l.form.insuredWorkers]).toEqual([Math.max(1, l.headcounts.permanentWorkers.value), l.headcounts.insuredWorkers.value]);
      }),
      { numRuns: 300 },
    );
  });

  it('ledger → annualRenewal: the premium wages give the renewal the records give (FY2022 with its two periods, FY2024)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.constantFrom(2022, 2024), (rows, fy) => {
        const records = toRecords(rows).map((r) => ({ ...r, closingDate: (r.closingDate as string).replace(/^2025/, String(fy)).replace(/^2026/, String(fy + 1)) }));
        const l = wageLedger({ fiscalYear: fy, records: records });
        const input = { renewalYear: fy + 1, industry: '98', category: 'general' as const, declaredEstimate: 100_000 };
        const a = annualRenewal({ ...input, previousYearWages: l.premiumWages });
        const b = annualRenewal({ ...input, previousYearPayroll: records });
        expect([b.finalPremium.amount, b.shortfall, b.excess, b.generalContribution.amount]).toEqual([a.finalPremium.amount, a.shortfall, a.excess, a.generalContribution.amount]);
      }),
      { numRuns: 100 },
    );
  });
});
