// parseLaborInsuranceNumber: the layout 府県 2 · 所掌 1 · 管轄 2 · 基幹番号 6 · 枝番号 3 (14 digits), 所掌 1 = 労働基準監督署,
// 3 = 公共職業安定所, 府県 = the 都道府県 code (13 東京, 27 大阪, 28 兵庫, 47 沖縄), as described by
// https://faq.shalf-asp.jp/--693ea3b608d74299edff7846 and https://shibahara-office.com/columns/roudouhoken; the
// names of the 47 codes are JIS X 0401's. Property: any 14 digits with a valid 府県 and 所掌 parse back to their parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseLaborInsuranceNumber } from '../../src/index.js';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('parseLaborInsuranceNumber', () => {
  it('names the parts of a 14-digit number (Tokyo, 監督署 所掌)', () => {
    expect(parseLaborInsuranceNumber('13101654321000')).toEqual({
      number: '13101654321000',
      formatted: '13-1-01-654321-000',
      prefecture: { code: '13', name: '東京都' },
      administration: { code: '1', name: '労働基準監督署' },
      office: '01',
      baseNumber: '654321',
      branchNumber: '000',
      commissioned: false,
      lumpSumFixedTerm: true,
      businessKind: { digit: '1', kind: 'unified', name: '一元適用事業' },
      meaningStatus: 'single-source',
      sources: expect.arrayContaining(['https://shibahara-office.com/columns/roudouhoken', 'https://blog.sr-clover.or.jp/14610']),
    });
  });

  // The digit meanings as the practitioner pages describe them (shibahara-office.com, blog.sr-clover.or.jp,
  // hu-star.com agree): 基幹番号 first digit 9 = 事務組合委託, 6 = 一括有期事業; last digit 0/1 一元適用, 2/3 二元適用の雇用,
  // 4 林業等の労災, 5 建設業等の労災, 6 事務所の労災, 8 一人親方等の特別加入.
  it('reads 事務組合委託, 一括有期 and the 事業区分 from the 基幹番号', () => {
    const n = (base: string) => parseLaborInsuranceNumber(`13101${base}000`);
    expect([n('912340').commissioned, n('512340').commissioned, n('012349').commissioned]).toEqual([true, false, false]);
    expect([n('612345').lumpSumFixedTerm, n('912345').lumpSumFixedTerm]).toEqual([true, false]);
    const kinds = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => n(`12345${d}`).businessKind.kind);
    expect(kinds).toEqual([
      'unified',
      'unified',
      'dualEmploymentInsurance',
      'dualEmploymentInsurance',
      'dualWorkersCompensationForestry',
      'dualWorkersCompensationConstruction',
      'dualWorkersCompensationOffice',
      'unknown',
      'specialEnrollment',
      'unknown',
    ]);
  });

  it('府県 names at known codes and 所掌 3', () => {
    const name = (p: string) => parseLaborInsuranceNumber(`${p}301123450000`).prefecture.name;
    expect([name('01'), name('13'), name('17'), name('27'), name('28'), name('47')]).toEqual(['北海道', '東京都', '石川県', '大阪府', '兵庫県', '沖縄県']);
    expect(parseLaborInsuranceNumber('28301123452000').administration).toEqual({ code: '3', name: '公共職業安定所' });
  });

  it('accepts one hyphen or space at part boundaries, nothing else', () => {
    for (const s of ['13-1-01-654321-000', '13101-654321-000', '13 1 01 654321 000', '13101654321-000']) expect(parseLaborInsuranceNumber(s).number).toBe('13101654321000');
    for (const s of [
      '1310165432100',
      '131016543210000',
      '13-10-1654321000',
      '13--1-01-654321-000',
      '１３１０１６５４３２１０００',
      ' 13101654321000',
      '13101654321000\n',
      '13_1_01_654321_000',
    ])
      expect(() => parseLaborInsuranceNumber(s), s).toThrow(expect.objectContaining({ code: 'INVALID_LABOR_INSURANCE_NUMBER' }));
  });

  it('says which part is wrong', () => {
    const issuesOf = (s: string) => {
      try {
        parseLaborInsuranceNumber(s, { field: 'id' });
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        return (e as InvalidInputError).issues.map((i) => [i.path, i.code]);
      }
      return [];
    };
    expect(issuesOf('00101654321000')).toEqual([['id.prefecture', 'INVALID_LABOR_INSURANCE_NUMBER']]);
    expect(issuesOf('48101654321000')).toEqual([['id.prefecture', 'INVALID_LABOR_INSURANCE_NUMBER']]);
    expect(issuesOf('13201654321000')).toEqual([['id.administration', 'INVALID_LABOR_INSURANCE_NUMBER']]);
    expect(issuesOf('1310165432100x')).toEqual([['id', 'INVALID_LABOR_INSURANCE_NUMBER']]);
    expect(issuesOf(13101654321000 as never)).toEqual([['id', 'INVALID_LABOR_INSURANCE_NUMBER']]);
  });

  it('property: valid parts round-trip; any other 府県 or 所掌 is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), digits(1), digits(2), digits(6), digits(3), fc.constantFrom('', '-', ' '), (p, a, o, b, r, sep) => {
        const pref = String(p).padStart(2, '0');
        const s = [pref, a, o, b, r].join(sep);
        const valid = p >= 1 && p <= 47 && (a === '1' || a === '3');
        if (!valid) {
          expect(() => parseLaborInsuranceNumber(s)).toThrow(expect.objectContaining({ code: 'INVALID_LABOR_INSURANCE_NUMBER' }));
          return;
        }
        const n = parseLaborInsuranceNumber(s);
        expect([n.prefecture.code, n.administration.code, n.office, n.baseNumber, n.branchNumber]).toEqual([pref, a, o, b, r]);
        expect(n.number).toBe(`${pref}${a}${o}${b}${r}`);
      }),
    );
  });

  it('bad options: INVALID_OPTION', () => {
    expect(() => parseLaborInsuranceNumber('13101654321000', null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => parseLaborInsuranceNumber('13101654321000', { field: 3 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});
