// renewMembers / renewalSummary (src/jimu-kumiai/): the oracle is annualRenewal itself, called on each member
// separately — every yielded item must equal it (its JSON, traces included; an error's class, code, message and
// issues) — and the summary's totals are sums computed here, independently, from those single-employer results.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualRenewal,
  InvalidInputError,
  LaborInsuranceError,
  ratesFor,
  renewMembers,
  renewalSummary,
  type AnnualRenewal,
  type MemberRenewal,
  type RenewalMember,
} from '../../src/index.js';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const industriesOf = (year: number) => ratesFor(year).workersCompensation[0]!.industries.map((r) => r.number);
const CATEGORIES = ['general', 'agriculture', 'construction'] as const;
const CHOICES = ['both', 'premium', 'generalContribution', 'refund'] as const;

const wages = fc.oneof(fc.integer({ min: 0, max: 600_000_000 }), fc.constantFrom(0, 999, 1000, 1_000_000_000_000, 1_000_000_000_001));

/** A valid member (fast or exact path: FY2022/2023, string amounts, separate bases). */
const validMember = fc
  .record({
    year: fc.constantFrom(...YEARS),
    pick: fc.nat(),
    category: fc.constantFrom(...CATEGORIES),
    previous: wages,
    declaredPerMille: fc.integer({ min: 0, max: 60 }),
    estimatePercent: fc.option(fc.integer({ min: 0, max: 250 }), { nil: undefined }),
    commissioned: fc.option(fc.boolean(), { nil: undefined }),
    applyInstallments: fc.option(fc.boolean(), { nil: undefined }),
    appropriation: fc.option(fc.constantFrom(...CHOICES), { nil: undefined }),
    asString: fc.boolean(),
    split: fc.boolean(),
  })
  .map((r): Record<string, unknown> => {
    const industries = industriesOf(r.year - 1);
    const m: Record<string, unknown> = {
      id: `13101${String(100000 + (r.pick % 900000))}000`,
      renewalYear: r.year,
      industry: industries[r.pick % industries.length]!,
      category: r.category,
      previousYearWages: r.split ? { workersCompensation: r.previous, employmentInsurance: Math.floor(r.previous / 2) } : r.asString ? String(r.previous) : r.previous,
      declaredEstimate: Math.floor(r.previous / 1000) * r.declaredPerMille,
    };
    if (r.estimatePercent !== undefined) m['estimatedWages'] = Math.floor((r.previous * r.estimatePercent) / 100);
    if (r.commissioned !== undefined) m['commissioned'] = r.commissioned;
    if (r.applyInstallments !== undefined) m['applyInstallments'] = r.applyInstallments;
    if (r.appropriation !== undefined) m['appropriation'] = r.appropriation;
    return m;
  });

/** Members the library must refuse, each one its own way (a value, a field, a hostile object). */
const invalidMember = fc.oneof(
  validMember.map((m) => ({ ...m, previousYearWages: -1 })),
  validMember.map((m) => ({ ...m, previousYearWages: '3,300,000' })),
  validMember.map((m) => ({ ...m, industry: '00' })),
  validMember.map((m) => ({ ...m, category: 'retail' })),
  validMember.map((m) => ({ ...m, renewalYear: 2010 })),
  validMember.map((m) => ({ ...m, id: undefined })),
  validMember.map((m) => ({ ...m, id: 42 })),
  fc.constantFrom<unknown>(null, 7, 'member', [], Symbol('x')),
  fc.constant(0).map(
    () =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('hostile');
          },
        },
      ),
  ),
  validMember.map((m) =>
    Object.defineProperty({ ...m }, 'declaredEstimate', {
      enumerable: true,
      get: () => {
        throw new RangeError('hostile getter');
      },
    }),
  ),
);

const members = fc.array(fc.oneof({ weight: 3, arbitrary: validMember }, { weight: 1, arbitrary: invalidMember }), { maxLength: 7 });

/** The item annualRenewal gives for one member, computed independently of renewMembers. */
function expectedItem(member: unknown, index: number): { id: string | undefined; index: number; ok: boolean; json: unknown } {
  let id: string | undefined;
  try {
    const raw = typeof member === 'object' && member !== null ? (member as { id?: unknown }).id : undefined;
    id = typeof raw === 'string' && raw.length > 0 ? raw : undefined;
  } catch {
    id = undefined;
  }
  try {
    const r = annualRenewal(member as never);
    if (id === undefined) return { id, index, ok: false, json: { class: 'InvalidInputError', code: 'INVALID_OPTION', path: 'id' } };
    return { id, index, ok: true, json: JSON.parse(JSON.stringify(r)) };
  } catch (e) {
    const err = e as InvalidInputError;
    return { id, index, ok: false, json: { class: err.constructor.name, code: err.code, message: err.message, issues: JSON.parse(JSON.stringify(err.issues ?? [])) } };
  }
}

function actualItem(item: MemberRenewal): { id: string | undefined; index: number; ok: boolean; json: unknown } {
  if (item.ok) return { id: item.id, index: item.index, ok: true, json: JSON.parse(JSON.stringify(item.renewal)) };
  const err = item.error as InvalidInputError;
  expect(err).toBeInstanceOf(LaborInsuranceError);
  if (err.code === 'INVALID_OPTION' && err.issues[0]?.path === 'id' && /has no id/.test(err.message))
    return { id: item.id, index: item.index, ok: false, json: { class: err.constructor.name, code: err.code, path: 'id' } };
  return {
    id: item.id,
    index: item.index,
    ok: false,
    json: { class: err.constructor.name, code: err.code, message: err.message, issues: JSON.parse(JSON.stringify(err.issues ?? [])) },
  };
}

async function* asAsync<T>(list: readonly T[]): AsyncGenerator<T> {
  for (const x of list) {
    await Promise.resolve();
    yield x;
  }
}

/** The totals, summed here from the single-employer results (bigint, no shared code with renewalSummary). */
function expectedTotals(list: readonly unknown[]) {
  const t = {
    members: 0,
    ok: 0,
    invalid: 0,
    finalPremium: 0n,
    declaredEstimate: 0n,
    shortfall: 0n,
    excess: 0n,
    appropriated: 0n,
    refund: 0n,
    generalContribution: 0n,
    estimatedPremium: 0n,
    totalDue: 0n,
  };
  const errors: Record<string, number> = {};
  const due = new Map<string, { members: number; amount: bigint }>();
  list.forEach((m, i) => {
    t.members++;
    const e = expectedItem(m, i);
    if (!e.ok) {
      t.invalid++;
      const code = (e.json as { code: string }).code;
      errors[code] = (errors[code] ?? 0) + 1;
      return;
    }
    t.ok++;
    const r = e.json as AnnualRenewal;
    t.finalPremium += BigInt(r.finalPremium.amount);
    t.declaredEstimate += BigInt(r.declaredEstimate);
    t.shortfall += BigInt(r.shortfall);
    t.excess += BigInt(r.excess);
    t.appropriated += BigInt(r.excess - r.appropriation.refund); // 超過額 = 充当 + 還付
    t.refund += BigInt(r.appropriation.refund);
    t.generalContribution += BigInt(r.generalContribution.amount);
    t.estimatedPremium += BigInt(r.estimatedPremium.amount);
    t.totalDue += BigInt(r.amount);
    for (const p of r.installments) {
      const k = `${p.dueDate}#${p.number}`;
      const d = due.get(k) ?? { members: 0, amount: 0n };
      d.members++;
      d.amount += BigInt(p.amount);
      due.set(k, d);
    }
  });
  return {
    ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Number(v)])),
    errors,
    dueDates: [...due.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, d]) => ({ dueDate: k.split('#')[0], number: Number(k.split('#')[1]), members: d.members, amount: Number(d.amount) })),
  };
}

describe('renewMembers: every item equals annualRenewal on the same member', () => {
  it('arrays (sync generator), valid and invalid members mixed, order and count kept', () => {
    fc.assert(
      fc.property(members, (list) => {
        const items = [...renewMembers(list as RenewalMember[])];
        expect(items.map(actualItem)).toEqual(list.map(expectedItem));
      }),
      { numRuns: 60 },
    );
  });

  it('async iterables and Node streams (async generator), same items', async () => {
    await fc.assert(
      fc.asyncProperty(members, async (list) => {
        const got: MemberRenewal[] = [];
        for await (const item of renewMembers(asAsync(list as RenewalMember[]))) got.push(item);
        expect(got.map(actualItem)).toEqual(list.map(expectedItem));
        const viaStream: MemberRenewal[] = [];
        // objectMode stream: null / non-objects cannot be pushed, so only object members here
        const objects = list.filter((m) => typeof m === 'object' && m !== null);
        for await (const item of renewMembers(Readable.from(objects) as AsyncIterable<RenewalMember>)) viaStream.push(item);
        expect(viaStream.map(actualItem)).toEqual(objects.map(expectedItem));
      }),
      { numRuns: 25 },
    );
  });

  it('the summary totals equal sums of the single-employer results', () => {
    fc.assert(
      fc.property(members, (list) => {
        const s = renewalSummary();
        for (const item of renewMembers(list as RenewalMember[])) s.add(item);
        expect(s.result()).toEqual(expectedTotals(list));
      }),
      { numRuns: 60 },
    );
  });
});

describe('renewMembers: known members', () => {
  // rules.md §5.4 Example A (the annualRenewal TSDoc example): 小売業 FY2024 wages 30,125,678, declared 520,000:
  // 確定 ⌊30,125,000 × 18.5/1000⌋ = 557,312; 不足額 37,312; 一般拠出金 ⌊30,125,000 × 0.02/1000⌋ = 602;
  // 概算 ⌊30,125,000 × 17.5/1000⌋ = 527,187; 延納 ⌊527,187 / 3⌋ = 175,729, the first 527,187 − 2 × 175,729 = 175,729;
  // 第1期 175,729 + 37,312 + 602 = 213,643, 第2期 and 第3期 175,729 (due 7/10, 10/31, 1/31: 徴収則27条・28条).
  const A = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 } as const;

  it('Example A, its 事務組合 variant and an overpaid member: amounts per due date', () => {
    const s = renewalSummary();
    const items = [
      ...renewMembers([
        { id: '13101654321000', ...A },
        { id: '13101954321000', ...A, commissioned: true },
        // overpaid: declared 600,000 − 確定 557,312 = 超過額 42,688 → 第1期 175,729 + 602 absorbs all of it (充当 both)
        { id: '13101654329000', ...A, declaredEstimate: 600_000 },
      ]),
    ];
    for (const i of items) s.add(i);
    expect(items.map((i) => (i.ok ? i.renewal.installments.map((p) => [p.dueDate, p.amount]) : i.error.code))).toEqual([
      [
        ['2025-07-10', 213_643],
        ['2025-10-31', 175_729],
        ['2026-01-31', 175_729],
      ],
      // 事務組合委託: 第2期 11/14, 第3期 2/14 (徴収則27条・28条)
      [
        ['2025-07-10', 213_643],
        ['2025-11-14', 175_729],
        ['2026-02-14', 175_729],
      ],
      // 第1期 175,729 + 0 + 602 − 42,688 = 133,643
      [
        ['2025-07-10', 133_643],
        ['2025-10-31', 175_729],
        ['2026-01-31', 175_729],
      ],
    ]);
    const r = s.result();
    expect(r).toMatchObject({
      members: 3,
      ok: 3,
      invalid: 0,
      finalPremium: 3 * 557_312,
      shortfall: 2 * 37_312,
      excess: 42_688,
      appropriated: 42_688,
      refund: 0,
      generalContribution: 3 * 602,
    });
    expect(r.dueDates).toEqual([
      { dueDate: '2025-07-10', number: 1, members: 3, amount: 213_643 * 2 + 133_643 },
      { dueDate: '2025-10-31', number: 2, members: 2, amount: 2 * 175_729 },
      { dueDate: '2025-11-14', number: 2, members: 1, amount: 175_729 },
      { dueDate: '2026-01-31', number: 3, members: 2, amount: 2 * 175_729 },
      { dueDate: '2026-02-14', number: 3, members: 1, amount: 175_729 },
    ]);
    expect(r.totalDue).toBe(r.dueDates.reduce((a, d) => a + d.amount, 0));
  });

  it('checkIds: a malformed 労働保険番号 makes its member invalid, after the input itself is checked', () => {
    const items = [
      ...renewMembers(
        [
          { id: '13-1-01-654321-000', ...A },
          { id: '99101654321000', ...A },
          { id: 'x', ...A, previousYearWages: -1 },
        ],
        { checkIds: true },
      ),
    ];
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['ok', 'INVALID_LABOR_INSURANCE_NUMBER', 'AMOUNT_NEGATIVE']);
  });

  it('never holds the members: a lazy 20,000-member generator streams through one item at a time', () => {
    // The source is lazy and the items are dropped at once; the test checks count and order, not memory
    // (bench/renewal-batch.mjs measures the heap).
    function* many() {
      for (let i = 0; i < 20_000; i++) yield { id: String(i).padStart(14, '0'), ...A, previousYearWages: 1_000_000 + i };
    }
    let n = 0;
    for (const item of renewMembers(many())) {
      expect(item.index).toBe(n++);
    }
    expect(n).toBe(20_000);
  });

  it('an error of the iterable itself ends the iteration and is thrown', () => {
    function* broken() {
      yield { id: 'a', ...A };
      throw new Error('disk');
    }
    const it = renewMembers(broken());
    expect(it.next().value).toMatchObject({ ok: true, index: 0 });
    expect(() => it.next()).toThrow('disk');
  });

  it('refuses what is not a list of members at the call, with a coded error', () => {
    for (const bad of [undefined, null, 7, 'abc', {}, { [Symbol.iterator]: 1 }]) {
      expect(() => renewMembers(bad as never), String(bad)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
    expect(() => renewMembers([], { checkIds: 'yes' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => renewMembers([], null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('renewalSummary', () => {
  it('refuses an item that is not one of renewMembers, and adds nothing then', () => {
    const s = renewalSummary();
    for (const bad of [null, {}, { ok: true }, { ok: true, renewal: { amount: -1 } }, { ok: false, error: new Error('x') }]) {
      expect(() => s.add(bad as never)).toThrow(LaborInsuranceError);
    }
    expect(s.result()).toMatchObject({ members: 0, ok: 0, invalid: 0, totalDue: 0, dueDates: [] });
  });

  it('totals beyond Number.MAX_SAFE_INTEGER: RESULT_UNSAFE_INTEGER when read, never a rounded sum', () => {
    const s = renewalSummary();
    const [item] = [...renewMembers([{ id: 'a', renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 1_000_000_000_000, declaredEstimate: 0 }])];
    // 確定 1e12 × 18.5/1000 = 18,500,000,000 per member; 500,000 adds give 9.25e15 > 2^53 − 1 ≈ 9.007e15
    for (let i = 0; i < 500_000; i++) s.add(item!);
    expect(() => s.result()).toThrow(expect.objectContaining({ code: 'RESULT_UNSAFE_INTEGER' }));
  });
});
