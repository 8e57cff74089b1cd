// The cell normalisers of the CLI. Expected values are read off the calendar and the era boundaries
// (元号法; 平成 ended 2019-04-30 and 令和 began 2019-05-01: 元号を改める政令 平成31年政令第143号).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeDateCell, normalizeYenCell } from '../../src/cli/normalize.js';

describe('normalizeYenCell', () => {
  it('removes thousands separators in 3-digit groups and 全角 digits', () => {
    expect(normalizeYenCell('200,000')).toEqual({ ok: true, value: '200000', changed: true });
    expect(normalizeYenCell('１，１００')).toEqual({ ok: true, value: '1100', changed: true });
    expect(normalizeYenCell('２００００')).toEqual({ ok: true, value: '20000', changed: true });
    expect(normalizeYenCell('￥3,300,000')).toEqual({ ok: true, value: '3300000', changed: true });
    expect(normalizeYenCell('1,100円')).toEqual({ ok: true, value: '1100', changed: true });
    expect(normalizeYenCell('1100')).toEqual({ ok: true, value: '1100', changed: false });
  });
  it('refuses separators out of place (ambiguous)', () => {
    for (const s of ['20,00', '1,0000', ',100', '100,', '1,100.5']) expect(normalizeYenCell(s)).toMatchObject({ ok: false, code: 'AMOUNT_MALFORMED' });
  });
  it('leaves other text to the strict parser', () => {
    for (const s of ['', '-1', '1e5', '1100.0', 'abc']) expect(normalizeYenCell(s)).toEqual({ ok: true, value: s, changed: false });
  });
  it('property: any safe integer formatted with separators comes back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const r = normalizeYenCell(n.toLocaleString('en-US'));
        expect(r).toMatchObject({ ok: true, value: String(n) });
      }),
    );
  });
});

describe('normalizeDateCell', () => {
  it('西暦 forms', () => {
    expect(normalizeDateCell('2025-04-20')).toEqual({ ok: true, value: '2025-04-20', changed: false });
    expect(normalizeDateCell('2025/4/20')).toEqual({ ok: true, value: '2025-04-20', changed: true });
    expect(normalizeDateCell('2025年4月20日')).toEqual({ ok: true, value: '2025-04-20', changed: true });
    expect(normalizeDateCell('２０２５／４／２０')).toEqual({ ok: true, value: '2025-04-20', changed: true });
  });
  it('和暦: 令和7年 = 2018 + 7 = 2025, 平成30年 = 1988 + 30 = 2018', () => {
    expect(normalizeDateCell('令和7年4月20日')).toMatchObject({ value: '2025-04-20' });
    expect(normalizeDateCell('R7.4.20')).toMatchObject({ value: '2025-04-20' });
    expect(normalizeDateCell('R7/4/20')).toMatchObject({ value: '2025-04-20' });
    expect(normalizeDateCell('r07.04.20')).toMatchObject({ value: '2025-04-20' });
    expect(normalizeDateCell('令和元年5月1日')).toMatchObject({ value: '2019-05-01' });
    expect(normalizeDateCell('令和７年１２月２５日')).toMatchObject({ value: '2025-12-25' });
    expect(normalizeDateCell('平成30年3月31日')).toMatchObject({ value: '2018-03-31' });
    expect(normalizeDateCell('H31.4.30')).toMatchObject({ value: '2019-04-30' });
  });
  it('era boundaries are not guessed', () => {
    for (const s of ['平成31年5月1日', 'H31.5.20', '令和元年4月30日', 'R1.4.1', '令和0年5月1日', '令和7年2月29日', '2025/2/30', '2025年13月1日']) {
      expect(normalizeDateCell(s)).toMatchObject({ ok: false, code: 'INVALID_DATE' });
    }
  });
  it('leaves other text unchanged', () => {
    for (const s of ['', '20250420', '4/20/2025', '20/4/2025']) expect(normalizeDateCell(s)).toEqual({ ok: true, value: s, changed: false });
  });
});
