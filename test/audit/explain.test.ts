import { describe, expect, it } from 'vitest';
import { traceStep, prefixSteps, type TextStep } from '../../src/core/trace.js';
import { employerShare, explain, InvalidInputError, RULES } from '../../src/index.js';
import type { Rule, RuleId } from '../../src/rules/index.js';
import { placeholders } from '../../src/rules/render.js';

/** A text step as a tool that writes its own texts builds it (explain renders it beside structured steps). */
function step(id: string, value: string | number | bigint, ja: string, en: string, law?: string): TextStep {
  return law === undefined ? { step: id, ja, en, value: String(value) } : { step: id, ja, en, value: String(value), law };
}

describe('explain — structured steps', () => {
  const trace = [
    traceStep('wc.base', 'premium.base', '3300000', { insurance: 'wc', wages: '3300999' }),
    traceStep('rin', 'employment.rin', '550.5'),
    traceStep('rate', 'employment.rate', '5.5', { rate: '5.5', from: '2025-04-01', to: '2026-03-31', legalBasis: '徴収則 (table row)' }),
  ];
  it('renders from the catalogue in either language, thousands separators added only here', () => {
    expect(explain(trace)).toBe(
      [
        '1. 労災 賃金総額 3,300,999 → 千円未満切捨て 3,300,000 [徴収法15条1項1号]',
        '2. 厘未満切捨て 550.5 (互換オプション)',
        '3. 被保険者負担率 5.5/1000 (2025-04-01〜2026-03-31, 賃金締切日基準) [徴収則 (table row)]',
      ].join('\n'),
    );
    expect(explain(trace, { lang: 'en' }).split('\n')[0]).toBe("1. workers' compensation wages 3,300,999 → truncated to ¥1,000: 3,300,000 [徴収法15条1項1号]");
    // The steps themselves hold plain digits only.
    expect(JSON.stringify(trace)).not.toContain(',3');
  });
  it('renders a mixed trace (text steps of modules not yet converted, structured steps)', () => {
    const mixed = [step('old', 1, '旧 1,000', 'old 1,000', '法1条'), traceStep('workerShares', 'premium.workerShares', '18150'), step('plain', 2, '条文なし', 'no law')];
    expect(explain(mixed, { lang: 'en' })).toBe('1. old 1,000 [法1条]\n2. worker shares withheld 18,150 [徴収法31条1項]\n3. no law');
    expect(explain({ trace: mixed })).toBe('1. 旧 1,000 [法1条]\n2. 被保険者負担額の合計 18,150 [徴収法31条1項]\n3. 条文なし');
  });
  it('keeps the part texts when a composite prefixes a part trace (ids change, nothing is rewritten)', () => {
    const part = employerShare({ premium: 57_750, workerDeductions: 18_150 }).trace;
    const composed = prefixSteps('final', part);
    expect(composed.map((s) => s.id)).toEqual(['final.workerShares', 'final.employerShare']);
    expect(explain(composed)).toBe(explain(part));
    expect(part.map((s) => s.id)).toEqual(['workerShares', 'employerShare']); // the part is not mutated
  });
  it('prefixSteps can add a label param that the part rule shows in an optional segment', () => {
    const part = [traceStep('estimate.basis', 'renewal.estimatePrevious', '3300000', { legalBasis: '徴収則24条' })];
    expect(explain(part)).toBe('1. 見込額なし → 前年度の賃金総額 3,300,000 を使用 [徴収則24条]');
    const composed = prefixSteps('wc', part, { insurance: 'wc' });
    expect(composed[0]).toEqual({ id: 'wc.estimate.basis', rule: 'renewal.estimatePrevious', value: '3300000', params: { legalBasis: '徴収則24条', insurance: 'wc' } });
    expect(explain(composed, { lang: 'en' })).toBe("1. workers' compensation: no estimate given: the previous year’s base is used [徴収則24条]");
    expect(part[0]!.params).toEqual({ legalBasis: '徴収則24条' });
  });
  it('an empty trace gives an empty text', () => expect(explain([])).toBe(''));
});

describe('explain — bad input gives coded errors only', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic['self'] = cyclic;
  const hostileLangs: unknown[] = ['fr', '', 1n, Symbol('ja'), cyclic, Object.create(null), null, 5, 'x'.repeat(32_000)];
  it.each(hostileLangs.map((v, i) => [i, v] as const))('lang #%i', (_i, lang) => {
    let err: unknown;
    try {
      explain([], { lang } as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).code).toBe('INVALID_OPTION');
    expect((err as Error).message.length).toBeLessThan(200);
  });
  it('a value without a trace, or steps that are neither form, or an unknown rule', () => {
    const bad: unknown[] = [
      null,
      undefined,
      1,
      'trace',
      {},
      { trace: 'x' },
      [null],
      [1],
      [{ step: 'a' }],
      [{ rule: 'no.such.rule', value: '1' }],
      [{ rule: 'toString', value: '1' }],
      [{ rule: 'premium.total' }],
    ];
    for (const v of bad) {
      expect(() => explain(v as never), String(JSON.stringify(v))).toThrow(InvalidInputError);
      expect(() => explain(v as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
    }
  });
  it('options themselves may be missing but not a non-object', () => {
    expect(explain([])).toBe('');
    expect(() => explain([], 'en' as never)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('explain — guarded reads (a throwing getter or Proxy gives INVALID_OPTION)', () => {
  const boom = () => {
    throw new Error('boom');
  };
  const throwingProxy = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const step = traceStep('workerShares', 'premium.workerShares', '18150');
  const cases: [string, () => unknown][] = [
    ['result is a throwing Proxy', () => explain(throwingProxy as never)],
    ['result is a revoked Proxy', () => explain(revoked.proxy as never)],
    ['result.trace getter throws', () => explain(Object.defineProperty({}, 'trace', { get: boom }) as never)],
    ['trace is a throwing Proxy array', () => explain({ trace: new Proxy([step], { get: boom }) } as never)],
    ['a step is a throwing Proxy', () => explain([throwingProxy] as never)],
    ['a step getter throws', () => explain([Object.defineProperty({ value: '1' }, 'rule', { get: boom })] as never)],
    ['params is a throwing Proxy', () => explain([{ ...step, params: throwingProxy }] as never)],
    ['a text step getter throws', () => explain([Object.defineProperty({ step: 'x', en: 'a' }, 'ja', { get: boom })] as never)],
    ['options is a throwing Proxy', () => explain([step], throwingProxy as never)],
    ['options.lang getter throws', () => explain([step], Object.defineProperty({}, 'lang', { get: boom, enumerable: true }) as never)],
    ['options is an array', () => explain([step], [] as never)],
    ['a trace of length 2^32 − 1', () => explain({ trace: new Array(2 ** 32 - 1) } as never)],
  ];
  it.each(cases)('%s', (_name, call) => {
    let err: unknown;
    try {
      call();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).code).toBe('INVALID_OPTION');
  });
  it('reads each field once: a getter that changes its answer cannot change the text', () => {
    let reads = 0;
    const s = Object.defineProperty({ id: 'x', rule: 'premium.workerShares' }, 'value', {
      get: () => (++reads === 1 ? '18150' : 'changed'),
      enumerable: true,
    });
    expect(explain([s] as never)).toBe('1. 被保険者負担額の合計 18,150 [徴収法31条1項]');
    expect(reads).toBe(1);
  });
  it('ignores params that are not strings (they stay visible as placeholders)', () => {
    expect(explain([{ id: 'r', rule: 'employment.rin', value: '550.5', params: { x: 1 } }] as never)).toBe('1. 厘未満切捨て 550.5 (互換オプション)');
    expect(explain([{ id: 'e', rule: 'premium.employerShare', value: '39600', params: { premium: 57750, workerShares: '18150' } }] as never, { lang: 'en' })).toContain(
      '{premium:n} − 18,150',
    );
  });
});

describe('explain — every rule of every module renders', () => {
  it('a step of each rule, with every placeholder given, leaves no placeholder and names its law', () => {
    for (const [id, rule] of Object.entries(RULES) as [string, Rule][]) {
      const params: Record<string, string> = {};
      for (const t of [rule.ja, rule.en, rule.law ?? '']) for (const [name] of placeholders(t)) params[name] = '1234';
      for (const lang of ['ja', 'en'] as const) {
        const line = explain([traceStep('s', id as RuleId, '5678', params)], { lang });
        expect(line.startsWith('1. '), id).toBe(true);
        expect(line, `${id} ${lang}`).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*(:(n|term))?\}/);
        if (rule.law !== undefined && !/^\{legalBasis\}$/.test(rule.law)) expect(line, id).toMatch(/ \[.+\]$/);
      }
    }
  });
});
