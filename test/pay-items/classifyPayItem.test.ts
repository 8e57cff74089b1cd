/**
 * 賃金とするもの・しないもの. The expected classifications are read from the sources the catalogue cites:
 * mykomon_wage (the MHLW table 「賃金総額に算入するもの / 算入しないもの」 as republished), rousapo_wage (前払退職金,
 * 皆勤手当, 有給休暇の給与), 労基法 20条・26条・76条 and 徴収法 2条2項 (事業主が労働者に支払うもの) — not from the code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPayItem, explain, type InvalidInputError } from '../../src/index.js';
import { PAY_ITEMS } from '../../src/payItems/payItemCatalogue.js';
import { payItemKey } from '../../src/payItems/classifyPayItem.js';

describe('the MHLW table (mykomon_wage)', () => {
  // 「賃金総額に算入するもの」 column.
  it.each([
    '基本給',
    '超過勤務手当',
    '深夜手当',
    '休日手当',
    '扶養手当',
    '子供手当',
    '家族手当',
    '宿直手当',
    '日直手当',
    '役職手当',
    '管理職手当',
    '地域手当',
    '教育手当',
    '住居手当',
    '別居手当',
    '技能手当',
    '特殊作業手当',
    '奨励手当',
    '物価手当',
    '調整手当',
    '賞与',
    '通勤手当',
    '定期券',
    '回数券',
    '昇給差額',
    '休業手当',
  ])('%s is a wage', (name) => {
    const r = classifyPayItem(name);
    expect([r.known, r.wage]).toEqual([true, true]);
  });
  // 「賃金総額に算入しないもの」 column.
  it.each([
    '休業補償費',
    '退職金',
    '結婚祝金',
    '死亡弔慰金',
    '災害見舞金',
    '増資記念品代',
    '私傷病見舞金',
    '解雇予告手当',
    '年功慰労金',
    '出張旅費',
    '宿泊費',
    '制服',
    '財形奨励金',
  ])('%s is not a wage', (name) => {
    const r = classifyPayItem(name);
    expect([r.known, r.wage]).toEqual([true, false]);
  });
  // Items the table qualifies (恩恵的でなく相当多数に支給 / 奉仕料の配分 / 均衡手当の有無 / 権利として保障).
  it.each(['創立記念日等の祝金', 'チップ', '住居の利益', '私傷病手当', '食事', '現物給与'])('%s depends on facts', (name) => {
    expect(classifyPayItem(name).wage).toBe('depends');
  });
});

describe('the items named by issue 12', () => {
  it('休業手当 (労基法26条) is a wage; 休業補償費 (労基法76条) and 解雇予告手当 (労基法20条) are not', () => {
    expect(classifyPayItem('休業手当').legalBasis).toContain('労基法 26条');
    expect(classifyPayItem('休業補償費').legalBasis).toContain('労基法 76条');
    expect(classifyPayItem('解雇予告手当').legalBasis).toContain('労基法 20条');
  });
  it('前払退職金, 皆勤手当 and 年次有給休暇の賃金 are wages (rousapo_wage); 退職金 is not', () => {
    expect(classifyPayItem('前払い退職金').wage).toBe(true);
    expect(classifyPayItem('皆勤手当').wage).toBe(true);
    expect(classifyPayItem('有給休暇の賃金').wage).toBe(true);
    expect(classifyPayItem('退職手当').wage).toBe(false);
  });
  it('傷病手当金 and 脱退一時金 are not paid by the employer (徴収法2条2項): not wages', () => {
    expect(classifyPayItem('傷病手当金').wage).toBe(false);
    expect(classifyPayItem('脱退一時金').wage).toBe(false);
  });
  it('社会保険適用促進手当 is left out (no source on 労働保険 found): known false, never a guess', () => {
    const r = classifyPayItem('社会保険適用促進手当');
    expect([r.known, r.wage, r.code]).toEqual([false, 'depends', null]);
    expect(r.reason.ja).toContain('徴収法2条2項');
  });
});

describe('lookup', () => {
  it('finds codes, readings and aliases, across 全角/半角, spaces and カタカナ/ひらがな', () => {
    for (const n of [
      '残業手当',
      '残業代',
      '時間外勤務手当',
      'overtimePay',
      'OVERTIMEPAY',
      'ｏｖｅｒｔｉｍｅＰａｙ',
      ' 時間外 手当 ',
      '時間外\u3000手当',
      'じかんがいてあて',
      'ジカンガイテアテ',
      'ｼﾞｶﾝｶﾞｲﾃｱﾃ',
      'ざんぎょうてあて',
    ])
      expect(classifyPayItem(n).code, n).toBe('overtimePay');
    expect(classifyPayItem('ボーナス').code).toBe('bonus');
    expect(classifyPayItem('ﾎﾞｰﾅｽ').code).toBe('bonus');
    expect(classifyPayItem('出張・宿泊費').code).toBe('travelExpenses'); // 中黒 dropped: the alias 出張宿泊費
    expect(classifyPayItem('通勤手当等').known).toBe(false); // no partial matching
  });
  it('no two items share a lookup key, and every item cites a source', () => {
    const seen = new Map<string, string>();
    for (const item of PAY_ITEMS) {
      expect(item.sources.length, item.code).toBeGreaterThan(0);
      for (const n of new Set([item.code, item.name, item.reading, ...item.aliases].map(payItemKey))) {
        expect(seen.get(n), `${n} in ${item.code}`).toBeUndefined();
        seen.set(n, item.code);
      }
    }
  });
  it('refuses non-strings and blank names with INVALID_OPTION', () => {
    for (const v of [undefined, null, 1, {}, '', '   ', 'x'.repeat(201)]) {
      let code: string | undefined;
      try {
        classifyPayItem(v as string);
      } catch (e) {
        code = (e as InvalidInputError).code;
      }
      expect(code, String(v)).toBe('INVALID_OPTION');
    }
  });
  it('has the contract fields and an explainable trace', () => {
    const r = classifyPayItem('通勤手当');
    expect(explain(r as never, { lang: 'ja' })).toContain('通勤手当: 賃金 true');
    expect(r.sources[0]).toMatch(/^https:\/\//);
    expect(r.status).toBe('single-source');
  });
});

describe('properties', () => {
  const names = fc.constantFrom(...PAY_ITEMS.flatMap((i) => [i.name, ...i.aliases]));
  it('inserting spaces or writing ASCII in 全角 never changes the item found', () => {
    fc.assert(
      fc.property(names, fc.array(fc.nat(), { maxLength: 3 }), (name, at) => {
        let spaced = name;
        for (const i of at) spaced = `${spaced.slice(0, i % (spaced.length + 1))} ${spaced.slice(i % (spaced.length + 1))}`;
        const wide = spaced.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        return classifyPayItem(wide).code === classifyPayItem(name).code && classifyPayItem(name).known;
      }),
    );
  });
  it('the key is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => payItemKey(payItemKey(s)) === payItemKey(s)));
  });
});
