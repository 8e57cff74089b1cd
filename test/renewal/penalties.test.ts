// surcharge and lateFee on the kernels, with structured steps. The old texts below are what the text-step
// code (src/renewal/penalties.ts before the conversion) printed for the same inputs: the structured steps
// must render them word for word. Amounts are checked against hand computations in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../src/core/trace.js';
import { explain, isLateFeeRateBasis, isSurchargeKind, LATE_FEE_RATE_BASES, lateFee, surcharge, SURCHARGE_KINDS } from '../../src/index.js';
import { lateFeeBreakPoints } from '../../src/renewal/lateFeeSteps.js';
import { addDays, dayNumber, endOfMonthsPeriod, fromDayNumber, isWeekend } from '../../src/renewal/shared.js';
import { computeSurcharge } from '../../src/renewal/surcharge.js';
import { RULES } from '../../src/rules/index.js';
import { renderRule } from '../../src/rules/render.js';

type Old = [ja: string, en: string, law: string | undefined, value: string];
function rendersAsBefore(trace: readonly TraceStep[], old: Old[]): void {
  expect(trace.length).toBe(old.length);
  trace.forEach((s, i) => {
    const [ja, en, law, value] = old[i]!;
    const rj = renderRule(RULES[s.rule], 'ja', s.value, s.params);
    const re = renderRule(RULES[s.rule], 'en', s.value, s.params);
    expect([rj.text, re.text, rj.law, s.value], s.id).toEqual([ja, en, law, value]);
  });
}

describe('surcharge — structured steps render the old texts', () => {
  it('28,300 → 2,800; 999 → none; 印紙 25%; excused', () => {
    rendersAsBefore(surcharge({ assessedPremium: 28_300 }).trace, [
      ['納付すべき額 28,300 → 千円未満切捨て 28,000', 'amount due 28,300 → truncated to ¥1,000: 28,000', '徴収法21条1項', '28000'],
      ['28,000 × 10/100 = 2,800', '28,000 × 10% = 2,800', '徴収法21条1項', '2800'],
    ]);
    rendersAsBefore(surcharge({ assessedPremium: 999 }).trace, [
      ['納付すべき額 999 → 千円未満切捨て 0', 'amount due 999 → truncated to ¥1,000: 0', '徴収法21条1項', '0'],
      ['納付すべき額が1,000円未満のため追徴金なし', 'amount due 999 is under 1,000 yen: no surcharge', '徴収法21条', '0'],
    ]);
    rendersAsBefore(surcharge({ assessedPremium: 28_300, kind: 'stampPremium' }).trace, [
      ['納付すべき額 28,300 → 千円未満切捨て 28,000', 'amount due 28,300 → truncated to ¥1,000: 28,000', '徴収法21条1項', '28000'],
      ['28,000 × 25/100 = 7,000', '28,000 × 25% = 7,000', '徴収法25条2項', '7000'],
    ]);
    rendersAsBefore(surcharge({ assessedPremium: 28_300, excused: true }).trace, [
      ['納付すべき額 28,300 → 千円未満切捨て 28,000', 'amount due 28,300 → truncated to ¥1,000: 28,000', '徴収法21条1項', '28000'],
      ['天災その他やむを得ない理由により追徴金なし', '天災その他やむを得ない理由: no surcharge', '徴収法21条', '0'],
    ]);
  });

  it('contract fields: legalBasis, sources, status (procedures.yaml surcharge: confirmed)', () => {
    const s = surcharge({ assessedPremium: 28_300 });
    expect([s.amount, s.legalBasis, s.status]).toEqual([2_800, ['徴収法21条'], 'confirmed']);
    expect(s.sources.length).toBe(4); // gokaku_kyh0508d, hrshr_tsuicho, yoganbe_tsuicho, srlearn_tsuicho
    expect(s.sources.every((u) => u.length > 0 && !u.includes('_tsuicho'))).toBe(true); // keys resolved to citations
    expect(surcharge({ assessedPremium: 28_300, kind: 'stampPremium' }).legalBasis).toEqual(['徴収法21条', '徴収法25条2項']);
    expect(explain(s, { lang: 'en' }).split('\n')[1]).toBe('2. 28,000 × 10% = 2,800 [徴収法21条1項]');
  });

  it('the bigint core: exact beyond 2^53 (⌊x⌋₁₀₀₀ × 10%)', () => {
    // 123,456,789,012,345,678,901 → 123,456,789,012,345,678,000 × 10/100 = 12,345,678,901,234,567,800
    const c = computeSurcharge(123_456_789_012_345_678_901n, 'premium', false);
    expect([c.base, c.amount]).toEqual([123_456_789_012_345_678_000n, 12_345_678_901_234_567_800n]);
  });

  it('property: 10% of the 千円-truncated base, a multiple of 100, none under 1,000 (bigint oracle)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (x) => {
        const c = computeSurcharge(x, 'premium', false);
        const expected = x < 1000n ? 0n : ((x / 1000n) * 1000n * 10n) / 100n;
        expect(c.amount).toBe(expected);
        expect(c.amount % 100n).toBe(0n);
      }),
    );
  });

  it('enumerations', () => {
    expect([SURCHARGE_KINDS, Object.isFrozen(SURCHARGE_KINDS), isSurchargeKind('premium'), isSurchargeKind(1)]).toEqual([['premium', 'stampPremium'], true, true, false]);
    expect([LATE_FEE_RATE_BASES, Object.isFrozen(LATE_FEE_RATE_BASES), isLateFeeRateBasis('special'), isLateFeeRateBasis('x')]).toEqual([
      ['special', 'statutory'],
      true,
      true,
      false,
    ]);
  });
});

describe('lateFee — structured steps render the old texts', () => {
  it('T6 case, a partial payment across a year end, under 100, small premium, paid by the deadline', () => {
    rendersAsBefore(lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' }).trace, [
      ['計算期間 2025-07-11〜2025-10-19; 納期限の翌日から2月を経過する日 2025-09-10', 'days 2025-07-11..2025-10-19; reduced rate until 2025-09-10', '徴収法28条1項', '2025-09-10'],
      ['2025-07-11〜2025-09-10 62日: 1,234,000 × 2.4% × 62', '2025-07-11..2025-09-10 62 days: 1,234,000 × 2.4% × 62', '徴収法28条1項 (2月まで軽減); 附則12条', '183619200'],
      ['2025-09-11〜2025-10-19 39日: 1,234,000 × 8.7% × 39', '2025-09-11..2025-10-19 39 days: 1,234,000 × 8.7% × 39', '徴収法28条1項; 附則12条', '418696200'],
      ['Σ ÷ 365 = 16,501.7917 → 百円未満切捨て 16,500', 'sum ÷ 365 = 16,501.7917 → truncated to ¥100: 16,500', '徴収法28条1項・3項', '16500'],
    ]);
    rendersAsBefore(lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-12-20', paidOn: '2026-04-20', partialPayments: [{ date: '2026-01-10', amount: 500_000 }] }).trace, [
      ['計算期間 2025-12-21〜2026-04-19; 納期限の翌日から2月を経過する日 2026-02-20', 'days 2025-12-21..2026-04-19; reduced rate until 2026-02-20', '徴収法28条1項', '2026-02-20'],
      ['2025-12-21〜2025-12-31 11日: 1,234,000 × 2.4% × 11', '2025-12-21..2025-12-31 11 days: 1,234,000 × 2.4% × 11', '徴収法28条1項 (2月まで軽減); 附則12条', '32577600'],
      ['2026-01-01〜2026-01-09 9日: 1,234,000 × 2.8% × 9', '2026-01-01..2026-01-09 9 days: 1,234,000 × 2.8% × 9', '徴収法28条1項 (2月まで軽減); 附則12条', '31096800'],
      ['2026-01-10〜2026-02-20 42日: 734,000 × 2.8% × 42', '2026-01-10..2026-02-20 42 days: 734,000 × 2.8% × 42', '徴収法28条1項 (2月まで軽減); 附則12条', '86318400'],
      ['2026-02-21〜2026-04-19 58日: 734,000 × 9.1% × 58', '2026-02-21..2026-04-19 58 days: 734,000 × 9.1% × 58', '徴収法28条1項; 附則12条', '387405200'],
      ['Σ ÷ 365 = 14,723.2328 → 百円未満切捨て 14,700', 'sum ÷ 365 = 14,723.2328 → truncated to ¥100: 14,700', '徴収法28条1項・3項', '14700'],
    ]);
    rendersAsBefore(lateFee({ unpaidPremium: 50_000, dueDate: '2025-07-10', paidOn: '2025-08-10' }).trace, [
      ['計算期間 2025-07-11〜2025-08-09; 納期限の翌日から2月を経過する日 2025-09-10', 'days 2025-07-11..2025-08-09; reduced rate until 2025-09-10', '徴収法28条1項', '2025-09-10'],
      ['2025-07-11〜2025-08-09 30日: 50,000 × 2.4% × 30', '2025-07-11..2025-08-09 30 days: 50,000 × 2.4% × 30', '徴収法28条1項 (2月まで軽減); 附則12条', '3600000'],
      ['延滞金 98.6301 が100円未満: 徴収しない', 'late fee 98.6301 is under 100 yen: none', '徴収法27条・28条', '0'],
    ]);
    rendersAsBefore(lateFee({ unpaidPremium: 999, dueDate: '2025-07-10', paidOn: '2026-07-10' }).trace, [
      ['計算期間 2025-07-11〜2026-07-09; 納期限の翌日から2月を経過する日 2025-09-10', 'days 2025-07-11..2026-07-09; reduced rate until 2025-09-10', '徴収法28条1項', '2025-09-10'],
      ['労働保険料が1,000円未満: 延滞金なし', 'premium 999 is under 1,000 yen: no late fee', '徴収法27条・28条', '0'],
    ]);
    rendersAsBefore(lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20', demandDeadline: '2025-10-31' }).trace, [
      ['計算期間 2025-07-11〜2025-10-19; 納期限の翌日から2月を経過する日 2025-09-10', 'days 2025-07-11..2025-10-19; reduced rate until 2025-09-10', '徴収法28条1項', '2025-09-10'],
      ['督促状の指定期限 2025-10-31 までに完納: 延滞金なし', 'paid by the demand notice deadline 2025-10-31: no late fee', '徴収法27条・28条', '0'],
    ]);
  });

  it('contract fields: status is the weakest rate used (2025 特例 derived, 2024 confirmed, caller’s own unconfirmed)', () => {
    const f = lateFee({ unpaidPremium: 1_234_567, dueDate: '2025-07-10', paidOn: '2025-10-20' });
    expect([f.legalBasis, f.status]).toEqual([['徴収法27条', '徴収法28条', '徴収法附則12条'], 'derived']);
    // 2024 only: kagoshima_entai, confirmed (procedures.yaml)
    const c = lateFee({ unpaidPremium: 1_000_000, dueDate: '2024-07-10', paidOn: '2024-08-10' });
    expect(c.status).toBe('confirmed');
    expect(c.sources.length).toBe(6); // the five 延滞金 sources + kagoshima_entai
    const s = lateFee({ unpaidPremium: 1_000_000, dueDate: '2024-07-10', paidOn: '2024-08-10', rateBasis: 'statutory' });
    expect([s.legalBasis, s.status, s.sources.length]).toEqual([['徴収法27条', '徴収法28条'], 'confirmed', 5]);
    const own = lateFee({ unpaidPremium: 1_000_000, dueDate: '2030-07-10', paidOn: '2030-08-10', specialRates: [{ year: 2030, firstPercent: '3.65', afterPercent: '10' }] });
    expect(own.status).toBe('unconfirmed');
    // a year of several stretches takes the weakest: 2025 (derived) into 2026 (unconfirmed)
    expect(lateFee({ unpaidPremium: 1_000_000, dueDate: '2025-12-10', paidOn: '2026-01-20' }).status).toBe('unconfirmed');
  });

  it('days are counted exactly at the ends of the calendar (no NaN, no 1900s for years below 100)', () => {
    // 9999-12-20 due, paid 9999-12-31: 9999-12-21 … 9999-12-30 = 10 days; the reduced period ends 10000-02-20.
    // 1,000,000 × 7.3% × 10 / 365 = 2,000 exactly.
    const far = lateFee({ unpaidPremium: 1_000_000, dueDate: '9999-12-20', paidOn: '9999-12-31', rateBasis: 'statutory' });
    expect([far.days, far.reducedUntil, far.amount, far.unrounded]).toEqual([10, '10000-02-20', 2_000, '2000']);
    // 0050-01-10 due, paid 0050-05-01: 21 days in January, 28 in February (50 is not a leap year), 31 + 30 = 110 days;
    // reduced until 0050-03-10 (2 months after 0050-01-11, the day before the corresponding day).
    const early = lateFee({ unpaidPremium: 1_000_000, dueDate: '0050-01-10', paidOn: '0050-05-01', rateBasis: 'statutory' });
    expect([early.days, early.reducedUntil]).toEqual([110, '0050-03-10']);
    expect(early.segments.map((s) => [s.from, s.to, s.days, s.percent])).toEqual([
      ['0050-01-11', '0050-03-10', 59, '7.3'],
      ['0050-03-11', '0050-04-30', 51, '14.6'],
    ]);
    // 1,000,000 × (7.3 × 59 + 14.6 × 51) / 36,500 = 1,000,000 × 1,175.3 / 36,500 = 32,200 exactly
    expect([early.amount, early.unrounded]).toEqual([32_200, '32200']);
    // the year 4 was a leap year (proleptic Gregorian): 0004-02-01 … 0004-02-29 = 29 days
    expect(lateFee({ unpaidPremium: 1_000_000, dueDate: '0004-01-31', paidOn: '0004-03-01', rateBasis: 'statutory' }).days).toBe(29);
    for (const f of [far, early]) expect(JSON.stringify(f)).not.toMatch(/NaN/);
  });

  it('property: the fee is ⌊Σ base × rate × days / 365⌋₁₀₀ of an independent day count (statutory rates)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10 ** 12 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 2000 }), (premium, dueOffset, length) => {
        const due = new Date(Date.UTC(2015, 0, 1 + dueOffset));
        const paid = new Date(due.getTime() + length * 86_400_000);
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        const f = lateFee({ unpaidPremium: premium, dueDate: iso(due), paidOn: iso(paid), rateBasis: 'statutory' });
        // oracle: days via Date, 2 months by the calendar (民法143条), rates 73/1000 and 146/1000 per year
        const start = new Date(due.getTime() + 86_400_000);
        const y = start.getUTCFullYear();
        const m = start.getUTCMonth() + 2;
        const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
        const corresponding = start.getUTCDate() > last ? new Date(Date.UTC(y, m, last)) : new Date(Date.UTC(y, m, start.getUTCDate() - 1));
        const reducedDays = Math.round((corresponding.getTime() - start.getTime()) / 86_400_000) + 1;
        const days = Math.max(length - 1, 0);
        const d1 = Math.min(days, reducedDays);
        const d2 = days - d1;
        const base = BigInt(Math.floor(premium / 1000) * 1000);
        const sum = base * (73n * BigInt(d1) + 146n * BigInt(d2)); // × 1/1000 ÷ 365
        const fee = (sum / (1000n * 365n) / 100n) * 100n;
        expect(f.days).toBe(days);
        expect(BigInt(f.amount)).toBe(fee < 100n ? 0n : fee);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar arithmetic (integer day numbers)', () => {
  it('agrees with Date for years 100–9999 and round-trips from year 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0001-01-01'), max: dayNumber('9999-12-31') }), (n) => {
        const iso = fromDayNumber(n);
        expect(dayNumber(iso)).toBe(n);
        if (Number(iso.slice(0, 4)) >= 100) {
          const d = new Date(n * 86_400_000);
          expect(d.toISOString().slice(0, 10)).toBe(iso);
          expect(isWeekend(iso)).toBe(d.getUTCDay() === 0 || d.getUTCDay() === 6);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('known days: 0001-01-01 was a Monday; 2000-02-29 exists; 民法143条 month ends', () => {
    expect([dayNumber('1970-01-01'), fromDayNumber(0), addDays('2000-02-28', 1), addDays('1900-02-28', 1)]).toEqual([0, '1970-01-01', '2000-02-29', '1900-03-01']);
    expect([isWeekend('0001-01-01'), isWeekend('0001-01-06')]).toEqual([false, true]); // Monday, Saturday
    expect([endOfMonthsPeriod('2025-12-31', 2), endOfMonthsPeriod('2025-07-11', 2), endOfMonthsPeriod('2023-12-30', 2)]).toEqual(['2026-02-28', '2025-09-10', '2024-02-29']);
  });
  it('break points: the end of the reduced period, 1 January, partial payments', () => {
    const s = dayNumber('2025-12-21');
    const e = dayNumber('2026-04-20');
    const r = dayNumber('2026-02-21');
    const pts = lateFeeBreakPoints(s, e, r, [{ date: '2026-01-10', day: dayNumber('2026-01-10'), amount: 1n }]);
    expect(pts.map(fromDayNumber)).toEqual(['2025-12-21', '2026-01-01', '2026-01-10', '2026-02-21', '2026-04-20']);
    expect(lateFeeBreakPoints(s, s, r, [])).toEqual([]);
  });
});
