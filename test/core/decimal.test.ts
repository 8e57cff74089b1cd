import { afterEach, describe, expect, it } from 'vitest';
import BigConstructor from 'big.js';
import { Decimal, employeeDeduction, laborInsurancePremium, roundYen, roundHalfDownYen, floorYen, ROUNDING_MODES } from '../../src/index.js';

const saved = { DP: Decimal.DP, RM: Decimal.RM, PE: Decimal.PE, NE: Decimal.NE };
afterEach(() => Object.assign(Decimal, saved));

describe('Decimal isolation (issue 10, "Shared mutable state")', () => {
  it('settings on the exported Decimal change no result of the library', () => {
    Object.assign(Decimal, { DP: 2, RM: 3, PE: 3, NE: -1 });
    // MHLW pamphlet, FY2025 一般の事業: 200,000 × 5.5/1000 = 1,100 (exact, no fraction).
    expect(employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2025 }).amount).toBe(1_100);
    // 100,091 × 5.5/1000 = 550.5005 → 551 withheld (docs/rounding.md case 5).
    expect(employeeDeduction({ wage: 100_091, category: 'general', fiscalYear: 2025 }).amount).toBe(551);
    // FY2025, 業種98, 一般: 3,300,000 × 3/1000 (労災) = 9,900 and 3,300,000 × 14.5/1000 (雇用) = 47,850;
    // 9,900 + 47,850 = 57,750 (rules.md §12.1 P1). The headline is `total` today, `amount` under the contract.
    const p = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 }) as unknown as { amount?: number; total?: number };
    expect(p.amount ?? p.total).toBe(57_750);
    expect(roundYen('1600.5')).toBe(1600);
  });

  it('the library never returns one of its private instances (no way to reach its constructor)', () => {
    const r = roundHalfDownYen('550.5005');
    expect(r.constructor).toBe(Decimal);
    expect(r.toString()).toBe('551');
  });

  it('accepts big.js values from any constructor, whatever its settings, through toFixed()', () => {
    const Other = BigConstructor();
    Object.assign(Other, { DP: 0, RM: 0, PE: 1, NE: -1 });
    const x = new Other('1600.5'); // its toString() is '1.6005e+3'
    expect(x.toString()).toBe('1.6005e+3');
    expect(ROUNDING_MODES.map((m) => roundYen(x, m))).toEqual([1600, 1601, 1600, 1601]);
    expect(floorYen(new Other('-0.0000001')).toString()).toBe('0');
    Object.assign(Decimal, { DP: 2, RM: 3, PE: 3, NE: -1 });
    expect(roundYen(new Decimal('550.5005'))).toBe(551);
  });

  it('refuses fake big.js values and oversized ones with coded errors', () => {
    const fake = Object.create(Decimal.prototype) as object; // instanceof passes, but no digits
    expect(() => roundYen(fake as never)).toThrowError(expect.objectContaining({ code: 'AMOUNT_TYPE' }));
    expect(() => roundYen(new Decimal('1e70'))).toThrowError(expect.objectContaining({ code: 'AMOUNT_UNSAFE_INTEGER' }));
    expect(() => roundYen(new Decimal('1e40'))).toThrowError(expect.objectContaining({ code: 'RESULT_UNSAFE_INTEGER' })); // accepted, but not a safe number
  });
});
