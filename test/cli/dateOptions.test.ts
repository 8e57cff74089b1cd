/**
 * Every date option of the subcommands takes the date forms `audit` takes (src/cli/normalize.ts):
 * 西暦 and 和暦, 全角 digits, with the era boundaries of 元号を改める政令 (平成31年政令第143号): 平成 ended
 * 2019-04-30, 令和 began 2019-05-01. Expected amounts are hand computations with the worker rate in
 * force on the date (一般の事業: 3‰ FY2018–FY2021 first half, 6‰ FY2023–FY2024, 5.5‰ FY2025; MHLW
 * 雇用保険料率のご案内 of each year).
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/run.js';
import { cli } from './inMemoryCli.js';

const deduction = async (date: string) => {
  const r = await cli(['deduction', '--wage', '200000', '--category', 'general', '--closing-date', date, '--json']);
  return r.code === 0 ? (JSON.parse(r.stdout) as { amount: number; fiscalYear: number }) : r;
};

describe('deduction --closing-date', () => {
  it('西暦, 和暦 and 全角 forms of 2025-04-20: 200,000 × 5.5/1000 = 1,100 (FY2025)', async () => {
    for (const date of [
      '2025-04-20',
      '2025/4/20',
      '2025/04/20',
      '2025年4月20日',
      '令和7年4月20日',
      'R7.4.20',
      'R7/4/20',
      'r7.4.20',
      '令和７年４月２０日',
      '２０２５／４／２０',
      '２０２５－０４－２０',
    ]) {
      expect([date, await deduction(date)]).toEqual([date, expect.objectContaining({ amount: 1_100, fiscalYear: 2025 })]);
    }
  });

  it('the era change: 平成31年4月30日 and 令和元年5月1日 are FY2019 (200,000 × 3/1000 = 600)', async () => {
    for (const date of ['平成31年4月30日', 'H31.4.30', '令和元年5月1日', 'R1.5.1', '令和1年5月1日', '平成30年4月20日']) {
      expect([date, await deduction(date)]).toEqual([date, expect.objectContaining({ amount: 600 })]);
    }
    // 令和6年2月29日 = 2024-02-29 (a leap day), FY2023: 200,000 × 6/1000 = 1,200
    expect(await deduction('令和6年2月29日')).toEqual(expect.objectContaining({ amount: 1_200, fiscalYear: 2023 }));
  });

  it('an impossible date is a usage error INVALID_DATE naming the option, never guessed', async () => {
    for (const date of ['平成31年5月1日', 'H31.5.1', '令和元年4月30日', 'R1.4.30', '令和0年5月1日', 'R7.2.29', '2025/2/30', '2025年13月1日', '令和7年4月31日']) {
      const r = await cli(['deduction', '--wage', '200000', '--category', 'general', '--closing-date', date]);
      expect([date, r.code, r.stdout]).toEqual([date, 2, '']);
      expect([date, r.stderr]).toEqual([date, expect.stringMatching(/^error \[INVALID_DATE\]: --closing-date: '/)]);
    }
    // text the normaliser does not recognise goes to the library, which refuses it with the same code
    for (const date of ['20250420', '2025-4-20x', 'April 20', '令和']) {
      const r = await cli(['deduction', '--wage', '200000', '--category', 'general', '--closing-date', date]);
      expect([date, r.code, r.stderr]).toEqual([date, 2, expect.stringMatching(/^error \[INVALID_DATE\]: /)]);
    }
  });
});

describe('care --month', () => {
  // 常時介護 上限額: 177,950 until 2025-07, 186,050 from 2025-08-01 (令和7年8月改定); an expense of 200,000 is capped.
  const care = async (month: string) => {
    const r = await cli(['care', '--month', month, '--level', 'constant', '--expense', '200000', '--json']);
    return r.code === 0 ? (JSON.parse(r.stdout) as { amount: number; month: string }) : r;
  };

  it('a month in any date form, with or without its day', async () => {
    for (const month of ['2025-07', '2025/7', '2025-7', '2025年7月', '令和7年7月', 'R7.7', 'R7/7', '令和７年７月', '2025-07-31', '令和7年7月31日', 'R7.7.1']) {
      expect([month, await care(month)]).toEqual([month, expect.objectContaining({ amount: 177_950, month: '2025-07-01' })]);
    }
    for (const month of ['2025-08', '2025年8月', 'R7.8', 'R7.8.31'])
      expect([month, await care(month)]).toEqual([month, expect.objectContaining({ amount: 186_050, month: '2025-08-01' })]);
  });

  it('an impossible month or day is INVALID_DATE', async () => {
    for (const month of ['R1.4', '令和元年4月', '平成31年5月', '2025年13月', 'R7.9.31']) {
      const r = await cli(['care', '--month', month, '--level', 'constant', '--expense', '1']);
      expect([month, r.code, r.stderr]).toEqual([month, 2, expect.stringMatching(/^error \[INVALID_DATE\]: --month: '/)]);
    }
  });
});

describe('every subcommand', () => {
  it('its date options are the ones tested here (a new date option must be added above)', () => {
    const dated = Object.entries(COMMANDS).flatMap(([name, c]) =>
      Object.entries(c.options)
        .filter(([o, spec]) => spec.type === 'string' && /date|month|^on$|day/i.test(o))
        .map(([o]) => `${name} --${o}`),
    );
    expect(dated).toEqual(['deduction --closing-date', 'care --month']);
  });

  it('the help of each dated command and the main help list the forms', async () => {
    for (const args of [['deduction', '--help'], ['care', '--help'], ['help']]) expect((await cli(args)).stdout).toContain('令和7年4月20日, R7.4.20, R7/4/20');
  });
});
