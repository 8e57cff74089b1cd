import { describe, expect, it } from 'vitest';
import { annualRenewal, employeeDeduction, fiscalYearOf, lateFee, laborInsurancePremium, meritRate, parseYen, roundYen, InvalidInputError } from '../../src/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).code;
  }
  return undefined;
};

/** Wall time of one call in ms (a hang check with a wide margin, not a benchmark). */
const ms = (f: () => unknown): number => {
  const t0 = performance.now();
  codeOf(f);
  return performance.now() - t0;
};

const DIGITS_32K = '9'.repeat(32_000);

describe('lengths and ranges are checked before anything is parsed or formatted (issue 10, "Hangs")', () => {
  it('amounts: 21 digits at most (below 10^21 yen)', () => {
    // 10^21 − 1 is the largest accepted amount; 10^21 is refused (docs/errors.md, MAX_YEN_DIGITS).
    expect(parseYen('9'.repeat(21))).toBe(10n ** 21n - 1n);
    expect(parseYen(10n ** 21n - 1n)).toBe(10n ** 21n - 1n);
    expect(codeOf(() => parseYen(`1${'0'.repeat(21)}`))).toBe('AMOUNT_UNSAFE_INTEGER');
    expect(codeOf(() => parseYen(10n ** 21n))).toBe('AMOUNT_UNSAFE_INTEGER');
    expect(codeOf(() => parseYen(DIGITS_32K, 'wage'))).toBe('AMOUNT_UNSAFE_INTEGER');
    expect(codeOf(() => parseYen(`-${DIGITS_32K}`))).toBe('AMOUNT_NEGATIVE');
    expect(codeOf(() => parseYen(`${DIGITS_32K}x`))).toBe('AMOUNT_MALFORMED');
    expect(codeOf(() => parseYen(`0${DIGITS_32K}`))).toBe('AMOUNT_MALFORMED'); // a leading zero is malformed at any length
  });

  it('a 32,000-digit wage is refused at once by every calculation (was 6.2 s)', () => {
    const calls = [
      () => parseYen(DIGITS_32K, 'wage'),
      () => employeeDeduction({ wage: DIGITS_32K, category: 'general', fiscalYear: 2025 }),
      () => laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: DIGITS_32K }),
      () => annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', previousYearWages: DIGITS_32K, declaredEstimate: 0 }),
      () => roundYen(`${DIGITS_32K}.5`),
    ];
    for (const call of calls) {
      expect(codeOf(call)).toMatch(/^AMOUNT_(UNSAFE_INTEGER|MALFORMED)$/);
      expect(ms(call)).toBeLessThan(1_000);
    }
  });

  it('the message of a refused long value stays short', () => {
    try {
      parseYen(DIGITS_32K, 'wage');
    } catch (e) {
      const err = e as InvalidInputError;
      expect(err.message.length).toBeLessThan(200);
      expect(err.issues[0]!.received).toBe(`"${'9'.repeat(40)}"… (32000 chars)`);
    }
  });

  it('dates: a Date outside years 1–9999 is INVALID_DATE (fiscalYearOf gave 1201, lateFee days: NaN)', () => {
    expect(codeOf(() => fiscalYearOf(new Date(8.64e15)))).toBe('INVALID_DATE');
    expect(codeOf(() => fiscalYearOf(new Date(-8.64e15)))).toBe('INVALID_DATE');
    expect(codeOf(() => fiscalYearOf(new Date(Number.NaN)))).toBe('INVALID_DATE');
    expect(codeOf(() => lateFee({ unpaidPremium: 1_234_567, dueDate: new Date(8.64e15), paidOn: '2025-10-20' }))).toBe('INVALID_DATE');
    expect(codeOf(() => fiscalYearOf(`2025-04-01${' '.repeat(32_000)}`))).toBe('INVALID_DATE');
    expect(codeOf(() => fiscalYearOf('0000-04-01'))).toBe('INVALID_DATE');
    // Within range a Date still gives its local calendar date: 2025-04-01 starts FY2025.
    expect(fiscalYearOf(new Date(2025, 3, 1))).toBe(2025);
    expect(fiscalYearOf(new Date(9999, 11, 31))).toBe(9999);
  });

  it('rate strings: 64 characters at most', () => {
    expect(codeOf(() => meritRate({ rate: `5.${'5'.repeat(32_000)}`, fiscalYear: 2025, adjustmentPercent: '35' }))).toBe('INVALID_RATE');
    expect(ms(() => meritRate({ rate: `5.${'5'.repeat(32_000)}`, fiscalYear: 2025, adjustmentPercent: '35' }))).toBeLessThan(1_000);
    expect(codeOf(() => laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 1, workersCompensationRate: '1'.repeat(65) }))).toBe('INVALID_RATE');
  });
});
