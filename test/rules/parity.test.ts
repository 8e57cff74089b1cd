// The catalogue reproduces, word for word, the texts the modules build today, so that a module moved
// to structured steps explains itself exactly as before. The structured steps are built here from the
// result's own fields, as the converted module will build them; the text steps are the module's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixSteps, traceStep, type TraceStep } from '../../src/core/trace.js';
import { employeeDeduction, explain, laborInsurancePremium, ROUNDING_MODES } from '../../src/index.js';
import { FY2022_SPLIT_LAW } from '../../src/premium/compute.js';

describe('employeeDeduction (converted): its structured steps are the ones the rules were derived for', () => {
  // The texts themselves are checked against the former implementation in test/employment/parity.test.ts.
  it('for any wage, every rounding mode, with and without the 厘 step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom(...ROUNDING_MODES),
        fc.boolean(),
        fc.constantFrom('2019-04-20', '2022-10-20', '2025-05-31'),
        (wage, rounding, rin, closingDate) => {
          const d = employeeDeduction({ wage, category: 'general', closingDate, rounding, truncateToRinFirst: rin });
          const built: TraceStep[] = [
            traceStep('rate', 'employment.rate', d.rate, { rate: d.rate, from: d.period.from, to: d.period.to, legalBasis: d.legalBasis[0]! }),
            traceStep('exact', 'employment.exact', d.exact, { wage: String(wage), rate: d.rate }),
          ];
          // 厘未満切捨て written out on the decimal string: at most 3 decimals, trailing zeros dropped
          const [int, frac = ''] = d.exact.split('.');
          const rinFrac = frac.slice(0, 3).replace(/0+$/, '');
          if (rin) built.push(traceStep('rin', 'employment.rin', rinFrac === '' ? int! : `${int}.${rinFrac}`));
          built.push(traceStep('round', `employment.round.${rounding}`, String(d.amount)));
          expect(d.trace).toEqual(built);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('premium (converted): its structured steps are the ones the rules were derived for', () => {
  // The texts themselves are checked against the former implementation in test/premium/parity.test.ts.
  it('separate bases: base, part and total steps', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: { workersCompensation: 3_300_999, employmentInsurance: 3_000_500 } });
    const byId = new Map(p.trace.map((s) => [s.id, s]));
    expect(byId.get('wc.base')).toEqual(traceStep('wc.base', 'premium.base', '3300000', { insurance: 'wc', wages: '3300999' }));
    expect(byId.get('ei.0.base')).toEqual(traceStep('ei.0.base', 'premium.base', '3000000', { insurance: 'ei', wages: '3000500' }));
    // 3,300,000 × 3‰ = 9,900; 3,000,000 × 14.5‰ = 43,500
    expect(byId.get('wc.premium')).toEqual(traceStep('wc.premium', 'premium.part', '9900', { insurance: 'wc', base: '3300000', rate: '3', exact: '9900' }));
    expect(byId.get('total')).toEqual(traceStep('total', 'premium.total', '53400'));
  });
  it('equal bases: the combined-rate step (1,201,000 × 17.5‰ = 21,017.5 → 21,017)', () => {
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 1_201_092 });
    expect(p.trace.find((s) => s.id === 'total')).toEqual(traceStep('total', 'premium.combinedTotal', '21017', { base: '1201000', rate: '17.5', exact: '21017.5' }));
  });
});

describe('employerShare (converted) renders the texts it used to build', () => {
  it('57,750 − 18,150 = 39,600 (the former text steps, written out)', async () => {
    const { employerShare } = await import('../../src/index.js');
    const s = employerShare({ premium: 57_750, workerDeductions: 18_150 });
    expect(explain(s, { lang: 'ja' })).toBe('1. 被保険者負担額の合計 18,150 [徴収法31条1項]\n2. 事業主負担額 57,750 − 18,150 = 39,600 [徴収法31条]');
    expect(explain(s, { lang: 'en' })).toBe('1. worker shares withheld 18,150 [徴収法31条1項]\n2. employer share 57,750 − 18,150 = 39,600 [徴収法31条]');
  });
});

describe('renewal (converted) renders the texts it used to build', () => {
  // The former text steps of estimateBasis and generalContribution, written out (src/renewal before the conversion).
  it('estimateBasis: no estimate, within 50–200%, outside; and labelled per insurance in a composite', async () => {
    const { estimateBasis, annualRenewal } = await import('../../src/index.js');
    const law = '徴収則24条 (100分の50以上100分の200以下)';
    const none = estimateBasis({ previousYearWages: 3_300_999 });
    expect(explain(none, { lang: 'ja' })).toBe(`1. 見込額なし → 前年度の賃金総額 3,300,000 を使用 [${law}]`);
    expect(explain(none, { lang: 'en' })).toBe(`1. no estimate given: the previous year’s base is used [${law}]`);
    const within = estimateBasis({ previousYearWages: 3_300_000, estimatedWages: 5_000_999 });
    expect(explain(within, { lang: 'ja' })).toBe(`1. 見込額 5,000,000 / 前年度 3,300,000: 50%以上200%以下 → 前年度の額 3,300,000 [${law}]`);
    expect(explain(within, { lang: 'en' })).toBe(`1. estimate 5,000,000 is within 50%–200% of the previous base 3,300,000 [${law}]`);
    const outside = estimateBasis({ previousYearWages: 3_300_000, estimatedWages: 1_000_000 });
    expect(explain(outside, { lang: 'ja' })).toBe(`1. 見込額 1,000,000 / 前年度 3,300,000: 50%未満又は200%超 → 見込額 1,000,000 [${law}]`);
    expect(explain(outside, { lang: 'en' })).toBe(`1. estimate 1,000,000 is outside 50%–200% of the previous base 3,300,000 [${law}]`);
    // annualRenewal used to relabel the part's text ('労災: …'); the structured part gets a param instead.
    const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 3_300_999, declaredEstimate: 0 });
    const i = r.trace.findIndex((s) => s.id === 'wc.estimate.basis');
    expect(explain([r.trace[i]!], { lang: 'ja' })).toBe(`1. 労災: 見込額なし → 前年度の賃金総額 3,300,000 を使用 [${law}]`);
    expect(explain([r.trace[i]!], { lang: 'en' })).toBe(`1. workers' compensation: no estimate given: the previous year’s base is used [${law}]`);
    const [labelled] = prefixSteps('wc', [traceStep('estimate.basis', 'renewal.estimatePrevious', '3300000', { legalBasis: law })], { insurance: 'wc' });
    expect(r.trace[i]).toEqual(labelled);
  });
  it('generalContribution', async () => {
    const { generalContribution } = await import('../../src/index.js');
    const gc = generalContribution({ fiscalYear: 2025, wages: 3_300_999 });
    expect(explain(gc, { lang: 'ja' })).toBe(
      '1. 労災保険 確定賃金総額 3,300,999 → 千円未満切捨て 3,300,000 [石綿法38条 (徴収法15条1項1号の準用)]\n2. 3,300,000 × 0.02/1000 = 66 → 円未満切捨て 66 [石綿による健康被害の救済に関する法律35条・37条・38条]',
    );
    expect(explain(gc, { lang: 'en' })).toBe(
      "1. workers' compensation wages 3,300,999 → truncated to ¥1,000: 3,300,000 [石綿法38条 (徴収法15条1項1号の準用)]\n2. 3,300,000 × 0.02/1000 = 66 → truncated to the yen: 66 [石綿による健康被害の救済に関する法律35条・37条・38条]",
    );
  });
});

describe('FY2022 rules: the period-split steps', () => {
  it('雇用 per period (fraction kept), their sum truncated once', () => {
    // 建設 FY2022: 1,001,000 × 12.5‰ = 12,512.5; 1,001,000 × 16.5‰ = 16,516.5; sum 29,029
    const p = laborInsurancePremium({ fiscalYear: 2022, coverage: 'employmentInsurance', category: 'construction', wages: { employmentInsurance: [1_001_999, 1_001_000] } });
    const byId = new Map(p.trace.map((s) => [s.id, s]));
    const periods = p.employmentInsurance!.periods;
    const legalBasis = FY2022_SPLIT_LAW;
    ['12512.5', '16516.5'].forEach((exact, i) => {
      expect(byId.get(`ei.${i}.premium`)).toEqual(
        traceStep(`ei.${i}.premium`, 'premium.periodExact', exact, {
          insurance: 'ei',
          from: periods[i]!.from,
          to: periods[i]!.to,
          base: '1001000',
          rate: periods[i]!.rate,
          legalBasis,
        }),
      );
    });
    expect(byId.get('ei.premium')).toEqual(traceStep('ei.premium', 'premium.periodSum', '29029', { insurance: 'ei', exacts: '12512.5 + 16516.5', exact: '29029', legalBasis }));
    expect(explain(p, { lang: 'ja' }).split('\n')[6]).toBe(`7. 雇用保険分 12,512.5 + 16,516.5 = 29,029 → 合算額の円未満切捨て 29,029 [${legalBasis}]`);
  });
});
