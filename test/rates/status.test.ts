/**
 * Freshness: rateDataStatus(), `jp-labor-insurance rates status`, and NO_RATE_TABLE pointing at the
 * custom-table guide. The expected gaps are those of rates/parameters (care-benefit.yaml gap entries,
 * special-enrollment.yaml `unpublished`), each stated independently below.
 */
import { describe, expect, it } from 'vitest';
import { careBenefit, rateDataStatus, ratesFor, RateTableError, employeeDeduction } from '../../src/index.js';
import { ratesCommand } from '../../src/cli/rates.js';

describe('rateDataStatus()', () => {
  const s = rateDataStatus();

  it('lists the FY2021 and FY2026 介護 gaps and the 11 第2種 categories without a published rate', () => {
    expect(s.gaps.filter((g) => g.area === 'careBenefit').map((g) => [g.from, g.to, g.status])).toEqual([
      ['2021-04-01', '2022-03-31', 'unconfirmed'],
      ['2026-04-01', '9999-12-31', 'unconfirmed'],
    ]);
    const second = s.gaps.filter((g) => g.area === 'specialEnrollment').map((g) => g.key.replace('secondClass.', ''));
    expect(second.sort()).toEqual(
      [
        'fishing-vessel',
        'recycling',
        'mariner',
        'designated-farm-machinery',
        'workplace-adaptation-training',
        'employer-commissioned-training',
        'homework-ceramics',
        'homework-powered-machinery',
        'homework-altar-tableware',
        'union-officer',
        'care-housework',
      ].sort(),
    );
  });

  it('the gaps are real: a month in a 介護 gap throws RATE_NOT_KNOWN', () => {
    for (const month of ['2021-06', '2026-04']) {
      expect(() => careBenefit({ month, level: 'constant', expense: 100_000, familyCare: false })).toThrowError(expect.objectContaining({ code: 'RATE_NOT_KNOWN' }));
    }
  });

  it('lists the unconfirmed figures (the 2026 延滞金特例率) and the verification dates', () => {
    expect(s.unconfirmed.map((f) => [f.key, f.value])).toEqual([['lateFee.2026', '2.8/9.1']]);
    expect(s.latestVerified).toBe('2026-12-02'); // rates/parameters/eligibility.yaml (雇用保険の適用基準) checked on 2026-12-02
    expect(s.oldestVerified).toBe('2026-11-22'); // the reference compilation date
    expect(Object.values(s.byStatus).reduce((a, b) => a + (b ?? 0), 0)).toBe(s.figureCount);
    expect(Object.isFrozen(s) && Object.isFrozen(s.gaps)).toBe(true);
  });
});

describe('NO_RATE_TABLE', () => {
  it('points at the custom-table guide, from ratesFor and from a calculation', () => {
    for (const f of [() => ratesFor(2027), () => employeeDeduction({ wage: 100_000, category: 'general', closingDate: '2027-04-30' })]) {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RateTableError);
      expect((err as RateTableError).code).toBe('NO_RATE_TABLE');
      expect((err as Error).message).toContain('docs/custom-rates.md');
      expect((err as RateTableError).details).toMatchObject({ fiscalYear: 2027, guide: expect.stringContaining('docs/custom-rates.md') });
    }
  });
});

describe('jp-labor-insurance rates status', () => {
  const run = async (args: string[], values: Record<string, boolean> = {}) => {
    let out = '';
    const code = await ratesCommand(values, args, { stdout: (t: string) => (out += t), stderr: () => undefined } as never);
    return { code, out };
  };

  it('prints the status in Japanese first, with the gaps and the guide', async () => {
    const { code, out } = await run(['status']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('料率データの状態 (rate data status)');
    expect(out).toContain('最終確認日 (last verified): 2026-12-02');
    expect(out).toContain('careBenefit limits  2021-04-01 .. 2022-03-31');
    expect(out).toContain('secondClass.mariner');
    expect(out).toContain('docs/custom-rates.md');
  });

  it('--json gives rateDataStatus()', async () => {
    const { out } = await run(['status'], { json: true });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(rateDataStatus())));
  });
});
