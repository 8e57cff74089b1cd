import { describe, expect, it } from 'vitest';
import { annualRenewal, classifyPayItem, wageLedger } from '../../src/index.js';
import { catalogueClass, classifyPayItems, wageWithItems } from '../../src/ledger/payItems.js';

// The classification itself is classifyPayItem's (src/payItems, tested in test/pay-items with its sources); these
// tests check what the ledger does with its three answers. Each item's answer is asserted first, from the catalogue.
describe('pay items in the ledger: 賃金 counted, not 賃金 left out and listed, depends → the caller decides', () => {
  it('the catalogue answers used below', () => {
    expect(['基本給', '通勤手当', '出張旅費', '解雇予告手当', '食事', '謎手当'].map((n) => classifyPayItem(n).wage)).toEqual([true, true, false, false, 'depends', 'depends']);
  });

  it('one payment of 基本給 250,000 + 通勤手当 15,000 + 出張旅費 12,000 + 解雇予告手当 300,000', () => {
    const l = wageLedger({
      fiscalYear: 2025,
      records: [
        {
          workerId: 'A',
          closingDate: '2025-04-25',
          payItems: [
            { name: '基本給', amount: 250_000 },
            { name: '通勤手当', amount: 15_000 },
            { name: '出張旅費', amount: 12_000 },
            { name: '解雇予告手当', amount: 300_000 },
          ],
        },
      ],
    });
    // wages: 250,000 + 15,000 = 265,000; 出張旅費 (実費弁償) and 解雇予告手当 (労基法20条) are left out
    expect(l.totals.workersCompensation).toBe(265_000);
    expect(l.payItems.excluded.map((i) => [i.index, i.name, i.amount, i.wage])).toEqual([
      [0, '出張旅費', 12_000, false],
      [0, '解雇予告手当', 300_000, false],
    ]);
    expect(l.payItems.decided).toEqual([]);
    expect(l.legalBasis).toEqual(expect.arrayContaining(['徴収法 2条2項', '労基法 20条']));
    expect(l.status).toBe('single-source'); // the catalogue's figures are single-source
  });

  it('a depends item without a decision is refused (INVALID_OPTION, the item’s path); with one it is listed', () => {
    const rec = (wage?: boolean) => ({ workerId: 'A', closingDate: '2025-05-25', payItems: [{ name: '食事', amount: 8_000, ...(wage === undefined ? {} : { wage }) }] });
    expect(() => wageLedger({ fiscalYear: 2025, records: [rec()] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION', details: expect.objectContaining({ field: 'records[0].payItems[0].wage' }) }),
    );
    const yes = wageLedger({ fiscalYear: 2025, records: [rec(true)] });
    expect([yes.totals.workersCompensation, yes.payItems.decided.map((i) => [i.name, i.wage])]).toEqual([8_000, [['食事', true]]]);
    const no = wageLedger({ fiscalYear: 2025, records: [rec(false)] });
    expect([no.totals.workersCompensation, no.payItems.decided.length, no.payItems.excluded.length]).toEqual([0, 1, 0]);
    // an unknown item is 'depends' too: a decision makes it count
    expect(
      wageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-05-25', payItems: [{ name: '謎手当', amount: 1_000, wage: true }] }] }).totals
        .workersCompensation,
    ).toBe(1_000);
  });

  it('a decision against the catalogue is refused; items besides a gross wage are added to it', () => {
    expect(() => wageLedger({ fiscalYear: 2025, records: [{ workerId: 'A', closingDate: '2025-05-25', payItems: [{ name: '出張旅費', amount: 1, wage: true }] }] })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    // wage 200,000 + 通勤手当 10,000 (出張旅費 5,000 left out) = 210,000
    const l = wageLedger({
      fiscalYear: 2025,
      records: [
        {
          workerId: 'A',
          closingDate: '2025-05-25',
          wage: 200_000,
          payItems: [
            { name: '通勤手当', amount: 10_000 },
            { name: '出張旅費', amount: 5_000 },
          ],
        },
      ],
    });
    expect(l.totals.workersCompensation).toBe(210_000);
  });

  it('pay items flow into annualRenewal through previousYearPayroll', () => {
    // FY2024 12 × (基本給 250,000 + 出張旅費 20,000): 労災 = 雇用 = 3,000,000; 確定 3,000,000 × (3 + 15.5)/1000 = 55,500
    const records = Array.from({ length: 12 }, (_, i) => {
      const m = ((i + 3) % 12) + 1;
      return {
        workerId: 'A',
        closingDate: `${m >= 4 ? 2024 : 2025}-${String(m).padStart(2, '0')}-25`,
        payItems: [
          { name: '基本給', amount: 250_000 },
          { name: '出張旅費', amount: 20_000 },
        ],
      };
    });
    const r = annualRenewal({ renewalYear: 2025, industry: '98', category: 'general', declaredEstimate: 0, previousYearPayroll: records });
    expect(r.finalPremium.amount).toBe(55_500);
    expect(r.ledger!.payItems.excluded.length).toBe(12);
  });

  it('unit: classifyPayItems on the catalogue, and the sum', () => {
    const items = classifyPayItems(
      [
        { name: '基本給', amount: 250_000 },
        { name: '食事', amount: 7_000, wage: true },
      ],
      'p',
      catalogueClass,
    );
    expect(items.map((i) => [i.wage, i.decided])).toEqual([
      [true, false],
      [true, true],
    ]);
    // 250,000 + 7,000 = 257,000; besides a wage of 1,000: 258,000
    expect([wageWithItems(undefined, items), wageWithItems(1_000n, items)]).toEqual([257_000n, 258_000n]);
  });
  it.each([
    ['no array', 'x', 'p'],
    ['an empty name', [{ name: '', amount: 1 }], 'p[0].name'],
    ['a non-boolean decision', [{ name: '食事', amount: 1, wage: 'yes' }], 'p[0].wage'],
  ])('unit: %s → INVALID_OPTION', (_, value, field) => {
    expect(() => classifyPayItems(value, 'p', catalogueClass)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION', details: expect.objectContaining({ field }) }));
  });
  it('unit: a bad amount is an AMOUNT_* error', () => {
    expect(() => classifyPayItems([{ name: '基本給', amount: -1 }], 'p', catalogueClass)).toThrowError(expect.objectContaining({ code: 'AMOUNT_NEGATIVE' }));
  });
});
