// The calculation contract for the benefits area (docs/contract.md): result fields, statuses taken from
// the data, structured traces that render the former texts word for word, enumerations, and the
// internal legal steps the composite functions are built from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENEFIT_KINDS,
  CARE_LEVELS,
  COST_RECOVERY_CULPABILITIES,
  MACHINERY_WORKS,
  MERIT_SCHEMES,
  SPECIAL_ENROLLMENT_KINDS,
  careBenefit,
  constructionWageBase,
  costRecoveryEstimate,
  explain,
  isBenefitKind,
  isCareLevel,
  isCostRecoveryCulpability,
  isMachineryWork,
  isMeritScheme,
  isSpecialEnrollmentKind,
  medicalCopayment,
  meritAdjustmentFromBalanceRatio,
  meritEligibility,
  meritRate,
  ratesFor,
  specialEnrollmentPremium,
} from '../../src/index.js';
import { decideCareAmount } from '../../src/benefits/careBenefit.js';
import { excludeTax } from '../../src/benefits/constructionContract.js';
import { laborCostRow, wageTotal } from '../../src/benefits/constructionSteps.js';
import { meritReason } from '../../src/benefits/meritEligibility.js';
import { memberBase } from '../../src/benefits/specialEnrollmentMember.js';

const CARE_LAW = '労災法19条の2・12条の8第4項; 労災則18条の3の4';

describe('results follow the contract: amount, structured trace, sources, legalBasis[], status', () => {
  const results = {
    careBenefit: careBenefit({ month: '2025-05', level: 'constant', expense: 50_000, familyCare: true }),
    medicalCopayment: medicalCopayment({ fiscalYear: 2025 }),
    specialEnrollmentPremium: specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500, months: 7 }] }),
    constructionWageBase: constructionWageBase({ contractAmount: 12_345_678, suppliedMaterials: 1_000_000, industry: '35', startDate: '2025-05-01', includePremium: true }),
    costRecoveryEstimate: costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind: 'survivors', amount: 9_000_000 }], laborStandardsCap: 8_000_000 }),
    meritRate: meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: '-40' }),
    meritAdjustmentFromBalanceRatio: meritAdjustmentFromBalanceRatio('75'),
    meritEligibility: meritEligibility({ workers: 30, rate: '15', fiscalYear: 2025 }),
  };
  const rateResults = new Set(['meritRate', 'meritAdjustmentFromBalanceRatio', 'meritEligibility']);

  it.each(Object.entries(results))('%s', (name, r) => {
    if (rateResults.has(name))
      expect('amount' in r).toBe(false); // a rate or an eligibility: exempt from amount only
    else expect(Number.isSafeInteger((r as { amount: number }).amount)).toBe(true);
    expect(Array.isArray(r.legalBasis)).toBe(true);
    expect(r.legalBasis.length).toBeGreaterThan(0);
    expect(new Set(r.legalBasis).size).toBe(r.legalBasis.length);
    expect(new Set(r.sources).size).toBe(r.sources.length);
    expect(r.sources.length).toBeGreaterThan(0);
    expect(['confirmed', 'single-source', 'derived', 'unconfirmed']).toContain(r.status);
    for (const s of r.trace) {
      expect(Object.keys(s).sort()).toEqual(Object.keys(s).length === 4 ? ['id', 'params', 'rule', 'value'] : ['id', 'rule', 'value']);
      expect(s.rule.startsWith('benefits.')).toBe(true);
      expect(typeof s.value).toBe('string');
      for (const v of Object.values((s as { params?: Record<string, string> }).params ?? {})) expect(typeof v).toBe('string');
    }
    expect(() => explain(r, { lang: 'en' })).not.toThrow();
  });

  it('legal bases of known cases', () => {
    expect(results.careBenefit.legalBasis).toEqual([CARE_LAW]);
    expect(results.medicalCopayment.legalBasis).toEqual(['労災法31条2項; 労災則44条の2']);
    expect(results.costRecoveryEstimate.legalBasis).toEqual(['労災法31条1項1号', '労災法31条1項 (労働基準法の規定による災害補償の価額の限度)']);
    expect(results.meritAdjustmentFromBalanceRatio.legalBasis).toEqual(['徴収法12条3項; 徴収則 別表第3']);
    expect(results.meritRate.legalBasis[0]).toBe('徴収法12条3項');
    expect(results.constructionWageBase.legalBasis).toEqual([
      '徴収法11条3項',
      ratesFor(2025).laborCostRatio[0]!.legalBasis,
      '徴収法15条1項',
      ratesFor(2025).workersCompensation[0]!.legalBasis,
      '端数計算法2条1項',
    ]);
    const se = ratesFor(2025).specialEnrollment;
    expect(results.specialEnrollmentPremium.legalBasis).toEqual([se.secondClass[0]!.legalBasis, se.dailyBenefitBases.legalBasis, se.partialYear.legalBasis, '端数計算法2条1項']);
  });

  it('status is the weakest of the table figures used (FY2025 業種98 is marked derived in the data)', () => {
    const row98 = ratesFor(2025).workersCompensation[0]!.industries.find((r) => r.number === '98')!;
    expect(row98.status).toBe('derived');
    expect(meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: '0' }).status).toBe('derived');
    expect(meritEligibility({ workers: 50, industry: '98', fiscalYear: 2025 }).status).toBe('derived');
    expect(specialEnrollmentPremium({ kind: 1, industry: '98', fiscalYear: 2025, members: [{ dailyBase: 10_000 }] }).status).toBe('derived');
    // a given rate replaces the derived one: the 日額 table is confirmed
    expect(specialEnrollmentPremium({ kind: 1, industry: '98', rate: '2.04', fiscalYear: 2025, members: [{ dailyBase: 10_000 }] }).status).toBe('confirmed');
    // the 非業務災害率 of the table is single-source; both rates given → no table figure → confirmed
    expect(meritRate({ rate: '5.5', fiscalYear: 2025, adjustmentPercent: '35' }).status).toBe('single-source');
    expect(meritRate({ rate: '8', nonOccupationalRate: '0.9', adjustmentPercent: '-40' }).status).toBe('confirmed');
    // the eligibility thresholds are single-source data
    expect(meritEligibility({ workers: 25, rate: '16.6', nonOccupationalRate: '0.6' }).status).toBe('single-source');
    // 第3種 rate and the R6 労務費率表 are single-source; 建設 第2種 17‰ is confirmed
    expect(specialEnrollmentPremium({ kind: 3, fiscalYear: 2025, members: [{ dailyBase: 20_000 }] }).status).toBe('single-source');
    expect(specialEnrollmentPremium({ kind: 2, workType: 'construction', fiscalYear: 2025, members: [{ dailyBase: 3500 }] }).status).toBe('confirmed');
    expect(constructionWageBase({ contractAmount: 10_000_000, industry: '37', startDate: '2025-05-01' }).status).toBe('single-source');
    expect(constructionWageBase({ contractAmount: 10_000_000, industry: '35', startDate: '2025-05-01', laborCostPercent: '21', workersCompensationRate: '13' }).status).toBe(
      'confirmed',
    );
    expect(results.costRecoveryEstimate.status).toBe('single-source');
    expect(results.careBenefit.status).toBe('confirmed');
  });
});

describe('structured steps render the texts the modules used to build (word for word)', () => {
  it('careBenefit', () => {
    const r = careBenefit({ month: '2025-05', level: 'constant', expense: 0, familyCare: true, firstMonth: true });
    expect(explain(r, { lang: 'ja' })).toBe(
      `1. 常時介護 2025-05: 上限額 177,950円, 最低保障額 85,490円 (2025-04-01〜2025-07-31) [${CARE_LAW}]\n2. 支給事由が生じた月: 最低保障なし、支出額 0円 [${CARE_LAW} (新たに支給すべき事由が生じた月は支出された額)]`,
    );
    const o = careBenefit({ month: '2025-05', level: 'occasional', expense: 50_000, familyCare: false });
    expect(explain(o, { lang: 'en' }).split('\n')[1]).toBe(`2. expense ¥50,000 (within the cap; no care by a relative: no minimum) [${CARE_LAW}]`);
  });

  it('costRecoveryEstimate', () => {
    const r = costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind: 'survivors', amount: 9_000_000 }], laborStandardsCap: 8_000_000 });
    expect(explain(r, { lang: 'ja' })).toBe(
      '1. 遺族(補償)等給付 9,000,000円: 対象 [未手続事業主に対する費用徴収の取扱い (山梨労働局)]\n2. 9,000,000 × 100% (故意) = 9,000,000 → 9,000,000 (見込み) [労災法31条1項1号]\n3. 労基法の災害補償の価額 8,000,000円を限度 [労災法31条1項 (労働基準法の規定による災害補償の価額の限度)]',
    );
  });

  it('meritRate, meritAdjustmentFromBalanceRatio (each end of the table), meritEligibility', () => {
    expect(explain(meritRate({ rate: '8', nonOccupationalRate: '0.9', adjustmentPercent: '-40' }))).toBe(
      '1. 労災保険率 8 − 非業務災害率 0.9 = 7.1/1000 [徴収法12条3項]\n2. 7.1 × (100 − 40)/100 = 4.26 [徴収法12条3項]\n3. 4.26 + 非業務災害率 0.9 = メリット改定後の労災保険率 5.16/1000 [徴収法12条3項]',
    );
    const law = '[徴収法12条3項; 徴収則 別表第3]';
    expect(explain(meritAdjustmentFromBalanceRatio('75'))).toBe(`1. メリット収支率 75% は「70%超75%まで」→ 増減率 -5% ${law}`);
    expect(explain(meritAdjustmentFromBalanceRatio('0'))).toBe(`1. メリット収支率 0% は「10%まで」→ 増減率 -40% ${law}`);
    expect(explain(meritAdjustmentFromBalanceRatio('150.01'))).toBe(`1. メリット収支率 150.01% は「150%超」→ 増減率 40% ${law}`);
    expect(explain(meritAdjustmentFromBalanceRatio({ numerator: 1, denominator: 3 }))).toBe(
      `1. メリット収支率 33.333333333333333333333333333333% は「30%超40%まで」→ 増減率 -25% ${law}`,
    );
    expect(explain(meritEligibility({ workers: 19, industry: '02', fiscalYear: 2025 }))).toBe(
      '1. 災害度係数 = 19 × (52 − 0.6)/1000 = 0.9766 [徴収法12条3項]\n2. 労働者数 19 < 20 → 非適用 [徴収法12条3項]',
    );
  });

  it('specialEnrollmentPremium: the rate step of each source', () => {
    const first = (input: Parameters<typeof specialEnrollmentPremium>[0]) => explain(specialEnrollmentPremium(input)).split('\n')[0];
    const m = [{ dailyBase: 9000 }];
    expect(first({ kind: 1, rate: '14', fiscalYear: 2025, members: m })).toBe('1. 第1種特別加入保険料率 14/1000 (事業の労災保険率 (指定)) [徴収法13条]');
    expect(first({ kind: 1, industry: '98', rate: '2.04', fiscalYear: 2025, members: m })).toBe(
      '1. 第1種特別加入保険料率 2.04/1000 (98 卸売業・小売業、飲食店又は宿泊業, メリット改定後等の指定料率 (表 3)) [徴収法13条・12条3項]',
    );
    expect(first({ kind: 2, rate: '19', fiscalYear: 2025, members: m })).toBe('1. 第2種特別加入保険料率 19/1000 (指定料率) [徴収法14条]');
    expect(first({ kind: 2, workType: 'construction', rate: '16', fiscalYear: 2025, members: m })).toBe(
      '1. 第2種特別加入保険料率 16/1000 (建設の事業（建設業の一人親方）, 指定料率 (表 17)) [徴収法14条; 徴収則23条・別表第五 (第2種特別加入保険料率表)]',
    );
    expect(first({ kind: 3, fiscalYear: 2025, members: m })).toBe('1. 第3種特別加入保険料率 3/1000 (海外派遣者) [徴収法14条の2; 徴収則23条の3]');
    expect(first({ kind: 3, rate: '4', fiscalYear: 2025, members: m })).toBe('1. 第3種特別加入保険料率 4/1000 (指定料率) [徴収法14条の2]');
    const p = specialEnrollmentPremium({ kind: 2, workType: 'homework-metal', fiscalYear: 2025, members: [{ dailyBase: 3000, months: 7 }] });
    expect(explain(p, { lang: 'en' }).split('\n').slice(1)).toEqual([
      '2. #1: 3,000 × 365 = 1,095,000 ÷ 12 → rounded up 91,250 × 7 months = 638,750 [徴収則21条・22条, 平7.3.30労徴発28号]',
      '3. total base 638,750 → truncated to ¥1,000: 638,000 [徴収則21条・22条, 平7.3.30労徴発28号 (特別加入者全員の保険料算定基礎額の合計の千円未満切捨て)]',
      '4. 638,000 × 14/1000 = 8,932 → truncated to the yen: 8,932 [端数計算法2条1項]',
    ]);
  });

  it('constructionWageBase', () => {
    const r = constructionWageBase({
      contractAmount: 5_000_000,
      suppliedMachinery: 30_000_000,
      suppliedMaterials: 100_000,
      industry: '36',
      work: 'assembly',
      startDate: '2025-06-01',
    });
    const lines = explain(r).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '1. 請負代金の額 (消費税等相当額を除く) 5,000,000 [徴収則13条 (平成27年4月1日以降、消費税等相当額を除く)]',
      '2. 支給材料の価額相当額 100,000 を加算 [徴収則13条 (支給又は貸与された物の価額相当額を加算)]',
      '3. 業種36: 注文者から支給された機械装置の価額 30,000,000 は加算しない [昭58.2.21労告14号 (機械装置の組立て又は据付けの事業)]',
      '4. 請負金額 5,100,000 [徴収則13条]',
    ]);
    const t = constructionWageBase({ contractAmountIncludingTax: 10_800_000, consumptionTaxPercent: '8', industry: '37', startDate: '2025-05-01' });
    expect(explain(t).split('\n')[0]).toBe('1. 請負代金 (税込) 10,800,000 × 100/(100 + 8) = 税抜 10,000,000 [徴収則13条 (消費税等相当額を除く)]');
    const g = constructionWageBase({ contractAmount: 10_000_000, industry: '35', startDate: '2025-05-01', laborCostPercent: '21', workersCompensationRate: '13' });
    expect(explain(g).split('\n').slice(2)).toEqual([
      '3. 労務費率 21% (指定) [徴収法11条3項; 徴収則12条・13条]',
      '4. 10,000,000 × 21% = 2,100,000 → 千円未満切捨て 賃金総額 2,100,000 [徴収法15条1項 (千円未満切捨て); 徴収則13条]',
      '5. 労災保険料 2,100,000 × 13/1000 = 27,300 → 円未満切捨て 27,300 [端数計算法2条1項]',
    ]);
  });
});

describe('enumerations: frozen constants and their type guards', () => {
  const cases: [readonly unknown[], (v: unknown) => boolean, unknown[]][] = [
    [CARE_LEVELS, isCareLevel, ['constant', 'occasional']],
    [MERIT_SCHEMES, isMeritScheme, ['continuous', 'timber', 'lumpSumSmall', 'special']],
    [BENEFIT_KINDS, isBenefitKind, ['medical', 'care', 'secondaryHealthCheck', 'absence', 'injuryDisease', 'disability', 'survivors', 'funeral', 'other']],
    [COST_RECOVERY_CULPABILITIES, isCostRecoveryCulpability, ['intentional', 'grossNegligence']],
    [SPECIAL_ENROLLMENT_KINDS, isSpecialEnrollmentKind, [1, 2, 3]],
    [MACHINERY_WORKS, isMachineryWork, ['assembly', 'other']],
  ];
  it.each(cases)('%j', (list, guard, expected) => {
    expect(list).toEqual(expected);
    expect(Object.isFrozen(list)).toBe(true);
    for (const v of list) expect(guard(v)).toBe(true);
    for (const v of ['', 'toString', '__proto__', null, undefined, 0, '1', {}, [], Symbol('x'), 2n]) expect(guard(v)).toBe(list.includes(v));
    fc.assert(fc.property(fc.anything(), (v) => guard(v) === list.includes(v)));
  });
  it('the calculations accept exactly the members', () => {
    for (const level of CARE_LEVELS) expect(careBenefit({ month: '2025-05', level, expense: 0, familyCare: false }).level).toBe(level);
    for (const kind of BENEFIT_KINDS) expect(costRecoveryEstimate({ culpability: 'intentional', benefits: [{ kind, amount: 1 }] }).trace.length).toBe(2);
    for (const scheme of MERIT_SCHEMES) expect(meritRate({ rate: '3', nonOccupationalRate: '0.6', adjustmentPercent: '-30', scheme }).rate).toBe('2.28'); // 2.4 × 0.7 + 0.6
  });
});

describe('the legal steps, as internal functions', () => {
  it('excludeTax: 税込 → 税抜 exactly, or undefined when not whole (integer oracle)', () => {
    expect(excludeTax(13_200_000n, '10')).toBe(12_000_000n);
    expect(excludeTax(10_800_000n, '8')).toBe(10_000_000n);
    expect(excludeTax(13_200_001n, '10')).toBeUndefined();
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.constantFrom(['10', 110n, 100n], ['8', 108n, 100n], ['2.5', 1025n, 1000n]), (x, [p, num, den]) => {
        // including = x × (100 + p)/100 when that is whole; then the tax-excluded amount is x again
        if ((x * num) % den === 0n) expect(excludeTax((x * num) / den, p)).toBe(x);
        // any amount: whole ⇔ num divides including × den, and then r × num = including × den
        const r = excludeTax(x, p);
        if ((x * den) % num === 0n) expect(r! * num).toBe(x * den);
        else expect(r).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('wageTotal truncates 請負金額 × 労務費率 to 千円 in one step; laborCostRow splits 業種36', () => {
    expect(wageTotal(13_345_678n, '23')).toEqual({ amount: 3_069_000n, exact: '3069505.94' });
    expect([laborCostRow('36', 'assembly'), laborCostRow('36', 'other'), laborCostRow('36b', undefined), laborCostRow('31', undefined)]).toEqual(['36a', '36b', '36b', '31']);
  });

  it('memberBase: 日額 × 365; part of a year ⌈annual / 12⌉ × months (bigint oracle)', () => {
    expect(memberBase(10_000n, 6)).toEqual({ annual: 3_650_000n, monthly: 304_167n, base: 1_825_002n });
    expect(memberBase(3500n, 12)).toEqual({ annual: 1_277_500n, base: 1_277_500n });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 1, max: 11 }), (d, months) => {
        const b = memberBase(d, months);
        const annual = d * 365n;
        expect(b.monthly! * 12n >= annual && (b.monthly! - 1n) * 12n < annual).toBe(true);
        expect(b.base).toBe(b.monthly! * BigInt(months));
      }),
    );
  });

  it('decideCareAmount: the rule of 労災則18条の3の4 (oracle: the pseudo-code of rules.md §10.1)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 500_000n }),
        fc.bigInt({ min: 0n, max: 250_000n }),
        fc.bigInt({ min: 0n, max: 250_000n }),
        fc.boolean(),
        fc.boolean(),
        (expense, a, b, family, first) => {
          const [min, cap] = a <= b ? [a, b] : [b, a];
          const r = decideCareAmount(expense, cap, min, family, first);
          const expected = family && !first && expense <= min ? min : expense < cap ? expense : cap;
          expect(r.amount).toBe(expected);
        },
      ),
    );
  });

  it('meritReason: ≥ 100 workers; < 20 never; else 災害度係数 ≥ 0.4, compared exactly', () => {
    expect(meritReason(100, { numerator: 0n, denominator: 1n })).toBe('workers');
    expect(meritReason(19, { numerator: 10n, denominator: 1n })).toBe('tooFew');
    expect(meritReason(25, { numerator: 4n, denominator: 10n })).toBe('disasterCoefficient');
    expect(meritReason(25, { numerator: 3999999n, denominator: 10000000n })).toBe('lowCoefficient');
  });
});
