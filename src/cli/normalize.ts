// Normalising the cells of payroll exports (CLI only: the library API stays strict).
//
// Only unambiguous spellings are rewritten: thousands separators in their proper 3-digit groups,
// 全角 (full-width) digits, and the date forms Japanese payroll products export (西暦 and 和暦).
// Anything that looks like one of these forms but is not a valid one is a coded failure; anything
// else is returned unchanged, for the library's strict parser to accept or refuse with its own code.

/** The outcome of normalising one cell: the value to pass on (and whether it differs from the cell), or a coded failure. */
export type NormalizeResult = { ok: true; value: string; changed: boolean } | { ok: false; code: 'AMOUNT_MALFORMED' | 'INVALID_DATE'; message: string };

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/** 全角 ASCII (digits, letters, punctuation) and the 全角 space → their ASCII forms. */
export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const GROUPED = /^[0-9]{1,3}(,[0-9]{3})+$/;

/**
 * A yen cell: `200,000` → `200000`, `２００，０００` → `200000`, `￥200,000` / `200,000円` → `200000`.
 * A separator out of its 3-digit groups (`20,00`, `1,0000`) or a decimal part with separators is
 * `AMOUNT_MALFORMED` (ambiguous); other text is returned unchanged for the strict parser.
 */
export function normalizeYenCell(cell: string): NormalizeResult {
  const s = halfWidth(cell)
    .trim()
    .replace(/^[¥￥\\]\s*/, '')
    .replace(/\s*円$/, '');
  if (/^[0-9]+$/.test(s)) return { ok: true, value: s, changed: s !== cell };
  if (GROUPED.test(s)) return { ok: true, value: s.replace(/,/g, ''), changed: true };
  if (s.includes(',')) return { ok: false, code: 'AMOUNT_MALFORMED', message: `'${cell}' has thousands separators out of place (expected groups of three digits, e.g. 200,000)` };
  return { ok: true, value: cell, changed: false };
}

/** The eras a payroll date may be written in: first and last day (ISO), with their names and initials. */
const ERAS: readonly { names: readonly string[]; start: string; end: string; base: number }[] = [
  { names: ['令和', 'R'], start: '2019-05-01', end: '9999-12-31', base: 2018 },
  { names: ['平成', 'H'], start: '1989-01-08', end: '2019-04-30', base: 1988 },
  { names: ['昭和', 'S'], start: '1926-12-25', end: '1989-01-07', base: 1925 },
];

const WESTERN = /^([0-9]{4})(?:([-/.])([0-9]{1,2})\2([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)$/;
const JAPANESE = /^(令和|平成|昭和|[RHS])\s*(元|[0-9]{1,2})(?:([./-])([0-9]{1,2})\3([0-9]{1,2})|年\s*([0-9]{1,2})月\s*([0-9]{1,2})日)$/i;

function daysIn(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isoOf(y: number, m: number, d: number, cell: string): NormalizeResult {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return { ok: false, code: 'INVALID_DATE', message: `'${cell}' is not a day of the calendar` };
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, value, changed: value !== cell };
}

/**
 * A date cell → `YYYY-MM-DD`: `2025/4/20`, `2025.4.20`, `2025年4月20日`, 和暦 `令和7年4月20日`,
 * `R7.4.20`, `R7/4/20`, `令和元年5月1日`, `平成31年4月30日` (also 全角 digits). A 和暦 date outside
 * its era (平成31年5月1日: 平成 ended 2019-04-30; 令和元年4月30日: 令和 began 2019-05-01) or a day
 * not in the calendar is `INVALID_DATE`, never guessed. Other text is returned unchanged.
 */
export function normalizeDateCell(cell: string): NormalizeResult {
  const s = halfWidth(cell).trim();
  const w = WESTERN.exec(s);
  if (w) return isoOf(Number(w[1]), Number(w[3] ?? w[5]), Number(w[4] ?? w[6]), cell);
  const j = JAPANESE.exec(s);
  if (!j) return { ok: true, value: cell, changed: false };
  const name = j[1]!.toUpperCase();
  const era = ERAS.find((e) => e.names.includes(name))!;
  const eraYear = j[2] === '元' ? 1 : Number(j[2]);
  if (eraYear < 1) return { ok: false, code: 'INVALID_DATE', message: `'${cell}': there is no year 0 of ${era.names[0]} (the first year is 元年)` };
  const r = isoOf(era.base + eraYear, Number(j[4] ?? j[6]), Number(j[5] ?? j[7]), cell);
  if (r.ok && (r.value < era.start || r.value > era.end)) {
    return { ok: false, code: 'INVALID_DATE', message: `'${cell}' is outside ${era.names[0]} (${era.start} to ${era.end === '9999-12-31' ? 'today' : era.end})` };
  }
  return r.ok ? { ok: true, value: r.value, changed: true } : r;
}
