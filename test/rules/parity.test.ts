// The catalogue reproduces, word for word, the texts the modules build today, so that a module moved
// to structured steps explains itself exactly as before. The structured steps are built here from the
// result's own fields, as the converted module will build them; the text steps are the module's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixSteps, traceStep, type RuleStep, type TraceStep } from '../../src/core/trace.js';
import { employeeDeduction, explain, laborInsurancePremium, ROUNDING_MODES } from '../../src/index.js';
import { renderRule } from '../../src/rules/render.js';
import { FY2022_SPLIT_LAW } from '../../src/premium/compute.js';
import { RULES } from '../../src/rules/index.js';

function same(oldStep: TraceStep, s: RuleStep): void {
  for (const lang of ['ja', 'en'] as const) {
    const r = renderRule(RULES[s.rule], lang, s.value, s.params);
    expect(r.text, `${s.rule} ${lang}`).toBe(oldStep[lang]);
    expect(r.law, `${s.rule} law`).toBe(oldStep.law);
  }
  expect(s.value).toBe(oldStep.value);
}

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
          const built: RuleStep[] = [
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
})

describe('employerShare (converted) renders the texts it used to build', () => {
  it('57,750 − 18,150 = 39,600 (the former text steps, written out)', async () => {
    const { employerShare } = await import('../../src/index.js');
    const s = employerShare({ premium: 57_750, workerDeductions: 18_150 });
    expect(explain(s, { lang: 'ja' })).toBe('1. 被保険者負担額の合計 18,150 [徴収法31条1項]\n2. 事業主負担額 57,750 − 18,150 = 39,600 [徴収法31条]');
    expect(explain(s, { lang: 'en' })).toBe('1. worker shares withheld 18,150 [徴収法31条1項]\n2. employer share 57,750 − 18,150 = 39,600 [徴収法31条]');
  });
});

describe('renewal rules ≡ renewal texts', () => {
  it('estimateBasis: no estimate, within 50–200%, outside; and labelled per insurance in a composite', async () => {
    const { estimateBasis } = await import('../../src/index.js');
    const none = estimateBasis({ previousWages: 3_300_999 });
    const law = none.trace[0]!.law!;
    same(none.trace[0]!, traceStep('estimate.basis', 'renewal.estimatePrevious', '3300000', { legalBasis: law }));
    const within = estimateBasis({ previousWages: 3_300_000, estimatedWages: 5_000_999 });
    same(
      within.trace[0]!,
      traceStep('estimate.basis', 'renewal.estimateWithin', '3300000', { estimate: '5000000', previous: '3300000', lower: '50', upper: '200', legalBasis: law }),
    );
    const outside = estimateBasis({ previousWages: 3_300_000, estimatedWages: 1_000_000 });
    same(
      outside.trace[0]!,
      traceStep('estimate.basis', 'renewal.estimateOutside', '1000000', { estimate: '1000000', previous: '3300000', lower: '50', upper: '200', legalBasis: law }),
    );
    // annualRenewal today relabels the part's text ('労災: …'); the structured part gets a param instead.
    const [labelled] = prefixSteps('wc', [traceStep('estimate.basis', 'renewal.estimatePrevious', '3300000', { legalBasis: law })], { insurance: 'wc' });
    same({ ...none.trace[0]!, ja: `労災: ${none.trace[0]!.ja}`, en: `workers' compensation: ${none.trace[0]!.en}` }, labelled!);
  });
  it('generalContribution and surcharge', async () => {
    const { generalContribution, surcharge } = await import('../../src/index.js');
    const gc = generalContribution({ fiscalYear: 2025, wages: 3_300_999 });
    const [base, amount] = gc.trace;
    same(base!, traceStep('gc.base', 'renewal.gcBase', '3300000', { wages: '3300999' }));
    same(amount!, traceStep('gc.amount', 'renewal.gcAmount', amount!.value, { base: '3300000', rate: '0.02', exact: '66', legalBasis: amount!.law! }));
    const s = surcharge({ amount: 28_300 });
    same(s.trace[0]!, traceStep('surcharge.base', 'renewal.surchargeBase', '28000', { amount: '28300' }));
    same(s.trace[1]!, traceStep('surcharge.amount', 'renewal.surchargeAmount', '2800', { base: '28000', percent: '10', legalBasis: s.trace[1]!.law! }));
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
        traceStep(`ei.${i}.premium`, 'premium.periodExact', exact, { insurance: 'ei', from: periods[i]!.from, to: periods[i]!.to, base: '1001000', rate: periods[i]!.rate, legalBasis }),
      );
    });
    expect(byId.get('ei.premium')).toEqual(traceStep('ei.premium', 'premium.periodSum', '29029', { insurance: 'ei', exacts: '12512.5 + 16516.5', exact: '29029', legalBasis }));
    expect(explain(p, { lang: 'ja' }).split('\n')[6]).toBe(`7. 雇用保険分 12,512.5 + 16,516.5 = 29,029 → 合算額の円未満切捨て 29,029 [${legalBasis}]`);
  });
});
