import { toIsoDate, daysInMonth } from '../core/dates.js';
import { addDays } from '../renewal/shared.js';
import { InvalidInputError } from '../core/errors.js';
import { assertBoolean, assertObject, oneOf } from '../core/options.js';
import { parseYen } from '../core/yen.js';
import { classifyPayItems, wageWithItems, type ClassifiedPayItem, type PayItemClass } from './payItems.js';

/**
 * One payment record of the 算定基礎賃金集計表, checked: the one place a record's fields are read. It decides
 * the record's column of the form (常用労働者 / 役員で労働者扱いの者 / 臨時労働者), its 在籍出向 side, and whether
 * its wages are 雇用保険 wages (the flag, or the 資格取得日・喪失日 against the pay period).
 * @internal
 * @module
 */

/** 集計表の区分: 常用労働者, 役員で労働者扱いの者, 臨時労働者 (not insured). @internal */
export type WorkerCategory = 'regular' | 'officer' | 'temporary';
/** 在籍出向: none, 出向元 paying a worker seconded out, 出向先 using a worker seconded in. @internal */
export type Secondment = 'none' | 'outbound' | 'inbound';

export const WORKER_CATEGORY_VALUES: readonly WorkerCategory[] = ['regular', 'officer', 'temporary'];
export const SECONDMENT_VALUES: readonly Secondment[] = ['none', 'outbound', 'inbound'];

/** One payment record, checked. @internal */
export interface ParsedRecord {
  workerId: string;
  closingDate: string;
  /** The record's wages (after the pay-item classification when items are given). */
  wage: bigint;
  workersCompensation: boolean;
  employmentInsurance: boolean;
  kind: 'salary' | 'bonus';
  birthDate: string | undefined;
  category: WorkerCategory;
  secondment: Secondment;
  /** True when 資格取得日 / 喪失日 decided `employmentInsurance`. */
  byQualification: boolean;
  /** The record's pay items, classified (empty when it gives only `wage`). */
  payItems: ClassifiedPayItem[];
}

/**
 * The first day of the pay period closing on `closingDate` when no `periodFrom` is given: the day after the
 * same day of the previous month (clamped to that month's length) — a monthly period. 2025-04-25 → 2025-03-26,
 * 2025-03-31 → 2025-03-01. @internal
 */
export function defaultPeriodFrom(closingDate: string): string {
  const y = Number(closingDate.slice(0, 4));
  const m = Number(closingDate.slice(5, 7));
  const d = Number(closingDate.slice(8, 10));
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  if (py < 1) return '0001-01-01';
  const prev = `${String(py).padStart(4, '0')}-${String(pm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(py, pm))).padStart(2, '0')}`;
  return addDays(prev, 1);
}

/**
 * Whether a payment is 雇用保険 wages by the worker's 資格取得日 (`insuredFrom`) and 資格喪失日 (`insuredUntil`,
 * the day after the 離職日): the wages of a pay period count when the period [`periodFrom`, `closingDate`] has a
 * day on which the worker was insured, i.e. `insuredFrom ≤ closingDate` and `periodFrom < insuredUntil`; a
 * bonus counts when paid on an insured day. @internal
 */
export function insuredInPeriod(periodFrom: string, closingDate: string, insuredFrom: string | undefined, insuredUntil: string | undefined): boolean {
  return (insuredFrom === undefined || insuredFrom <= closingDate) && (insuredUntil === undefined || periodFrom < insuredUntil);
}

const bad = (path: string, message: string): InvalidInputError => new InvalidInputError('INVALID_OPTION', `${path}: ${message}`, { field: path });

const optionalDate = (value: unknown, field: string): string | undefined => (value === undefined ? undefined : toIsoDate(value, field));

/**
 * Checks one payment record. Its wages are `wage`, or its `payItems` classified by `classify` (the items counted as
 * 賃金), or both added.
 * Defaults: 労災 true except for a worker seconded out (出向元: 労災 is the 出向先's); 雇用 true except for a
 * 臨時労働者 and a worker seconded in (出向先: 雇用保険 stays with the employer paying the main wage); the category
 * `'regular'` for an insured worker or one seconded in, `'temporary'` (臨時労働者) for one who is not insured. @internal
 */
export function parseRecord(r: unknown, path: string, classify?: (name: string) => PayItemClass): ParsedRecord {
  const x = assertObject(r, path);
  const workerId = x['workerId'];
  if (typeof workerId !== 'string' || workerId === '') throw new InvalidInputError('INVALID_OPTION', `${path}.workerId must be a non-empty string`, { field: `${path}.workerId` });
  const closingDate = toIsoDate(x['closingDate'], `${path}.closingDate`);
  const kind = oneOf(x['kind'], ['salary', 'bonus'] as const, `${path}.kind`, 'salary');
  const givenCategory = x['category'] === undefined ? undefined : oneOf(x['category'], WORKER_CATEGORY_VALUES, `${path}.category`);
  const secondment = oneOf(x['secondment'], SECONDMENT_VALUES, `${path}.secondment`, 'none');
  const wc = x['workersCompensation'] === undefined ? undefined : assertBoolean(x['workersCompensation'], `${path}.workersCompensation`);
  const ei = x['employmentInsurance'] === undefined ? undefined : assertBoolean(x['employmentInsurance'], `${path}.employmentInsurance`);
  const insuredFrom = optionalDate(x['insuredFrom'], `${path}.insuredFrom`);
  const insuredUntil = optionalDate(x['insuredUntil'], `${path}.insuredUntil`);
  const periodFrom = optionalDate(x['periodFrom'], `${path}.periodFrom`);
  if (insuredFrom !== undefined && insuredUntil !== undefined && insuredUntil <= insuredFrom) throw bad(`${path}.insuredUntil`, '資格喪失日 must be after 資格取得日');
  if (periodFrom !== undefined && periodFrom > closingDate) throw bad(`${path}.periodFrom`, 'the pay period must start on or before its 賃金締切日');

  if (secondment === 'outbound' && wc === true) throw bad(`${path}.workersCompensation`, '出向元: the 労災 wages of a worker seconded out belong to the 出向先');
  const workersCompensation = wc ?? secondment !== 'outbound';

  const byQualification = insuredFrom !== undefined || insuredUntil !== undefined;
  let employmentInsurance: boolean;
  if (byQualification) {
    const from = kind === 'bonus' ? closingDate : (periodFrom ?? defaultPeriodFrom(closingDate));
    const insured = insuredInPeriod(from, closingDate, insuredFrom, insuredUntil);
    if (ei !== undefined && ei !== insured)
      throw bad(`${path}.employmentInsurance`, `contradicts the 資格取得日・喪失日 (the pay period ${from}…${closingDate} is ${insured ? '' : 'not '}insured)`);
    employmentInsurance = insured;
  } else employmentInsurance = ei ?? (givenCategory !== 'temporary' && secondment !== 'inbound');
  // 臨時労働者 = not insured (an insured part-timer is 常用); without a category, an uninsured worker is 臨時
  // (one seconded in is 常用: insured with the 出向元)
  const category: WorkerCategory = givenCategory ?? (employmentInsurance || secondment === 'inbound' ? 'regular' : 'temporary');
  if (category === 'temporary' && employmentInsurance)
    throw bad(`${path}.category`, "a 臨時労働者 is one who is not a 雇用保険被保険者; an insured part-timer is 'regular' (常用労働者)");

  let payItems: ClassifiedPayItem[] = [];
  let wage: bigint;
  if (x['payItems'] === undefined) wage = parseYen(x['wage'], `${path}.wage`);
  else {
    if (classify === undefined) throw bad(`${path}.payItems`, 'pay items need the pay-item classifier');
    payItems = classifyPayItems(x['payItems'], `${path}.payItems`, classify);
    wage = wageWithItems(x['wage'] === undefined ? undefined : parseYen(x['wage'], `${path}.wage`), payItems);
  }
  return {
    workerId,
    closingDate,
    wage,
    workersCompensation,
    employmentInsurance,
    kind,
    birthDate: optionalDate(x['birthDate'], `${path}.birthDate`),
    category,
    secondment,
    byQualification,
    payItems,
  };
}
