import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/core/trace.js';
import { AUDIT_RULES } from '../../src/rules/audit.js';
import { BENEFITS_RULES } from '../../src/rules/benefits.js';
import { EMPLOYMENT_RULES } from '../../src/rules/employment.js';
import { isRuleId, RULES, TERMS } from '../../src/rules/index.js';
import { PAYROLL_RULES } from '../../src/rules/payroll.js';
import { PREMIUM_RULES } from '../../src/rules/premium.js';
import { fillTemplate, groupThousands, placeholders, renderRule } from '../../src/rules/render.js';
import { RENEWAL_RULES } from '../../src/rules/renewal.js';
import { ROUNDING_RULES } from '../../src/rules/rounding.js';
import { ROUNDING_MODES } from '../../src/index.js';

const AREAS = {
  rounding: ROUNDING_RULES,
  employment: EMPLOYMENT_RULES,
  premium: PREMIUM_RULES,
  renewal: RENEWAL_RULES,
  benefits: BENEFITS_RULES,
  audit: AUDIT_RULES,
  payroll: PAYROLL_RULES,
} as const;

describe('the rule catalogue', () => {
  it('is composed of every area, each id under its own prefix, none lost to a collision', () => {
    let total = 0;
    for (const [area, rules] of Object.entries(AREAS)) {
      const ids = Object.keys(rules);
      expect(ids.length, area).toBeGreaterThan(0);
      for (const id of ids) {
        expect(id.startsWith(`${area}.`), id).toBe(true);
        expect(RULES[id as keyof typeof RULES]).toBe((rules as Record<string, unknown>)[id]);
      }
      total += ids.length;
    }
    expect(Object.keys(RULES).length).toBe(total);
    expect(Object.isFrozen(RULES)).toBe(true);
    for (const rule of Object.values(RULES)) expect(Object.isFrozen(rule)).toBe(true);
    for (const term of Object.values(TERMS)) expect(Object.isFrozen(term)).toBe(true);
    expect(() => {
      (RULES['premium.total'] as { ja: string }).ja = 'x';
    }).toThrow(TypeError);
  });

  it('has a Japanese and an English text for every rule, and well-formed placeholders only', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      for (const t of [rule.ja, rule.en, ...('law' in rule ? [rule.law] : [])]) {
        expect(t.trim().length, id).toBeGreaterThan(0);
        // Once the placeholders are taken out no brace may remain (a typo such as `{wage:N}` or `{wage` would).
        expect(t.replace(/\{([A-Za-z][A-Za-z0-9]*)(?::(n|term))?\}/g, ''), `${id}: ${t}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('every {name:term} placeholder has terms in both languages for the codes of its name', () => {
    const termNames = new Set(Object.keys(TERMS).map((k) => k.slice(0, k.indexOf('.'))));
    for (const [id, rule] of Object.entries(RULES)) {
      for (const [name, format] of [...placeholders(rule.ja), ...placeholders(rule.en)]) {
        if (format === 'term') expect(termNames.has(name), `${id}: {${name}:term}`).toBe(true);
      }
    }
    for (const [k, t] of Object.entries(TERMS)) expect(t.ja.length > 0 && t.en.length > 0, k).toBe(true);
  });

  it('names each rounding mode once: the deduction step reads "<rule> → <amount>" with the same law', () => {
    for (const mode of ROUNDING_MODES) {
      const named = RULES[`rounding.${mode}`];
      const stepRule = RULES[`employment.round.${mode}`];
      expect(stepRule.ja).toBe(`${named.ja} → {value:n}円`);
      expect(stepRule.en).toBe(`${named.en} → ¥{value:n}`);
      expect(stepRule.law).toBe(named.law);
    }
  });

  it('isRuleId accepts catalogue ids only (not inherited names)', () => {
    expect(isRuleId('premium.employerShare')).toBe(true);
    for (const v of ['premium', 'toString', '__proto__', 'constructor', '', 1, null, undefined]) expect(isRuleId(v)).toBe(false);
  });
});

describe('rendering', () => {
  it('groupThousands equals the build-time groupDigits on every integer and decimal string, either sign', () => {
    const num = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
      .map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f === undefined ? '' : `.${f}`}`);
    fc.assert(
      fc.property(num, (s) => groupThousands(s) === groupDigits(s)),
      { numRuns: 2000 },
    );
    expect([groupThousands('3300000'), groupThousands('550.5005'), groupThousands('-1234567.5'), groupThousands('999')]).toEqual(['3,300,000', '550.5005', '-1,234,567.5', '999']);
  });
  it('leaves a non-number as it is ("2025-04-01", "true")', () => {
    expect([groupThousands('2025-04-01'), groupThousands('true'), groupThousands('')]).toEqual(['2025-04-01', 'true', '']);
  });
  it('fills {name}, {name:n}, {name:term} and {value}; a missing param stays visible', () => {
    expect(fillTemplate('{insurance:term} 賃金総額 {wages:n} → {value:n} ({rate}/1000)', 'ja', '3300000', { insurance: 'wc', wages: '3300999', rate: '3' })).toBe(
      '労災 賃金総額 3,300,999 → 3,300,000 (3/1000)',
    );
    expect(fillTemplate('{insurance:term} wages', 'en', '0', { insurance: 'ei' })).toBe('employment wages');
    expect(fillTemplate('{insurance:term}', 'en', '0', { insurance: 'other' })).toBe('other');
    expect(fillTemplate('a {missing} b {missing:n}', 'ja', '1', {})).toBe('a {missing} b {missing:n}');
    // Params are data, not templates: braces in a value are printed, never expanded again.
    expect(fillTemplate('{a} {b}', 'ja', '1', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
  it('keeps an optional [[…]] segment only when all its params are given', () => {
    const t = '[[{insurance:term}: ]]見込額なし → {value:n}';
    expect(fillTemplate(t, 'ja', '3300000', undefined)).toBe('見込額なし → 3,300,000');
    expect(fillTemplate(t, 'ja', '3300000', { insurance: 'wc' })).toBe('労災: 見込額なし → 3,300,000');
    expect(fillTemplate('[[{a} {b} ]]x', 'en', '0', { a: '1' })).toBe('x');
  });
  it('balances every optional segment of the catalogue', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      for (const t of [rule.ja, rule.en]) expect(t.replace(/\[\[.*?\]\]/g, ''), id).not.toMatch(/\[\[|\]\]/);
    }
  });
  it('renders the law with its placeholders, and drops an empty one', () => {
    expect(renderRule(RULES['employment.rate'], 'en', '5.5', { rate: '5.5', from: '2025-04-01', to: '2026-03-31', legalBasis: '徴収法12条' })).toEqual({
      text: 'worker rate 5.5/1000 (2025-04-01..2026-03-31, by closing date)',
      law: '徴収法12条',
    });
    expect(renderRule(RULES['employment.rate'], 'ja', '5.5', { rate: '5.5', from: 'a', to: 'b', legalBasis: '' })).toEqual({
      text: '被保険者負担率 5.5/1000 (a〜b, 賃金締切日基準)',
    });
    expect(renderRule(RULES['employment.rin'], 'ja', '550.5', undefined)).toEqual({ text: '厘未満切捨て 550.5 (互換オプション)' });
  });
});
