// 充当 (徴収法19条6項) as a pure function: properties that hold for any 超過額, choice, order and capacities.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appropriate, APPROPRIATIONS, APPROPRIATION_TARGETS, type AppropriationTarget } from '../../src/renewal/appropriation.js';

const yen = fc.bigInt({ min: 0n, max: 10n ** 12n });
const order = fc.shuffledSubarray([...APPROPRIATION_TARGETS], { minLength: 1 });
const capacity = fc.record({ installment1: yen, generalContribution: yen, installment2: yen, installment3: yen }, { requiredKeys: [] }) as fc.Arbitrary<
  Partial<Record<AppropriationTarget, bigint>>
>;
const allowed = (choice: string, t: AppropriationTarget) =>
  choice === 'both' || (choice === 'premium' && t !== 'generalContribution') || (choice === 'generalContribution' && t === 'generalContribution');

describe('appropriate (充当) — properties', () => {
  it('conservation: toPremium + toGeneralContribution + refund = excess; nothing negative; no target over its capacity', () => {
    fc.assert(
      fc.property(yen, fc.constantFrom(...APPROPRIATIONS), order, capacity, (excess, choice, o, cap) => {
        const a = appropriate(excess, choice, o, cap);
        expect(a.toPremium + a.toGeneralContribution + a.refund).toBe(excess);
        expect(a.toPremium >= 0n && a.toGeneralContribution >= 0n && a.refund >= 0n).toBe(true);
        const sum = a.applied.reduce((s, x) => s + x.amount, 0n);
        expect(sum).toBe(excess - a.refund);
        for (const x of a.applied) {
          expect(x.amount > 0n).toBe(true);
          expect(x.amount <= (cap[x.target] ?? 0n)).toBe(true);
          expect(allowed(choice, x.target)).toBe(true);
        }
        expect(a.toGeneralContribution).toBe(a.applied.find((x) => x.target === 'generalContribution')?.amount ?? 0n);
      }),
      { numRuns: 2000 },
    );
  });
  it('order respected: a target receives only when every allowed target before it is full; a refund only when all are full', () => {
    fc.assert(
      fc.property(yen, fc.constantFrom(...APPROPRIATIONS), order, capacity, (excess, choice, o, cap) => {
        const a = appropriate(excess, choice, o, cap);
        const got = new Map(a.applied.map((x) => [x.target, x.amount]));
        // applied in the order given
        expect(a.applied.map((x) => x.target)).toEqual(o.filter((t) => got.has(t)));
        o.forEach((t, i) => {
          if (!got.has(t)) return;
          for (const before of o.slice(0, i)) if (allowed(choice, before)) expect(got.get(before) ?? 0n).toBe(cap[before] ?? 0n);
        });
        if (a.refund > 0n) for (const t of o) if (allowed(choice, t)) expect(got.get(t) ?? 0n).toBe(cap[t] ?? 0n);
      }),
      { numRuns: 2000 },
    );
  });
  it("choice: 'refund' refunds everything; 'premium' never touches the 一般拠出金; 'generalContribution' only it", () => {
    fc.assert(
      fc.property(yen, order, capacity, (excess, o, cap) => {
        expect(appropriate(excess, 'refund', o, cap).refund).toBe(excess);
        expect(appropriate(excess, 'premium', o, cap).toGeneralContribution).toBe(0n);
        expect(appropriate(excess, 'generalContribution', o, cap).toPremium).toBe(0n);
      }),
    );
  });
  it('Example A declared 800,000: 超過 800,000 − 557,312 = 242,688 = 175,729 (第1期) + 602 (一般拠出金) + 66,357 (第2期)', () => {
    // 242,688 − 175,729 − 602 = 66,357; to the premium 175,729 + 66,357 = 242,086
    const a = appropriate(242_688n, 'both', APPROPRIATION_TARGETS, { installment1: 175_729n, generalContribution: 602n, installment2: 175_729n, installment3: 175_729n });
    expect(a.applied).toEqual([
      { target: 'installment1', amount: 175_729n },
      { target: 'generalContribution', amount: 602n },
      { target: 'installment2', amount: 66_357n },
    ]);
    expect([a.toPremium, a.toGeneralContribution, a.refund]).toEqual([242_086n, 602n, 0n]);
  });
});
