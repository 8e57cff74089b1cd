import { arr, int, obj, ownSources, rate, sources, status, str, type Check, type ExtraBlock } from './checks.js';

/**
 * The optional `merit` block of a custom table: an override of the メリット制 data for the table's
 * fiscal year, in the shape of the compiled data (`MeritData`, src/rates/generated/merit.ts) with its
 * own `sources` map. Checked: every key; percentages are integers within ±100 (a limit 0–100); the
 * table's rows ascend strictly, the last one open (`upToPercent: null`) and no other, each 増減率
 * within the table's `maxPercent`; 20 ≤ … : `workersMin` ≤ `workersAlways`; every cited source key
 * defined in the block's `sources`. @internal
 */
function meritCheck(): Check {
  const percent = int(-100, 100);
  const limit = int(0, 100);
  const upTo: Check = (v, p, c) => v === null || rate('100000')(v, p, c);
  const row = obj({ upToPercent: upTo, adjustmentPercent: percent });
  const rows = arr(row, true, (list, p, c) => {
    let ok = true;
    let last = -1n;
    list.forEach((x, i) => {
      const u = (x as { upToPercent: string | null }).upToPercent;
      if (u === null) {
        if (i !== list.length - 1) ok = c.bad(`${p}[${i}].upToPercent`, 'order', 'only the last row may be open (null)');
        return;
      }
      const [a, b = ''] = u.split('.');
      const n = BigInt(`${a}${b.padEnd(4, '0')}`);
      if (n <= last) ok = c.bad(`${p}[${i}].upToPercent`, 'order', 'the bounds must ascend strictly');
      last = n;
    });
    if ((list[list.length - 1] as { upToPercent: unknown }).upToPercent !== null)
      ok = c.bad(`${p}[${list.length - 1}].upToPercent`, 'required', 'the last row must be open (null)');
    return ok;
  });
  return ownSources(
    obj(
      {
        name: str(true),
        legalBasis: str(true),
        status,
        note: str(),
        continuous: obj({ legalBasis: str(true), sources, status, maxPercent: limit, rows }, { note: str() }, (t, p, c) => {
          const max = t['maxPercent'] as number;
          return (t['rows'] as { adjustmentPercent: number }[]).every(
            (r, i) => Math.abs(r.adjustmentPercent) <= max || c.bad(`${p}.rows[${i}].adjustmentPercent`, 'range', `${r.adjustmentPercent} is beyond ±${max} (maxPercent)`),
          );
        }),
        limits: obj({ continuous: limit, timber: limit, lumpSumSmall: limit, special: limit, sources, note: str() }),
        eligibility: obj(
          { legalBasis: str(true), sources, status, note: str(), workersAlways: int(1, 1_000_000), workersMin: int(1, 1_000_000), disasterCoefficientMin: rate('1000') },
          {},
          (e, p, c) =>
            (e['workersMin'] as number) <= (e['workersAlways'] as number) || c.bad(`${p}.workersMin`, 'order', `${e['workersMin']} exceeds workersAlways ${e['workersAlways']}`),
        ),
        sources: () => true, // checked by ownSources
      },
      {},
    ),
  );
}

let check: Check | undefined;

/** The `merit` override block (built at its first use). @internal */
export const MERIT_BLOCK: ExtraBlock = { key: 'merit', check: (v, p, c) => (check ??= meritCheck())(v, p, c) };
