import { describe, expect, it } from 'vitest';
import {
  annualRenewal,
  increasedEstimate,
  installments,
  lateFee,
  surcharge,
  unregisteredEstimate,
  wageLedger,
  generalContribution,
  LaborInsuranceError,
  explain,
} from '../../src/index.js';

const base = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678 } as const;

describe('annualRenewal — 充当 (overpayment)', () => {
  // 確定 557,312; 概算 527,187 → 175,729 × 3; 一般拠出金 602.
  it('default (both, order 1期 → 一般拠出金 → 2期 → 3期): excess 242,688 empties 期1 (175,729) and 拠出金 (602), 66,357 goes to 期2', () => {
    const r = annualRenewal({ ...base, declaredEstimate: 800_000 });
    expect(r.excess).toBe(242_688);
    expect(r.appropriation.applied).toEqual([
      { target: 'installment1', amount: 175_729 },
      { target: 'generalContribution', amount: 602 },
      { target: 'installment2', amount: 66_357 },
    ]);
    expect(r.installments.map((p) => p.amount)).toEqual([0, 109_372, 175_729]); // 175,729 − 66,357 = 109,372
    expect(r.appropriation).toMatchObject({ toPremium: 242_086, toGeneralContribution: 602, refund: 0 });
  });
  it("'refund': nothing applied, the whole excess refundable", () => {
    const r = annualRenewal({ ...base, declaredEstimate: 800_000, appropriation: 'refund' });
    expect(r.appropriation).toMatchObject({ toPremium: 0, toGeneralContribution: 0, refund: 242_688 });
    expect(r.installments.map((p) => p.amount)).toEqual([176_331, 175_729, 175_729]); // 175,729 + 602
  });
  it("'generalContribution': only the 602 is applied, 242,086 refunded", () => {
    const r = annualRenewal({ ...base, declaredEstimate: 800_000, appropriation: 'generalContribution' });
    expect(r.appropriation).toMatchObject({ toPremium: 0, toGeneralContribution: 602, refund: 242_086 });
    expect(r.installments[0]?.amount).toBe(175_729);
  });
  it('a custom order applies the 一般拠出金 first; an excess beyond every target is refundable', () => {
    const r = annualRenewal({ ...base, declaredEstimate: 600_000, appropriationOrder: ['generalContribution', 'installment3', 'installment2', 'installment1'] });
    // 42,688: 602 to 拠出金, 42,086 to 期3
    expect(r.installments.map((p) => p.amount)).toEqual([175_729, 175_729, 133_643]);
    const big = annualRenewal({ ...base, declaredEstimate: 2_000_000 });
    expect(big.appropriation.refund).toBe(2_000_000 - 557_312 - 527_187 - 602);
    expect(big.amount).toBe(0);
  });
  it('事務組合委託: a small 概算 still in three, due 7/10, 11/14, 2/14', () => {
    const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 3_300_000, declaredEstimate: 57_750, commissioned: true });
    // 確定 FY2024 3,300,000 × 18.5‰ = 61,050 → 不足 3,300; 概算 57,750 → 19,250 × 3; 拠出金 66
    expect([r.finalPremium.amount, r.shortfall, r.estimatedPremium.amount, r.generalContribution.amount]).toEqual([61_050, 3_300, 57_750, 66]);
    expect(r.installments.map((p) => [p.amount, p.dueDate])).toEqual([
      [22_616, '2025-07-10'],
      [19_250, '2025-11-14'],
      [19_250, '2026-02-14'],
    ]);
  });
  it('applyInstallments: false → one payment', () => {
    const r = annualRenewal({ ...base, declaredEstimate: 520_000, applyInstallments: false });
    expect(r.installments.map((p) => p.amount)).toEqual([527_187 + 37_312 + 602]);
  });
});

describe('annualRenewal — bases', () => {
  it('separate bases: the 50–200% rule per insurance (労災 estimate > 200% → estimate; 雇用 within → previous)', () => {
    const r = annualRenewal({
      renewalYear: 2025,
      industry: '98',
      category: 'general',
      previousYearWages: { workersCompensation: 12_345_678, employmentInsurance: 10_000_999 },
      declaredEstimate: 180_000,
      estimatedWages: { workersCompensation: 30_000_000, employmentInsurance: 10_500_000 },
    });
    expect(r.finalPremium.amount).toBe(192_035); // 12,345,000 × 3‰ = 37,035 + 10,000,000 × 15.5‰ = 155,000
    expect(r.estimateBasis.workersCompensation?.use).toBe('estimate');
    expect(r.estimateBasis.employmentInsurance?.use).toBe('previous');
    expect(r.estimatedPremium.workersCompensation?.base).toBe(30_000_000);
    expect(r.estimatedPremium.employmentInsurance?.base).toBe(10_000_000);
    expect(r.estimatedPremium.amount).toBe(235_000); // 30,000,000 × 3‰ = 90,000 + 10,000,000 × 14.5‰ = 145,000
  });
  it('from payment records (FY2022, two 雇用保険 rate periods by 締切日): 確定 per period', () => {
    const records = [
      { workerId: 'A', closingDate: '2022-09-30', wage: 6_000_000 },
      { workerId: 'A', closingDate: '2022-10-31', wage: 6_000_000 },
      { workerId: 'B', closingDate: '2022-10-31', wage: 500_000, employmentInsurance: false },
      { workerId: 'A', closingDate: '2023-04-25', wage: 999 }, // FY2023 → excluded, listed
    ];
    const r = annualRenewal({ renewalYear: 2023, industry: '98', category: 'general', previousYearPayroll: records, declaredEstimate: 0 });
    expect(r.ledger?.employmentInsurancePeriods.map((p) => p.wages)).toEqual([6_000_000, 6_000_000]);
    expect(r.ledger?.excluded).toHaveLength(1);
    // 労災 12,500,000 × 3‰ = 37,500; 雇用 6,000,000 × 9.5‰ = 57,000 and 6,000,000 × 13.5‰ = 81,000
    expect(r.finalPremium.amount).toBe(37_500 + 57_000 + 81_000);
    expect(r.generalContribution.amount).toBe(250);
  });
});

describe('wageLedger', () => {
  it('FY2019: 被保険者 aged 64+ on 2019-04-01 (born on or before 1955-04-01) are exempt from the 雇用 base', () => {
    const l = wageLedger({
      fiscalYear: 2019,
      records: [
        { workerId: 'old', closingDate: '2019-04-25', wage: 300_000, birthDate: '1955-04-01' },
        { workerId: 'young', closingDate: '2019-04-25', wage: 200_000, birthDate: '1955-04-02' },
      ],
    });
    expect(l.totals).toEqual({ workersCompensation: 500_000, employmentInsurance: 200_000, exemptOlderWorkers: 300_000 });
    expect(l.rows[0]).toMatchObject({ month: '2019-04', workers: 2, insuredWorkers: 2 });
  });
  it('FY2019 refuses an insured record without a birth date; FY2020 does not need one', () => {
    expect(() => wageLedger({ fiscalYear: 2019, records: [{ workerId: 'x', closingDate: '2019-05-25', wage: 1 }] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(wageLedger({ fiscalYear: 2020, records: [{ workerId: 'x', closingDate: '2020-05-25', wage: 1 }] }).totals.employmentInsurance).toBe(1);
  });
  it('months April … March, bonus row only when there are bonuses', () => {
    const l = wageLedger({ fiscalYear: 2025, records: [{ workerId: 'a', closingDate: '2026-03-31', wage: 10 }] });
    expect(l.rows.map((r) => r.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });
});

describe('penalties — details', () => {
  it('印紙保険料 追徴金 25%: 28,300 → 28,000 × 25% = 7,000; 天災 → 0', () => {
    expect(surcharge({ assessedPremium: 28_300, kind: 'stampPremium' }).amount).toBe(7_000);
    expect(surcharge({ assessedPremium: 28_300, excused: true }).amount).toBe(0);
  });
  it('延滞金 with a partial payment and a calendar-year change: 11×1,234,000×2.4 + 9×1,234,000×2.8 + 42×734,000×2.8 + 58×734,000×9.1 = 537,398,000 / 36,500 = 14,723.2 → 14,700', () => {
    const f = lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-12-20', paidOn: '2026-04-20', partialPayments: [{ date: '2026-01-10', amount: 500_000 }] });
    expect(f.reducedUntil).toBe('2026-02-20');
    expect(f.segments.map((s) => [s.days, s.base, s.percent])).toEqual([
      [11, 1_234_000, '2.4'],
      [9, 1_234_000, '2.8'],
      [42, 734_000, '2.8'],
      [58, 734_000, '9.1'],
    ]);
    expect(f.amount).toBe(14_700);
  });
  it('two months from 12/31 end on the last day of February (民法143条)', () => {
    expect(lateFee({ unpaidPremium: 1_000_000, dueDate: '2025-12-30', paidOn: '2026-04-01' }).reducedUntil).toBe('2026-02-28');
  });
  it('paid by the 督促状 deadline → none; custom 特例 rates for a year not shipped; unknown year throws', () => {
    expect(lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20', demandDeadline: '2025-10-31' }).amount).toBe(0);
    const f = lateFee({ unpaidPremium: 1_000_000, dueDate: '2030-07-10', paidOn: '2030-08-10', specialRates: [{ year: 2030, firstPercent: '3.65', afterPercent: '10' }] });
    expect(f.amount).toBe(3_000); // 1,000,000 × 3.65% × 30 / 365 = 3,000
    expect(() => lateFee({ unpaidPremium: 1_000_000, dueDate: '2030-07-10', paidOn: '2030-08-10' })).toThrowError(expect.objectContaining({ code: 'RATE_NOT_KNOWN' }));
  });
});

describe('increasedEstimate and unregisteredEstimate — details', () => {
  it('separate bases: 雇用 > 200% alone triggers the ratio test', () => {
    const x = increasedEstimate({
      fiscalYear: 2025,
      industry: '98',
      category: 'general',
      declaredWages: { workersCompensation: 20_000_000, employmentInsurance: 5_000_000 },
      revisedWages: { workersCompensation: 20_000_000, employmentInsurance: 20_000_000 },
    });
    // filed 60,000 + 72,500 = 132,500; new 60,000 + 290,000 = 350,000; diff 217,500
    expect([x.ratioExceeded, x.amount, x.required]).toEqual([true, 217_500, true]);
  });
  it('時効: on 2025-11-20 FY2022 (due 2023-07-10) is time-barred; a year not ended is refused; at most two years', () => {
    const u = unregisteredEstimate({
      industry: '98',
      category: 'general',
      asOf: '2025-11-20',
      years: [
        { fiscalYear: 2022, wages: { workersCompensation: 1, employmentInsurance: [1, 1] } },
        { fiscalYear: 2024, wages: 15_000_000 },
      ],
    });
    expect(u.timeBarred).toEqual([2022]);
    // FY2024: 15,000,000 × 18.5‰ = 277,500; 追徴金 27,700; 拠出金 300
    expect([u.premium, u.surcharge, u.generalContribution, u.amount]).toEqual([277_500, 27_700, 300, 305_500]);
    expect(() => unregisteredEstimate({ asOf: '2025-11-20', industry: '98', category: 'general', years: [{ fiscalYear: 2025, wages: 1 }] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => unregisteredEstimate({ industry: '98', category: 'general', years: [2021, 2023, 2024].map((fiscalYear) => ({ fiscalYear, wages: 1 })) })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
});

describe('typed errors', () => {
  const cases: [string, () => unknown, string][] = [
    ['negative wages', () => generalContribution({ fiscalYear: 2024, wages: -1 }), 'AMOUNT_NEGATIVE'],
    ['float wages', () => generalContribution({ fiscalYear: 2024, wages: 1.5 }), 'AMOUNT_NOT_INTEGER'],
    ['no table', () => generalContribution({ fiscalYear: 2010, wages: 1 }), 'NO_RATE_TABLE'],
    ['bad coverage', () => installments({ estimatedPremium: 1, fiscalYear: 2025, coverage: 'x' as never }), 'INVALID_OPTION'],
    ['established after the year', () => installments({ estimatedPremium: 1, fiscalYear: 2025, establishedOn: '2026-04-01' }), 'INVALID_OPTION'],
    ['bad date', () => installments({ estimatedPremium: 1, fiscalYear: 2025, establishedOn: '2025-02-30' }), 'INVALID_DATE'],
    ['commissioned not boolean', () => installments({ estimatedPremium: 1, fiscalYear: 2025, commissioned: 'yes' as never }), 'INVALID_OPTION'],
    ['no previous wages', () => annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', declaredEstimate: 0 }), 'INVALID_OPTION'],
    ['wages and payroll', () => annualRenewal({ ...base, previousYearPayroll: [], declaredEstimate: 0 }), 'INVALID_OPTION'],
    ['bad order', () => annualRenewal({ ...base, declaredEstimate: 0, appropriationOrder: ['installment1', 'installment1'] }), 'INVALID_OPTION'],
    ['bad appropriation', () => annualRenewal({ ...base, declaredEstimate: 0, appropriation: 'all' as never }), 'INVALID_OPTION'],
    ['declared NaN', () => annualRenewal({ ...base, declaredEstimate: Number.NaN }), 'AMOUNT_NOT_FINITE'],
    ['unknown industry', () => annualRenewal({ ...base, industry: '00', declaredEstimate: 0 }), 'UNKNOWN_INDUSTRY'],
    ['paid before due', () => lateFee({ unpaidPremium: 1, dueDate: '2025-07-10', paidOn: '2025-07-01' }), 'INVALID_OPTION'],
    [
      'partial payments too large',
      () => lateFee({ unpaidPremium: 1000, dueDate: '2025-07-10', paidOn: '2025-09-01', partialPayments: [{ date: '2025-08-01', amount: 1001 }] }),
      'INVALID_OPTION',
    ],
    [
      'bad special rate',
      () => lateFee({ unpaidPremium: 1000, dueDate: '2025-07-10', paidOn: '2025-09-01', specialRates: [{ year: 2025, firstPercent: 2.4 as never, afterPercent: '8.7' }] }),
      'INVALID_RATE',
    ],
    ['bad kind', () => surcharge({ assessedPremium: 1, kind: 'x' as never }), 'INVALID_OPTION'],
    ['not an object', () => surcharge(null as never), 'INVALID_OPTION'],
    ['records not an array', () => wageLedger({ fiscalYear: 2025, records: 'x' as never }), 'INVALID_OPTION'],
    ['record without workerId', () => wageLedger({ fiscalYear: 2025, records: [{ closingDate: '2025-05-01', wage: 1 } as never] }), 'INVALID_OPTION'],
  ];
  it.each(cases)('%s', (_name, fn, code) => {
    let caught: unknown;
    try {
      fn();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LaborInsuranceError);
    expect((caught as LaborInsuranceError).code).toBe(code);
  });
});

describe('trace', () => {
  it('every result carries ja/en steps', () => {
    const r = annualRenewal({ ...base, declaredEstimate: 520_000 });
    expect(r.trace.length).toBeGreaterThan(10);
    for (const lang of ['ja', 'en'] as const) {
      const lines = explain(r, { lang }).split('\n');
      expect(lines.length).toBe(r.trace.length);
      for (const l of lines) expect(l.replace(/^\d+\. /, '').length).toBeGreaterThan(0);
    }
    expect(r.trace.find((s) => s.id === 'payment.1')?.value).toBe('213643');
  });
});

describe('annualRenewal — form (様式第6号)', () => {
  // 30,125,000 × 3‰ = 90,375; × 15.5‰ = 466,937.5 → 466,937; 90,375 + 466,937 = 557,312 (no display adjustment)
  it('Example A on the form: bases in 千円, 充当意思, 納付回数, 期別納付額', () => {
    const r = annualRenewal({ ...base, declaredEstimate: 520_000 });
    expect(r.form.final).toEqual({
      workersCompensation: { baseThousands: 30_125, rate: '3', amount: 90_375 },
      employmentInsurance: { baseThousands: 30_125, rate: '15.5', amount: 466_937 },
      total: 557_312,
    });
    expect(r.form.estimate.total).toBe(527_187);
    expect(r.form.generalContribution).toEqual({ baseThousands: 30_125, rate: '0.02', amount: 602 });
    expect(r.form.difference).toEqual({ appropriated: 0, refund: 0, shortfall: 37_312 });
    expect([r.form.appropriationCode, r.form.installmentCount, r.form.declaredEstimate]).toEqual([3, 3, 520_000]);
    expect(annualRenewal({ ...base, declaredEstimate: 520_000, appropriation: 'refund' }).form.appropriationCode).toBeUndefined();
  });
});

describe('annualRenewal — FY2022 概算 (two 雇用保険 rate periods)', () => {
  it('an estimate per period outside 50–200% is used period by period; the previous base alone is halved (前期 千円未満切上げ, 後期 切捨て)', () => {
    const r = annualRenewal({
      renewalYear: 2022,
      industry: '98',
      category: 'general',
      previousYearWages: 10_000_000,
      declaredEstimate: 0,
      estimatedWages: { workersCompensation: 30_000_000, employmentInsurance: [15_000_000, 15_000_000] },
    });
    // 30,000,000 × 3‰ = 90,000; 15,000,000 × 9.5‰ = 142,500; 15,000,000 × 13.5‰ = 202,500
    expect(r.estimatedPremium.amount).toBe(435_000);
    // was RATE_PERIOD_SPLIT (the defect of issue 10; see docs/fy2022.md): 10,000,000 × 3‰ = 30,000;
    // 雇用 10,000,000 ÷ 2 → 5,000,000 / 5,000,000: 47,500 + 67,500 = 115,000 → 145,000
    expect(annualRenewal({ renewalYear: 2022, industry: '98', category: 'general', previousYearWages: 10_000_000, declaredEstimate: 0 }).estimatedPremium.amount).toBe(145_000);
  });
});

describe('increasedEstimate — 延納 of the increase (徴収則30条, single-source)', () => {
  const input = { fiscalYear: 2025, industry: '98', category: 'general', declaredWages: 20_000_000, revisedWages: 40_001_000, installments: true } as const;
  it('expected 2025-09-01 (in 期2): 350,017 ÷ 2 = 175,008 r 1 → 175,009 due 10/1 (30 days), 175,008 due 1/31', () => {
    const x = increasedEstimate({ ...input, expectedOn: '2025-09-01' });
    expect(x.installments?.map((i) => [i.number, i.amount, i.dueDate])).toEqual([
      [2, 175_009, '2025-10-01'],
      [3, 175_008, '2026-01-31'],
    ]);
  });
  it('expected 2025-06-10, 事務組合: 350,017 ÷ 3 = 116,672 r 1 → 116,673 / 116,672 / 116,672, due 7/10, 11/14, 2/14', () => {
    const x = increasedEstimate({ ...input, expectedOn: '2025-06-10', commissioned: true });
    expect(x.installments?.map((i) => [i.amount, i.dueDate])).toEqual([
      [116_673, '2025-07-10'],
      [116_672, '2025-11-14'],
      [116_672, '2026-02-14'],
    ]);
  });
  it('needs expectedOn in the fiscal year', () => {
    expect(() => increasedEstimate({ ...input })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => increasedEstimate({ ...input, expectedOn: '2026-05-01' })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
