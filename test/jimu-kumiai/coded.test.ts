// A throw that is not the library's, from inside a member's renewal (simulated: annualRenewal is replaced by one that
// throws a raw TypeError for a marked member), is caught for that member, coded INVALID_OPTION, and the batch goes on.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/renewal/renewal.js', async (original) => {
  const real = await original<typeof import('../../src/renewal/renewal.js')>();
  return {
    ...real,
    annualRenewal: (input: { hostile?: boolean }) => {
      if (input.hostile === true) throw new TypeError('not the library');
      return real.annualRenewal(input as never);
    },
  };
});

const { renewMembers, InvalidInputError } = await import('../../src/index.js');

describe('renewMembers: a non-library throw', () => {
  it('is coded per member, in its place, and the next member is renewed', () => {
    const A = { renewalYear: 2025, industry: '98', category: 'general', previousYearWages: 30_125_678, declaredEstimate: 520_000 } as const;
    const items = [...renewMembers([{ id: 'a', ...A, hostile: true } as never, { id: 'b', ...A }])];
    expect(items[0]).toMatchObject({ id: 'a', index: 0, ok: false });
    const e = (items[0] as unknown as { error: InstanceType<typeof InvalidInputError> }).error;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.message]).toEqual(['INVALID_OPTION', 'member 0 could not be read: TypeError: not the library']);
    // Example A (annualRenewal's TSDoc): 565,101 due in total
    expect(items[1]).toMatchObject({ id: 'b', index: 1, ok: true, renewal: { amount: 565_101 } });
  });
});
