import { describe, expect, it } from 'vitest';
import { annualRenewal, explain, wageLedger } from '../../src/index.js';
import type { PaymentRecord } from '../../src/index.js';
import { defaultPeriodFrom, insuredInPeriod } from '../../src/ledger/record.js';
import { addDays } from '../../src/renewal/shared.js';
import { monthlyAverage } from '../../src/ledger/headcount.js';

/** Twelve monthly salary records of one worker, FY2024, closing on the 25th (March: the 25th too). */
const monthly = (workerId: string, wage: number, extra: Partial<PaymentRecord> = {}, months = 12): PaymentRecord[] =>
  Array.from({ length: months }, (_, i) => {
    const m = ((i + 3) % 12) + 1;
    const y = m >= 4 ? 2024 : 2025;
    return { workerId, closingDate: `${y}-${String(m).padStart(2, '0')}-25`, wage, ...extra };
  });

describe('the 集計表 of a small business (hand computation, FY2024)', () => {
  // A: 常用, insured, 300,000 × 12 + bonuses 600,000 (2024-07) and 700,000 (2024-12)
  // B: 役員で労働者扱い (兼務役員), insured, worker part 200,000 × 12
  // C: 臨時 (not insured), 80,000 × 12
  // D: seconded OUT (this is the 出向元, it pays 350,000 × 12): not 労災 here, 雇用 here (main wage)
  // E: seconded IN (this is the 出向先; the 出向元 pays 250,000 × 12 for work here): 労災 here, 雇用 not
  const records: PaymentRecord[] = [
    ...monthly('A', 300_000),
    { workerId: 'A', closingDate: '2024-07-10', wage: 600_000, kind: 'bonus' },
    { workerId: 'A', closingDate: '2024-12-10', wage: 700_000, kind: 'bonus' },
    ...monthly('B', 200_000, { category: 'officer' }),
    ...monthly('C', 80_000, { category: 'temporary' }),
    ...monthly('D', 350_000, { secondment: 'outbound' }),
    ...monthly('E', 250_000, { secondment: 'inbound' }),
  ];
  const l = wageLedger({ fiscalYear: 2024, records });

  it('columns per month: 常用 / 役員 / 臨時 for 労災, 被保険者 / 役員 for 雇用', () => {
    const april = l.rows[0]!;
    expect(april).toMatchObject({ month: '2024-04', kind: 'salary' });
    // 労災: 常用 A 300,000 + E 250,000 (出向先 counts the 出向元's pay) = 550,000 (2 人); 役員 B 200,000; 臨時 C 80,000
    expect(april.columns.regular).toEqual({ workers: 2, wages: 550_000 });
    expect(april.columns.officer).toEqual({ workers: 1, wages: 200_000 });
    expect(april.columns.temporary).toEqual({ workers: 1, wages: 80_000 });
    // 雇用: 被保険者 A 300,000 + D 350,000 (出向元 pays the main wage) = 650,000; 役員 B 200,000
    expect(april.columns.insured).toEqual({ workers: 2, wages: 650_000 });
    expect(april.columns.insuredOfficer).toEqual({ workers: 1, wages: 200_000 });
    // 合計: 労災 550,000 + 200,000 + 80,000 = 830,000 (4 人); 雇用 650,000 + 200,000 = 850,000 (3 人)
    expect([april.workersCompensation, april.workers, april.employmentInsurance, april.insuredWorkers]).toEqual([830_000, 4, 850_000, 3]);
  });

  it('bonuses: one row per month paid, after the twelve months', () => {
    expect(l.rows.map((r) => `${r.kind}:${r.month}`).slice(11)).toEqual(['salary:2025-03', 'bonus:2024-07', 'bonus:2024-12']);
    expect(l.rows[12]!.columns.regular).toEqual({ workers: 1, wages: 600_000 });
    // bonus totals: 600,000 + 700,000 = 1,300,000 on both sides
    expect(l.bonusTotals).toEqual({ workersCompensation: 1_300_000, employmentInsurance: 1_300_000, exemptOlderWorkers: 0 });
  });

  it('year totals, bases, headcounts and the 申告書 boxes', () => {
    // 労災: 830,000 × 12 + 1,300,000 = 11,260,000; 雇用: 850,000 × 12 + 1,300,000 = 11,500,000
    expect(l.totals).toEqual({ workersCompensation: 11_260_000, employmentInsurance: 11_500_000, exemptOlderWorkers: 0 });
    expect(l.columns.regular).toEqual({ workers: 2, wages: 550_000 * 12 + 1_300_000 });
    expect(l.bases).toEqual({ workersCompensation: 11_260_000, employmentInsurance: 11_500_000 });
    // ④ 4 workers every month: 48 / 12 = 4; ⑤ 3 insured every month: 36 / 12 = 3
    expect([l.headcounts.permanentWorkers, l.headcounts.insuredWorkers]).toEqual([
      { value: 4, sum: 48, belowOne: false },
      { value: 3, sum: 36, belowOne: false },
    ]);
    expect(l.secondment).toEqual({ inbound: 1, outbound: 1 });
    expect(l.form).toEqual({
      permanentWorkers: 4,
      insuredWorkers: 3,
      workersCompensationBaseThousands: 11_260,
      employmentInsuranceBaseThousands: 11_500,
      generalContributionBaseThousands: 11_260,
    });
    // the 出向 rule applied: its 通達 is cited
    expect(l.legalBasis).toContain('昭35.11.2 基発932号 (出向労働者に対する労災保険法の適用)');
    expect(l.headcounts.status).toBe('single-source');
  });

  it('explains ④ and ⑤', () => {
    const lines = explain(l, { lang: 'ja' }).split('\n');
    expect(lines.slice(-2)).toEqual([
      '3. 常時使用労働者数 各月の人数の合計 48 ÷ 12 → 小数点以下切捨て 4 [徴収則 様式第6号 (1か月平均使用労働者数)]',
      '4. 雇用保険被保険者数 各月の人数の合計 36 ÷ 12 → 小数点以下切捨て 3 [徴収則 様式第6号 (1か月平均被保険者数)]',
    ]);
  });
});

describe('④ 常時使用労働者数 and ⑤ 雇用保険被保険者数: Σ of the twelve months / 12, 小数点以下切捨て', () => {
  it('counts 10,10,11,11,11,11,11,11,11,10,10,10: Σ = 5 × 10 + 7 × 11 = 127, 127 / 12 = 10.58 → 10', () => {
    const counts = [10, 10, 11, 11, 11, 11, 11, 11, 11, 10, 10, 10];
    const records: PaymentRecord[] = [];
    counts.forEach((n, i) => {
      const m = ((i + 3) % 12) + 1;
      const y = m >= 4 ? 2025 : 2026;
      for (let w = 0; w < n; w++) records.push({ workerId: `W${w}`, closingDate: `${y}-${String(m).padStart(2, '0')}-20`, wage: 100_000, employmentInsurance: w < 7 });
    });
    const l = wageLedger({ fiscalYear: 2025, records });
    expect(l.rows.slice(0, 12).map((r) => r.workers)).toEqual(counts);
    expect(l.headcounts.permanentWorkers).toEqual({ value: 10, sum: 127, belowOne: false });
    // insured: 7 every month: 84 / 12 = 7
    expect(l.headcounts.insuredWorkers).toEqual({ value: 7, sum: 84, belowOne: false });
    // the uninsured W7…W10 are 臨時労働者 by default
    expect(l.rows[0]!.columns.temporary.workers).toBe(3);
  });
  it('a worker paid twice in a month (two 締切日) counts once; a bonus row adds no head', () => {
    const l = wageLedger({
      fiscalYear: 2025,
      records: [
        { workerId: 'A', closingDate: '2025-04-10', wage: 1 },
        { workerId: 'A', closingDate: '2025-04-25', wage: 1 },
        { workerId: 'B', closingDate: '2025-04-30', wage: 1, kind: 'bonus' },
      ],
    });
    expect([l.rows[0]!.workers, l.headcounts.permanentWorkers.sum]).toEqual([1, 1]);
  });
  it('fewer than 12 worker-months: truncated to 0 and flagged; box ④ then takes 1 (a 労働局 記入例), ⑤ stays 0', () => {
    // one worker paid in April only: Σ = 1 → 1 / 12 = 0.08 → 0; not insured → ⑤ 0
    const l = wageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-04-25', wage: 50_000, employmentInsurance: false }] });
    expect([l.headcounts.permanentWorkers.value, l.headcounts.permanentWorkers.belowOne, l.form.permanentWorkers, l.form.insuredWorkers]).toEqual([0, true, 1, 0]);
    // a year without any worker: ④ 1 (the 記入例 of a year with 0 workers), not flagged
    const none = wageLedger({ fiscalYear: 2025, records: [] });
    expect([none.headcounts.permanentWorkers.belowOne, none.form.permanentWorkers]).toEqual([false, 1]);
    // 11 months of one worker: 11 / 12 = 0.92 → 0
    expect(monthlyAverage([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0])).toEqual({ value: 0, sum: 11, belowOne: true });
    expect(monthlyAverage([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({ value: 0, sum: 0, belowOne: false });
    expect(monthlyAverage(Array(12).fill(1) as number[])).toEqual({ value: 1, sum: 12, belowOne: false });
  });
});

describe('資格取得日・喪失日 against the pay period (賃金締切日)', () => {
  it('the pay period by default: the day after the same day of the previous month', () => {
    expect([defaultPeriodFrom('2025-04-25'), defaultPeriodFrom('2025-03-31'), defaultPeriodFrom('2025-01-15'), defaultPeriodFrom('2024-03-30')]).toEqual([
      '2025-03-26',
      '2025-03-01',
      '2024-12-16',
      '2024-03-01', // 2024-02-29 (leap year, clamped) + 1
    ]);
    expect([addDays('2025-12-31', 1), addDays('2024-02-28', 1), addDays('2025-02-28', 1)]).toEqual(['2026-01-01', '2024-02-29', '2025-03-01']);
  });
  it('a period counts when it has an insured day: 取得日 ≤ 締切日 and 期間初日 < 喪失日', () => {
    // period 2025-03-26 … 2025-04-25
    expect(insuredInPeriod('2025-03-26', '2025-04-25', '2025-04-25', undefined)).toBe(true); // 取得 on the 締切日
    expect(insuredInPeriod('2025-03-26', '2025-04-25', '2025-04-26', undefined)).toBe(false); // 取得 the day after
    expect(insuredInPeriod('2025-03-26', '2025-04-25', undefined, '2025-03-27')).toBe(true); // 離職日 2025-03-26, in the period
    expect(insuredInPeriod('2025-03-26', '2025-04-25', undefined, '2025-03-26')).toBe(false); // 離職日 2025-03-25, before it
  });
  it('a worker insured from 2025-06-10, leaving 2025-12-31 (喪失 2026-01-01), 締切日 the 20th', () => {
    const records: PaymentRecord[] = ['04', '05', '06', '07', '12', '01'].map((m) => ({
      workerId: 'F',
      closingDate: `${m === '01' ? 2026 : 2025}-${m}-20`,
      wage: 100_000,
      insuredFrom: '2025-06-10',
      insuredUntil: '2026-01-01',
    }));
    const l = wageLedger({ fiscalYear: 2025, records });
    // April (3/21–4/20) and May (4/21–5/20): not insured → 臨時; June (5/21–6/20) has 6/10 → insured; July: insured;
    // December (11/21–12/20): insured; January (12/21–1/20) has 12/21…12/31 insured → counted
    const insured = l.rows.slice(0, 12).map((r) => r.columns.insured.wages);
    expect(insured).toEqual([0, 0, 100_000, 100_000, 0, 0, 0, 0, 100_000, 100_000, 0, 0]);
    expect(l.rows[0]!.columns.temporary.wages).toBe(100_000);
    expect(l.totals).toEqual({ workersCompensation: 600_000, employmentInsurance: 400_000, exemptOlderWorkers: 0 });
    expect(l.status).toBe('single-source'); // the 資格取得 rule: sources disagree on the 喪失 month
  });
  it('periodFrom overrides the monthly period; a bonus counts when paid on an insured day', () => {
    const l = wageLedger({
      fiscalYear: 2025,
      records: [
        { workerId: 'G', closingDate: '2025-06-20', periodFrom: '2025-06-11', wage: 1_000, insuredFrom: '2025-06-10' }, // whole period insured
        { workerId: 'G', closingDate: '2025-06-09', periodFrom: '2025-06-01', wage: 10, insuredFrom: '2025-06-10' }, // before 取得
        { workerId: 'G', closingDate: '2025-06-10', wage: 100, insuredFrom: '2025-06-10', kind: 'bonus' },
      ],
    });
    expect(l.totals.employmentInsurance).toBe(1_100);
  });
});

describe('coded errors for contradictory records', () => {
  const fy = 2025;
  const base = { workerId: 'x', closingDate: '2025-05-25', wage: 1 };
  it.each([
    ['an insured 臨時労働者', { ...base, category: 'temporary', employmentInsurance: true }, 'records[0].category'],
    ['出向元 claiming 労災', { ...base, secondment: 'outbound', workersCompensation: true }, 'records[0].workersCompensation'],
    ['a flag against the 資格取得日', { ...base, insuredFrom: '2025-06-01', employmentInsurance: true }, 'records[0].employmentInsurance'],
    ['喪失日 not after 取得日', { ...base, insuredFrom: '2025-06-01', insuredUntil: '2025-06-01' }, 'records[0].insuredUntil'],
    ['a period starting after its 締切日', { ...base, periodFrom: '2025-05-26' }, 'records[0].periodFrom'],
    ['an unknown category', { ...base, category: 'part' }, 'records[0].category'],
    ['an unknown secondment', { ...base, secondment: 'yes' }, 'records[0].secondment'],
  ])('%s', (_, record, field) => {
    expect(() => wageLedger({ fiscalYear: fy, records: [record as never] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION', details: expect.objectContaining({ field }) }),
    );
  });
  it('a bad 資格取得日 is INVALID_DATE', () => {
    expect(() => wageLedger({ fiscalYear: fy, records: [{ ...base, insuredFrom: '2025-02-30' }] })).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});

describe('ledger → annualRenewal without retyping', () => {
  it('premiumWages feed previousYearWages; the result equals the renewal from the records', () => {
    // FY2024: A 常用 insured 250,000 × 12; C 臨時 (not insured) 100,000 × 10 months
    const records: PaymentRecord[] = [...monthly('A', 250_000), ...monthly('C', 100_000, { category: 'temporary' }, 10)];
    const l = wageLedger({ fiscalYear: 2024, records });
    // 労災 250,000 × 12 + 100,000 × 10 = 4,000,000; 雇用 250,000 × 12 = 3,000,000
    expect(l.premiumWages).toEqual({ workersCompensation: 4_000_000, employmentInsurance: 3_000_000 });
    const input = { renewalYear: 2025, industry: '98', category: 'general' as const, declaredEstimate: 50_000 };
    const fromLedger = annualRenewal({ ...input, previousYearWages: l.premiumWages });
    const fromRecords = annualRenewal({ ...input, previousYearPayroll: records });
    // 確定 FY2024: 労災 4,000,000 × 3/1000 (業種98, 令和6年度) = 12,000; 雇用 3,000,000 × 15.5/1000 (一般, 令和6年度) = 46,500
    expect(fromLedger.finalPremium.amount).toBe(58_500);
    expect([fromRecords.finalPremium.amount, fromRecords.shortfall, fromRecords.generalContribution.amount]).toEqual([
      fromLedger.finalPremium.amount,
      fromLedger.shortfall,
      fromLedger.generalContribution.amount,
    ]);
    // 不足額 58,500 − 50,000 = 8,500; 一般拠出金 4,000,000 × 0.02/1000 = 80
    expect([fromLedger.shortfall, fromLedger.generalContribution.amount]).toEqual([8_500, 80]);
    // the 申告書 boxes of the ledger are the renewal form's 確定 bases
    expect(fromLedger.form.final.workersCompensation!.baseThousands).toBe(l.form.workersCompensationBaseThousands);
    expect(fromLedger.form.final.employmentInsurance!.baseThousands).toBe(l.form.employmentInsuranceBaseThousands);
    expect(fromLedger.form.generalContribution.baseThousands).toBe(l.form.generalContributionBaseThousands);
  });
});

describe('FY2019 and earlier: 免除対象高年齢労働者', () => {
  it('the exempt column, its headcount and the 申告書 box', () => {
    // old: born 1955-04-01, 64 on 2019-04-01 → exempt; young: born 1980-01-01. Both insured, 200,000 × 12 each.
    const records = [...monthly('old', 200_000, { birthDate: '1955-04-01' }), ...monthly('young', 200_000, { birthDate: '1980-01-01' })].map((r) => ({
      ...r,
      closingDate: (r.closingDate as string).replace(/^2024/, '2019').replace(/^2025/, '2020'),
    }));
    const l = wageLedger({ fiscalYear: 2019, records });
    expect(l.columns.exempt).toEqual({ workers: 1, wages: 2_400_000 });
    expect(l.columns.insured).toEqual({ workers: 1, wages: 2_400_000 });
    // 雇用 base: young only, 2,400,000; ⑤ counts both (24 / 12 = 2); 免除対象 12 / 12 = 1
    expect([l.totals.employmentInsurance, l.totals.exemptOlderWorkers]).toEqual([2_400_000, 2_400_000]);
    expect([l.form.insuredWorkers, l.form.exemptOlderWorkers, l.headcounts.exemptOlderWorkers?.value]).toEqual([2, 1, 1]);
  });
  it('FY2020: no exempt box', () => {
    expect('exemptOlderWorkers' in wageLedger({ fiscalYear: 2020, records: [] }).form).toBe(false);
  });
});
