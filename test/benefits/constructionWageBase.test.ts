import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constructionWageBase, InvalidInputError } from '../../src/index.js';

describe('constructionWageBase — rules.md §12.11 vectors', () => {
  it('U1 (3RD, old rates) 10,000,000 × 21% = 2,100,000 × 13/1000 = 27,300', () => {
    const c = constructionWageBase({ contractAmount: 10_000_000, industry: '35', startDate: '2025-05-01', laborCostPercent: '21', workersCompensationRate: '13' });
    expect([c.amount, c.premium?.amount]).toEqual([2_100_000, 27_300]);
    expect(c.table).toBeUndefined();
  });

  it('U2 (CMP) 12,345,678 + supplied 1,000,000 = 13,345,678 × 23% = 3,069,505.94 → 3,069,000 × 9.5/1000 = 29,155.5 → 29,155', () => {
    const c = constructionWageBase({ contractAmount: 12_345_678, suppliedMaterials: 1_000_000, industry: '35', startDate: '2025-05-01', workersCompensationRate: '9.5' });
    expect([c.contractTotal, c.laborCostPercent, c.exact, c.amount]).toEqual([13_345_678, '23', '3069505.94', 3_069_000]);
    expect(c.premium).toEqual({ rate: '9.5', exact: '29155.5', amount: 29_155 });
    // the table's 建築事業 rate is 9.5‰ too
    expect(constructionWageBase({ contractAmount: 12_345_678, suppliedMaterials: 1_000_000, industry: '35', startDate: '2025-05-01', includePremium: true }).premium?.amount).toBe(
      29_155,
    );
  });

  it('U3 (CMP, 神奈川労働局: 消費税除く) 税込 13,200,000 at 10% → 請負金額 12,000,000', () => {
    const c = constructionWageBase({ contractAmountIncludingTax: 13_200_000, industry: '37', startDate: '2025-05-01' });
    expect(c.contractAmount).toBe(12_000_000);
    expect(c.amount).toBe(2_760_000); // × 23%
    expect(constructionWageBase({ contractAmountIncludingTax: 13_200_001, consumptionTax: 1_200_001, industry: '37', startDate: '2025-05-01' }).contractAmount).toBe(12_000_000);
    expect(() => constructionWageBase({ contractAmountIncludingTax: 13_200_001, industry: '37', startDate: '2025-05-01' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(constructionWageBase({ contractAmountIncludingTax: 10_800_000, consumptionTaxPercent: '8', industry: '37', startDate: '2025-05-01' }).contractAmount).toBe(10_000_000);
  });
});

describe('constructionWageBase — rate by start date, 業種36, validation', () => {
  it('その他の建設事業 (37): 24% for works started by 2024-03-31 (H30), 23% from 2024-04-01 (R6)', () => {
    const before = constructionWageBase({ contractAmount: 10_000_000, industry: '37', startDate: '2024-03-31' });
    const after = constructionWageBase({ contractAmount: 10_000_000, industry: '37', startDate: '2024-04-01' });
    expect([before.laborCostPercent, before.table?.name, before.amount]).toEqual(['24', 'H30', 2_400_000]);
    expect([after.laborCostPercent, after.table?.name, after.amount]).toEqual(['23', 'R6', 2_300_000]);
  });

  it('業種36: the row is chosen by work; supplied machinery is not added (other materials are)', () => {
    const a = constructionWageBase({
      contractAmount: 5_000_000,
      suppliedMachinery: 30_000_000,
      suppliedMaterials: 100_000,
      industry: '36',
      work: 'assembly',
      startDate: '2025-06-01',
    });
    // (5,000,000 + 100,000) × 38% = 1,938,000
    expect([a.row.number, a.additions, a.contractTotal, a.amount]).toEqual(['36a', 100_000, 5_100_000, 1_938_000]);
    const b = constructionWageBase({ contractAmount: 5_000_000, industry: '36b', startDate: '2025-06-01' });
    expect([b.row.number, b.laborCostPercent, b.amount]).toEqual(['36b', '21', 1_050_000]);
    // Other 業種: machinery supplied is added. (5,000,000 + 1,000,000 + 200,000) × 23% = 1,426,000
    const c = constructionWageBase({ contractAmount: 5_000_000, suppliedMachinery: 1_000_000, leasedEquipment: 200_000, industry: '38', startDate: '2025-06-01' });
    expect([c.contractTotal, c.amount]).toEqual([6_200_000, 1_426_000]);
    expect(() => constructionWageBase({ contractAmount: 1, industry: '36', startDate: '2025-06-01' })).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => constructionWageBase({ contractAmount: 1, industry: '35', work: 'assembly', startDate: '2025-06-01' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => constructionWageBase({ contractAmount: 1, industry: '36a', work: 'other', startDate: '2025-06-01' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('typed errors', () => {
    const ok = { contractAmount: 1_000_000, industry: '35', startDate: '2025-06-01' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ok, industry: '94' }, 'UNKNOWN_INDUSTRY'],
      [{ ...ok, industry: 35 }, 'UNKNOWN_INDUSTRY'],
      [{ ...ok, startDate: '2025-06-31' }, 'INVALID_DATE'],
      [{ ...ok, startDate: '2010-06-01' }, 'NO_RATE_TABLE'],
      [{ ...ok, contractAmount: -5 }, 'AMOUNT_NEGATIVE'],
      [{ ...ok, contractAmount: 1e21 }, 'AMOUNT_UNSAFE_INTEGER'],
      [{ ...ok, contractAmount: undefined }, 'INVALID_OPTION'],
      [{ ...ok, contractAmountIncludingTax: 1 }, 'INVALID_OPTION'],
      [{ ...ok, consumptionTax: 1 }, 'INVALID_OPTION'],
      [{ ...ok, laborCostPercent: 23 }, 'INVALID_RATE'],
      [{ ...ok, workersCompensationRate: '9,5' }, 'INVALID_RATE'],
      [{ ...ok, includePremium: 'yes' }, 'INVALID_OPTION'],
      [{ ...ok, suppliedMaterials: '1e3' }, 'AMOUNT_MALFORMED'],
    ];
    for (const [input, code] of cases) expect(() => constructionWageBase(input as never), JSON.stringify(input)).toThrowError(expect.objectContaining({ code }));
    expect(() => constructionWageBase(ok as never)).not.toThrow(InvalidInputError);
  });

  it('property: amount = ⌊(contract + supplied) × percent / 100 / 1000⌋ × 1000 (bigint oracle), premium = ⌊wageBase × 9.5/1000⌋', () => {
    const rows: [string, bigint][] = [
      ['31', 19n],
      ['32', 19n],
      ['33', 17n],
      ['34', 19n],
      ['35', 23n],
      ['38', 23n],
      ['36a', 38n],
      ['36b', 21n],
      ['37', 23n],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...rows), fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 0n, max: 10n ** 11n }), ([industry, pct], contract, supplied) => {
        const c = constructionWageBase({ contractAmount: contract, suppliedMaterials: supplied, industry, startDate: '2025-09-01', workersCompensationRate: '9.5' });
        const expected = (((contract + supplied) * pct) / 100_000n) * 1000n;
        expect(BigInt(c.amount)).toBe(expected);
        expect(c.amount % 1000).toBe(0);
        expect(BigInt(c.premium!.amount)).toBe((expected * 95n) / 10_000n);
      }),
      { numRuns: 1000 },
    );
  });
});
