// unregisteredEstimate on the exact cores (premium, 追徴金, 一般拠出金); the old texts below are what the
// text-step code printed for the same input, and the structured steps must render them word for word.
import { describe, expect, it } from 'vitest';
import { explain, laborInsurancePremium, unregisteredEstimate } from '../../src/index.js';
import { assessYear, collectableYears } from '../../src/renewal/unregistered.js';
import { RULES } from '../../src/rules/index.js';
import { renderRule } from '../../src/rules/render.js';

const visit = { industry: '98', category: 'general', asOf: '2025-11-20' } as const;

describe('unregisteredEstimate', () => {
  it('renders the old texts: FY2022 time-barred, FY2024 assessed, the total', () => {
    const u = unregisteredEstimate({
      ...visit,
      years: [
        { fiscalYear: 2022, wages: { workersCompensation: 1, employmentInsurance: [1, 1] } },
        { fiscalYear: 2024, wages: 15_000_000 },
      ],
    });
    const old = [
      [
        'FY2022: 納期限 2023-07-10 から2年経過 (2025-07-10) — 時効',
        'FY2022: more than two years since its deadline 2023-07-10 — time-barred',
        '徴収法41条1項 (労働保険料その他の徴収金を徴収する権利は2年を経過したとき時効によって消滅)',
        '0',
      ],
      [
        'FY2024: 確定保険料 277,500 + 追徴金 27,700 + 一般拠出金 300 = 305,500',
        'FY2024: premium 277,500 + surcharge 27,700 + general contribution 300 = 305,500',
        '徴収法19条4項・21条',
        '305500',
      ],
      ['認定決定の見込み 合計 305,500', 'estimated collection by official determination: 305,500', '徴収法19条4項・21条; 石綿法38条', '305500'],
    ];
    expect(
      u.trace.map((s) => [
        renderRule(RULES[s.rule], 'ja', s.value, s.params).text,
        renderRule(RULES[s.rule], 'en', s.value, s.params).text,
        renderRule(RULES[s.rule], 'ja', s.value, s.params).law,
        s.value,
      ]),
    ).toEqual(old);
    expect(explain(u, { lang: 'en' }).split('\n')[2]).toBe('3. estimated collection by official determination: 305,500 [徴収法19条4項・21条; 石綿法38条]');
  });

  it('hand computation, two years (業種98 小売業, 一般の事業)', () => {
    // FY2023: 12,000,000 × (3 + 15.5)‰ = 222,000; 追徴金 222,000 × 10% = 22,200; 一般拠出金 12,000,000 × 0.02‰ = 240 → 244,440
    // FY2024: 15,000,000 × (3 + 15.5)‰ = 277,500; 追徴金 277,000 × 10% = 27,700; 一般拠出金 300 → 305,500
    const u = unregisteredEstimate({
      ...visit,
      years: [
        { fiscalYear: 2024, wages: 15_000_000 },
        { fiscalYear: 2023, wages: 12_000_000 },
      ],
    });
    expect(u.years.map((y) => [y.fiscalYear, y.premium.amount, y.surcharge.amount, y.generalContribution.amount, y.amount])).toEqual([
      [2023, 222_000, 22_200, 240, 244_440],
      [2024, 277_500, 27_700, 300, 305_500],
    ]);
    expect([u.premium, u.surcharge, u.generalContribution, u.amount]).toEqual([499_500, 49_900, 540, 549_940]);
    // the parts are the same as the public functions give
    expect(u.years[1]!.premium).toEqual(laborInsurancePremium({ fiscalYear: 2024, industry: '98', category: 'general', wages: 15_000_000 }));
  });

  it('contract fields: the premium’s derived 労災 rate makes the estimate derived; laws and sources of every part', () => {
    const u = unregisteredEstimate({ ...visit, years: [{ fiscalYear: 2024, wages: 15_000_000 }] });
    expect(u.years[0]!.premium.status).toBe('derived'); // FY2024+ 業種98 rate is marked derived in the data
    expect(u.status).toBe('derived');
    expect(u.legalBasis).toEqual(expect.arrayContaining(['徴収法19条4項', '徴収法21条', '石綿法38条', '徴収法15条1項1号']));
    expect(new Set(u.legalBasis).size).toBe(u.legalBasis.length);
    for (const part of [u.years[0]!.premium, u.years[0]!.surcharge, u.years[0]!.generalContribution]) expect(u.sources).toEqual(expect.arrayContaining(part.sources));
    expect(new Set(u.sources).size).toBe(u.sources.length);
  });

  it('steps: collectable years and one year’s assessment on bigints', () => {
    const c = collectableYears(
      [
        { fiscalYear: 2024, wages: 1 },
        { fiscalYear: 2021, wages: 1 },
        { fiscalYear: 2023, wages: 1 },
      ],
      '2025-11-20',
    );
    // FY2021 due 2022-07-10, barred after 2024-07-10 < 2025-11-20
    expect([c.kept.map((k) => k.fiscalYear), c.timeBarred]).toEqual([[2023, 2024], [2021]]);
    const y = assessYear({ fiscalYear: 2024, wages: 15_000_000n }, { industry: '98', category: 'general' }, 'both', undefined);
    expect([y.premium.amount, y.surcharge.amount, y.generalContribution.amount, y.amount]).toEqual([277_500n, 27_700n, 300n, 305_500n]);
    // 労災 only: no 雇用 part; 15,000,000 × 3‰ = 45,000, 追徴金 4,500, 拠出金 300
    const wc = assessYear({ fiscalYear: 2024, wages: 15_000_000n }, { industry: '98' }, 'workersCompensation', undefined);
    expect([wc.premium.amount, wc.surcharge.amount, wc.generalContribution.amount]).toEqual([45_000n, 4_500n, 300n]);
  });
});
