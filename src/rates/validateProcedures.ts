import { anyDate, arr, bool, int, monthDay, obj, ownSources, rate, sources, status, str, yen, type Check, type ExtraBlock } from './checks.js';

/**
 * The optional `procedures` block of a custom table: an override of the 年度更新・延納・追徴金・延滞金・時効
 * data for the table's fiscal year, in the shape of the compiled data (`ProceduresData`,
 * src/rates/generated/procedures.ts) with its own `sources` map. Checked: every key; month-days real
 * (`MM-DD`); 延納 periods numbered 1, 2, 3… in order; counts, days and yen integers within bounds;
 * percentages decimal strings ≤ 100 (the 概算 range ≤ 10,000%), lower ≤ upper; one 特例 rate per
 * year; every cited source key defined in the block's `sources`. @internal
 */
function proceduresCheck(): Check {
  const basis = str(true);
  const days = int(1, 366);
  const amount = yen(0, 1_000_000_000);
  const unit = int(1, 1_000_000);
  const pct = rate('100');
  const note = { note: str() };
  const numbered = (list: readonly unknown[], p: string, c: Parameters<Check>[2]): boolean =>
    list.every((x, i) => (x as { number: number }).number === i + 1 || c.bad(`${p}[${i}].number`, 'order', `must be ${i + 1} (periods are numbered 1, 2, 3… in order)`));
  const oneRatePerYear = (list: readonly unknown[], p: string, c: Parameters<Check>[2]): boolean => {
    const seen = new Set<number>();
    let ok = true;
    list.forEach((x, i) => {
      const y = (x as { year: number }).year;
      if (seen.has(y)) ok = c.bad(`${p}[${i}].year`, 'duplicate', `duplicate year ${y}`);
      seen.add(y);
    });
    return ok;
  };
  return ownSources(
    obj({
      name: str(true),
      renewal: obj({
        declarationPeriod: obj({ start: monthDay, days, lastDay: monthDay }),
        legalBasis: basis,
        estimateRule: obj(
          { lowerPercent: int(0, 10_000), upperPercent: int(0, 10_000), inclusive: onlyTrue('徴収則24条: both bounds are inclusive'), legalBasis: basis, sources, status },
          note,
          (r, p, c) =>
            (r['lowerPercent'] as number) <= (r['upperPercent'] as number) || c.bad(`${p}.lowerPercent`, 'order', `${r['lowerPercent']} exceeds upperPercent ${r['upperPercent']}`),
        ),
        newBusinessDueDays: days,
        newBusinessLegalBasis: basis,
        sources,
        status,
      }),
      installments: obj(
        {
          legalBasis: basis,
          thresholds: obj({ bothInsurances: amount, oneInsuranceOnly: amount, commissionedAnyAmount: onlyTrue('徴収則27条: 事務組合委託 allows 延納 at any amount') }),
          noInstallmentsFromMonthDay: monthDay,
          periods: arr(
            obj({ number: int(1, 12), from: monthDay, to: monthDay, due: monthDay, dueNextCalendarYear: bool, accountTransferDue: monthDay }, { commissionedDue: monthDay }),
            true,
            numbered,
          ),
          establishment: arr(obj({ from: monthDay, to: monthDay, count: int(1, 12) }), true),
          sources,
          status,
          commissionedDueDates: obj({ second: monthDay, third: monthDay, sources, legalBasis: basis, status, verified: anyDate }, note),
          nonBusinessDayShift: obj({ status: str(true), note: str(true) }),
          accountTransferDueDates: obj({
            legalBasis: basis,
            first: monthDay,
            second: monthDay,
            third: monthDay,
            sources,
            status,
            verified: anyDate,
            note: str(),
            nonBusinessDayShift: obj({ rule: (v, p, c) => v === 'next-business-day' || c.bad(p, 'enum', 'must be "next-business-day"'), sources, status }),
          }),
        },
        {},
        // The flag must agree with the establishment table, which is what the library reads.
        (r, p, c) => {
          const from = r['noInstallmentsFromMonthDay'];
          const row = (r['establishment'] as readonly Record<string, unknown>[]).find((x) => x['count'] === 1);
          return (
            (row !== undefined && row['from'] === from) ||
            c.bad(`${p}.noInstallmentsFromMonthDay`, 'outside-period', `${String(from)} must be the first day of the establishment row with count 1`)
          );
        },
      ),
      increasedEstimate: obj({ ratioPercent: int(0, 10_000), minimumDifference: amount, dueDays: days, legalBasis: basis, sources, status }, note),
      surcharge: obj({ percent: pct, stampPremiumPercent: pct, baseUnit: unit, minimumAmount: amount, legalBasis: basis, sources, status }, note),
      lateFee: obj(
        {
          statutory: obj({ firstPercent: pct, afterPercent: pct }),
          reducedMonths: int(0, 12),
          daysPerYear: int(365, 366),
          baseUnit: unit,
          minimumPremium: amount,
          feeUnit: unit,
          minimumFee: amount,
          legalBasis: basis,
          sources,
          status,
          specialRates: arr(obj({ year: int(1947, 9998), firstPercent: pct, afterPercent: pct, sources, status }, note), false, oneRatePerYear),
        },
        note,
      ),
      limitation: obj({ years: int(1, 100), legalBasis: basis, sources, status }, note),
      sources: () => true, // checked by ownSources
    }),
  );
}

/** A flag the library supports only as `true` (the statutory reading); `false` is refused rather than ignored. */
function onlyTrue(why: string): Check {
  return (v, p, c) => v === true || c.bad(p, typeof v === 'boolean' ? 'range' : 'type', `must be true (${why}; no other reading is supported) (got ${String(v)})`);
}

let check: Check | undefined;

/** The `procedures` override block (built at its first use). @internal */
export const PROCEDURES_BLOCK: ExtraBlock = { key: 'procedures', check: (v, p, c) => (check ??= proceduresCheck())(v, p, c) };
