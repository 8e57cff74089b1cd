import { describe, expect, it } from 'vitest';
import { classifyPayItems, wageWithItems, type PayItemClass } from '../../src/ledger/payItems.js';

// A test double standing in for the classifier (src/pay-items): three fixed answers, nothing more.
const answers: Record<string, PayItemClass> = {
  基本給: { wage: true, reason: 'r1', legalBasis: ['L1'] },
  出張旅費: { wage: false, reason: 'r2', legalBasis: ['L2'] },
  見舞金: { wage: 'depends', reason: 'r3', legalBasis: ['L3'] },
};
const classify = (name: string): PayItemClass => answers[name]!;

describe('classifyPayItems (the ledger side of the pay-item classification)', () => {
  it('counts 賃金, leaves out the rest, takes the decision on a depends item', () => {
    const items = classifyPayItems(
      [
        { name: '基本給', amount: 250_000 },
        { name: '出張旅費', amount: 12_000 },
        { name: '見舞金', amount: 5_000, wage: false },
        { name: '見舞金', amount: 7_000, wage: true },
      ],
      'p',
      classify,
    );
    expect(items.map((i) => [i.name, i.wage, i.decided])).toEqual([
      ['基本給', true, false],
      ['出張旅費', false, false],
      ['見舞金', false, true],
      ['見舞金', true, true],
    ]);
    // wages: 250,000 + 7,000 = 257,000; with a gross wage of 1,000 besides: 258,000
    expect([wageWithItems(undefined, items), wageWithItems(1_000n, items)]).toEqual([257_000n, 258_000n]);
  });
  it.each([
    ['a depends item without a decision', [{ name: '見舞金', amount: 1 }], 'p[0].wage'],
    ['a decision against a definite answer', [{ name: '出張旅費', amount: 1, wage: true }], 'p[0].wage'],
    ['no array', 'x', 'p'],
    ['an empty name', [{ name: '', amount: 1 }], 'p[0].name'],
  ])('%s → INVALID_OPTION', (_, value, field) => {
    expect(() => classifyPayItems(value, 'p', classify)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION', details: expect.objectContaining({ field }) }));
  });
  it('a bad amount is an AMOUNT_* error', () => {
    expect(() => classifyPayItems([{ name: '基本給', amount: -1 }], 'p', classify)).toThrowError(expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }));
  });
});
