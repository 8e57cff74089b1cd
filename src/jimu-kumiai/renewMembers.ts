import { InvalidInputError, LaborInsuranceError } from '../core/errors.js';
import { formatValue } from '../core/format.js';
import { annualRenewal } from '../renewal/renewal.js';
import type { AnnualRenewalInput } from '../renewal/renewalTypes.js';
import { parseLaborInsuranceNumber } from './laborInsuranceNumber.js';
import type { MemberRenewal, RenewMembersOptions, RenewalMember } from './types.js';

function describe(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${String(e.message)}` : formatValue(e);
  } catch {
    return '(unprintable error)';
  }
}

/** A throw that is not the library's (a hostile member's getter, a Proxy trap) as a coded error of that member. */
function coded(e: unknown, index: number): LaborInsuranceError {
  if (e instanceof LaborInsuranceError) return e;
  return new InvalidInputError('INVALID_OPTION', `member ${index} could not be read: ${describe(e)}`, { field: '', expected: 'a member input object' });
}

function readId(member: unknown): string | undefined {
  if (typeof member !== 'object' || member === null) return undefined;
  const id = (member as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** One member: its renewal, or its coded error. Never throws. */
function renewOne(member: unknown, index: number, checkIds: boolean): MemberRenewal {
  let id: string | undefined;
  try {
    id = readId(member);
  } catch {
    id = undefined; // annualRenewal reads the same field and reports it
  }
  try {
    // annualRenewal first: a member whose input is wrong gets the very error annualRenewal gives for it.
    const renewal = annualRenewal(member as AnnualRenewalInput);
    if (id === undefined) {
      throw new InvalidInputError('INVALID_OPTION', `member ${index} has no id (a non-empty string, normally the 労働保険番号)`, {
        field: 'id',
        expected: 'a non-empty string',
      });
    }
    if (checkIds) parseLaborInsuranceNumber(id, { field: 'id' });
    return { id, index, ok: true, renewal };
  } catch (e) {
    return { id, index, ok: false, error: coded(e, index) };
  }
}

function* renewSync(members: Iterable<unknown>, checkIds: boolean): Generator<MemberRenewal, void, undefined> {
  let index = 0;
  for (const member of members) yield renewOne(member, index++, checkIds);
}

async function* renewAsync(members: AsyncIterable<unknown>, checkIds: boolean): AsyncGenerator<MemberRenewal, void, undefined> {
  let index = 0;
  for await (const member of members) yield renewOne(member, index++, checkIds);
}

function invalid(message: string, value: unknown, field: string): InvalidInputError {
  return new InvalidInputError('INVALID_OPTION', message, { field, value, expected: 'an iterable or async iterable of members' });
}

/**
 * 年度更新 of every member of a 労働保険事務組合 (委託事業主), streamed: yields one item per member, in input
 * order — `{ id, index, ok: true, renewal }` with exactly what {@link annualRenewal} gives for that member, or
 * `{ id, index, ok: false, error }` with the coded error it throws (a throw that is not the library's, from a
 * hostile getter or Proxy, is caught and coded `INVALID_OPTION` too). It never stops at a bad member and never
 * drops one. Nothing is kept between members, so memory stays flat however many stream through (consume the items
 * as they come; add them to a {@link renewalSummary} for the totals). An array or other iterable gives a
 * generator; an async iterable (a stream of parsed rows) gives an async generator.
 *
 * Each member is its `annualRenewal` input plus `id` (normally the 労働保険番号; `checkIds: true` also checks it
 * with {@link parseLaborInsuranceNumber}). A member without an id is invalid (`INVALID_OPTION`, path `id`), after
 * its input has been checked. An error thrown by the iterable itself (not by a member) ends the iteration and is
 * thrown to the caller, as by any `for…of`.
 *
 * The items are a report, not a calculation: each `renewal` follows the contract (its trace built on first read,
 * docs/contract.md §3).
 *
 * @throws {@link InvalidInputError} `INVALID_OPTION` at the call when `members` is not iterable or an option is wrong.
 *
 * @example
 * ```ts
 * import { renewMembers } from 'jp-labor-insurance';
 * const items = [...renewMembers([
 *   { id: '13101654321000', renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 },
 *   { id: '13101654322000', renewalYear: 2025, industry: '98', category: 'general', previousYearWages: '3,300,000', declaredEstimate: 0 },
 * ])];
 * console.log(items.map((i) => (i.ok ? `${i.id} ${i.renewal.amount}` : `${i.id} ${i.error.code}`)));
 * //=> [ '13101654321000 565101', '13101654322000 AMOUNT_MALFORMED' ]
 * ```
 */
export function renewMembers(members: Iterable<RenewalMember>, options?: RenewMembersOptions): Generator<MemberRenewal, void, undefined>;
export function renewMembers(members: AsyncIterable<RenewalMember>, options?: RenewMembersOptions): AsyncGenerator<MemberRenewal, void, undefined>;
export function renewMembers(
  members: Iterable<RenewalMember> | AsyncIterable<RenewalMember>,
  options: RenewMembersOptions = {},
): Generator<MemberRenewal, void, undefined> | AsyncGenerator<MemberRenewal, void, undefined> {
  let checkIds: unknown;
  let sync: unknown;
  let async: unknown;
  try {
    if (typeof options !== 'object' || options === null) throw invalid(`renewMembers options must be an object (got ${formatValue(options)})`, options, 'options');
    checkIds = (options as { checkIds?: unknown }).checkIds ?? false;
    if (typeof members === 'object' && members !== null) {
      sync = (members as Partial<Iterable<unknown>>)[Symbol.iterator];
      async = (members as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator];
    }
  } catch (e) {
    throw e instanceof LaborInsuranceError ? e : invalid(`renewMembers could not read its arguments: ${describe(e)}`, undefined, 'members');
  }
  if (typeof checkIds !== 'boolean') {
    throw new InvalidInputError('INVALID_OPTION', `checkIds must be true or false (got ${formatValue(checkIds)})`, {
      field: 'checkIds',
      value: checkIds,
      expected: 'true or false',
    });
  }
  if (typeof sync === 'function') return renewSync(members as Iterable<unknown>, checkIds);
  if (typeof async === 'function') return renewAsync(members as AsyncIterable<unknown>, checkIds);
  throw invalid(`renewMembers expects an iterable or async iterable of members (got ${formatValue(members)})`, members, 'members');
}
