/**
 * Due dates as data (rates/parameters/procedures.yaml), with 口座振替.
 *
 * 口座振替納付日: 全期・第1期 9/6, 第2期 11/14, 第3期 2/14 — shiozawatoshiya.com/archives/4563.html,
 * minnano-cloud.com/column/roudouhoken-kouzafurikae (table 「口座振替による納付日」: 9月6日, 11月14日, 2月14日),
 * MHLW 「労働保険料等の口座振替納付」 (the page says the debit gives up to about two months more than the
 * 納期限: 7/10 → 9/6 is 58 days). 事務組合委託: 11/14 and 2/14 — twincities-sr.com/20181012,
 * sr-gorogoro.blogspot.com/2015/11. Ordinary 納期限 7/10, 10/31, 1/31 (徴収則27条).
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, installments } from '../../src/index.js';
import { PROCEDURES } from '../../src/rates/generated/procedures.js';

describe('口座振替 (paymentMethod: accountTransfer)', () => {
  it('FY2025, 1,000,000 yen in three: debited 2025-09-06, 2025-11-14, 2026-02-14', () => {
    const n = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, paymentMethod: 'accountTransfer' });
    // 1,000,000 ÷ 3 = 333,333 rest 1 → the remainder on the first (端数計算法3条)
    expect(n.installments.map((i) => [i.amount, i.dueDate, i.dueDateBasis])).toEqual([
      [333_334, '2025-09-06', 'accountTransfer'],
      [333_333, '2025-11-14', 'accountTransfer'],
      [333_333, '2026-02-14', 'accountTransfer'],
    ]);
    expect(n.paymentMethod).toBe('accountTransfer');
    expect(n.sources).toContain('https://shiozawatoshiya.com/archives/4563.html');
    expect(n.sources).toContain('https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/hoken/hokenryou/index.html');
  });

  it('a single 全期 payment (below 400,000 yen) is debited on 9/6', () => {
    const n = installments({ estimatedPremium: 300_000, fiscalYear: 2025, paymentMethod: 'accountTransfer' });
    expect(n.installments.map((i) => [i.amount, i.dueDate])).toEqual([[300_000, '2025-09-06']]);
  });

  it('flags a 振替納付日 on a weekend without moving it: 2026-09-06 is a Sunday, 2026-11-14 a Saturday', () => {
    const n = installments({ estimatedPremium: 900_000, fiscalYear: 2026, paymentMethod: 'accountTransfer' });
    expect(n.installments.map((i) => [i.dueDate, i.nonBusinessDay])).toEqual([
      ['2026-09-06', true],
      ['2026-11-14', true],
      ['2027-02-14', true], // a Sunday
    ]);
  });

  it('the 口座振替 debit is 58 days after the 7/10 納期限 and 14 days after 10/31 and 1/31 (minnano-cloud: ゆとり日数 58/14/14)', () => {
    const slip = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025 }).installments.map((i) => Date.parse(i.dueDate));
    const transfer = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, paymentMethod: 'accountTransfer' }).installments.map((i) => Date.parse(i.dueDate));
    expect(transfer.map((t, i) => (t - slip[i]!) / 86_400_000)).toEqual([58, 14, 14]);
  });

  it('a business established during the year pays the first instalment within 50 days, the next by transfer', () => {
    // 成立 2025-06-15 → 翌日起算 50 日 = 2025-08-04; 2 instalments; the 2nd debited 2026-02-14 (第3期)
    const n = installments({ estimatedPremium: 525_000, fiscalYear: 2025, establishedOn: '2025-06-15', paymentMethod: 'accountTransfer' });
    expect(n.installments.map((i) => [i.dueDate, i.dueDateBasis])).toEqual([
      ['2025-08-04', 'statutory'],
      ['2026-02-14', 'accountTransfer'],
    ]);
  });

  it('is refused together with 事務組合委託, and an unknown method is a typed error', () => {
    expect(() => installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, commissioned: true, paymentMethod: 'accountTransfer' })).toThrow(InvalidInputError);
    expect(() => installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, paymentMethod: 'cash' as never })).toThrow(InvalidInputError);
  });
});

describe('事務組合委託 and ordinary 納期限 as data', () => {
  it('事務組合: 7/10, 11/14, 2/14, confirmed by two sources; no 9/14 or 12/14 alternative is left', () => {
    const n = installments({ estimatedPremium: 150_000, fiscalYear: 2025, commissioned: true });
    expect(n.installments.map((i) => i.dueDate)).toEqual(['2025-07-10', '2025-11-14', '2026-02-14']);
    expect(PROCEDURES.installments.commissionedDueDates).toMatchObject({ second: '11-14', third: '02-14', status: 'confirmed' });
    expect(JSON.stringify(PROCEDURES)).not.toMatch(/09-14|12-14|conflicting/);
    expect(n.sources).toEqual(expect.arrayContaining(['https://twincities-sr.com/20181012', 'https://sr-gorogoro.blogspot.com/2015/11']));
  });

  it('default 納付書: 7/10, 10/31, 1/31', () => {
    const n = installments({ estimatedPremium: 1_000_000, fiscalYear: 2025, paymentMethod: 'paymentSlip' });
    expect(n.installments.map((i) => [i.dueDate, i.dueDateBasis])).toEqual([
      ['2025-07-10', 'statutory'],
      ['2025-10-31', 'statutory'],
      ['2026-01-31', 'statutory'],
    ]);
  });
});
