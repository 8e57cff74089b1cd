import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_CATEGORIES, employeeDeduction, isEmploymentCategory, ratesFor } from '../../src/index.js';

describe('EMPLOYMENT_CATEGORIES / isEmploymentCategory', () => {
  it('are the three 事業区分 of the rate tables, frozen', () => {
    expect(EMPLOYMENT_CATEGORIES).toEqual(['general', 'agriculture', 'construction']);
    expect(Object.isFrozen(EMPLOYMENT_CATEGORIES)).toBe(true);
    // the categories every rate period of the data lists (read independently of the constant)
    expect(Object.keys(ratesFor(2025).employmentInsurance[0]!.categories).sort()).toEqual([...EMPLOYMENT_CATEGORIES].sort());
  });
  it('the guard accepts exactly them, and each is accepted by employeeDeduction', () => {
    for (const c of EMPLOYMENT_CATEGORIES) {
      expect(isEmploymentCategory(c)).toBe(true);
      expect(employeeDeduction({ wage: 200_000, category: c, closingDate: '2025-04-30' }).category).toBe(c);
    }
    for (const v of ['retail', 'General', '一般', '', null, undefined, 0]) expect(isEmploymentCategory(v)).toBe(false);
  });
  it('employeeDeduction and createEmployeeDeduction refuse a non-object input with a coded error', async () => {
    const { createEmployeeDeduction } = await import('../../src/index.js');
    for (const v of [null, undefined, 1, 'x', [], () => 1]) {
      expect(() => employeeDeduction(v as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
      expect(() => createEmployeeDeduction(v as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });
});
