import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ERROR_CATALOGUE,
  InvalidInputError,
  LaborInsuranceError,
  RateTableError,
  isErrorCode,
  laborInsurancePremium,
  parseYen,
  specialEnrollmentPremium,
  employeeDeduction,
  type ErrorCode,
  errorMessageJa,
} from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Every `new XError('CODE'` in src/, read from the source text (independent of the catalogue). */
function thrownCodes(): { cls: string; code: string; file: string }[] {
  const out: { cls: string; code: string; file: string }[] = [];
  for (const f of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/new (InvalidInputError|RateTableError|LaborInsuranceError)\(\s*'([A-Z_]+)'/g))
      out.push({ cls: m[1]!, code: m[2]!, file: f.slice(root.length + 1) });
  }
  return out;
}

const code = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('error catalogue', () => {
  it('every code thrown in src/ is catalogued under the class that throws it — one class per code', () => {
    const thrown = thrownCodes();
    expect(thrown.length).toBeGreaterThan(100);
    const classes = new Map<string, Set<string>>();
    for (const t of thrown) classes.set(t.code, (classes.get(t.code) ?? new Set()).add(t.cls));
    for (const [c, set] of classes) {
      expect([c, [...set]]).toEqual([c, [ERROR_CATALOGUE[c as ErrorCode]?.errorClass]]);
    }
  });

  it('the codes that used to be thrown under two classes now have one (issue 10)', () => {
    expect(ERROR_CATALOGUE.RATE_PERIOD_SPLIT.errorClass).toBe('InvalidInputError');
    expect(ERROR_CATALOGUE.UNKNOWN_INDUSTRY.errorClass).toBe('InvalidInputError');
    expect(ERROR_CATALOGUE.UNKNOWN_CATEGORY.errorClass).toBe('InvalidInputError');
    // Each of the former RateTableError sites, now InvalidInputError:
    expect(code(() => employeeDeduction({ wage: 1, category: 'general', fiscalYear: 2022 }))).toBeInstanceOf(InvalidInputError); // registry onlyPeriod
    expect(code(() => laborInsurancePremium({ fiscalYear: 2025, industry: '00', category: 'general', wages: 1 }))).toBeInstanceOf(InvalidInputError); // findIndustry
    expect(code(() => specialEnrollmentPremium({ kind: 2, workType: 'fishing-boats', fiscalYear: 2025, members: [{ dailyBase: 3500 }] }))).toBeInstanceOf(InvalidInputError);
  });

  it('is frozen, complete and bilingual', () => {
    expect(Object.isFrozen(ERROR_CATALOGUE)).toBe(true);
    for (const [c, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(isErrorCode(c)).toBe(true);
      expect(['InvalidInputError', 'RateTableError']).toContain(entry.errorClass);
      expect(entry.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/); // Japanese text
      expect(entry.en.length).toBeGreaterThan(10);
      expect(entry.expected.length).toBeGreaterThan(3);
    }
    expect(isErrorCode('constructor')).toBe(false);
    expect(isErrorCode(1)).toBe(false);
  });

  it('docs/errors.md lists every code with its class, Japanese section first', () => {
    const md = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    const ja = md.indexOf('## エラーコード一覧');
    const en = md.indexOf('## Error codes');
    expect(ja).toBeGreaterThan(-1);
    expect(en).toBeGreaterThan(ja);
    for (const [c, entry] of Object.entries(ERROR_CATALOGUE)) {
      for (const section of [md.slice(ja, en), md.slice(en)]) {
        const line = section.split('\n').find((l) => l.startsWith(`| \`${c}\` |`));
        expect(line, `${c} in docs/errors.md`).toBeDefined();
        expect(line).toContain(`\`${entry.errorClass}\``);
      }
    }
  });
});

describe('error classes', () => {
  it('constructors check at run time that the code is their own', () => {
    expect(() => new InvalidInputError('NO_RATE_TABLE' as never, 'x')).toThrowError(/belongs to RateTableError/);
    expect(() => new RateTableError('AMOUNT_NEGATIVE' as never, 'x')).toThrowError(/belongs to InvalidInputError/);
    expect(() => new InvalidInputError('NOT_A_CODE' as never, 'x')).toThrowError(/unknown error code/);
    const e = new RateTableError('NO_RATE_TABLE', 'no table', { fiscalYear: 2010 });
    expect(e).toBeInstanceOf(LaborInsuranceError);
    expect(e.name).toBe('RateTableError');
  });

  it('InvalidInputError carries valibot-style issues { path, code, expected, received, message }', () => {
    const e = code(() => parseYen(-1, 'members[3].wage')) as InvalidInputError;
    expect(e.issues).toEqual([
      {
        path: 'members[3].wage',
        code: 'AMOUNT_NEGATIVE',
        expected: 'a non-negative whole number of yen',
        received: '-1',
        message: 'members[3].wage must not be negative (got -1)',
      },
    ]);
    expect(Object.isFrozen(e.issues)).toBe(true);
    const t = code(() => parseYen(12.5, 'wage')) as InvalidInputError;
    expect(t.issues[0]).toMatchObject({ path: 'wage', code: 'AMOUNT_NOT_INTEGER', received: '12.5' });
    const given = new InvalidInputError('INVALID_OPTION', 'two problems', {
      issues: [
        { path: 'a', code: 'INVALID_OPTION', expected: 'x', received: '1', message: 'a' },
        { path: 'b', code: 'AMOUNT_TYPE', expected: 'y', received: 'null', message: 'b' },
      ],
    });
    expect(given.issues.map((i) => i.path)).toEqual(['a', 'b']);
  });

  it('errorMessageJa is built from the catalogue and the details', () => {
    const e = code(() => parseYen(-1, 'wage')) as InvalidInputError;
    expect(errorMessageJa(e)).toBe('金額が負の数です（wage: -1）');
    const bare = new RateTableError('NO_RATE_TABLE', 'x');
    expect(errorMessageJa(bare)).toBe(ERROR_CATALOGUE.NO_RATE_TABLE.ja);
    const big = code(() => parseYen(2n ** 80n, 'wages')) as InvalidInputError;
    expect(big.code).toBe('AMOUNT_UNSAFE_INTEGER');
    expect(errorMessageJa(big)).toBe(`${ERROR_CATALOGUE.AMOUNT_UNSAFE_INTEGER.ja}（wages: 1208925819614629174706176n）`);
  });

  it('details hold no value that breaks JSON.stringify (bigint, cyclic, null-prototype)', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const v of [10n ** 30n, cyclic, Object.create(null), Symbol('s')]) {
      const e = code(() => parseYen(v, 'wage')) as InvalidInputError;
      expect(() => JSON.stringify(e.details)).not.toThrow();
      expect(() => JSON.stringify(e.issues)).not.toThrow();
    }
  });
});
