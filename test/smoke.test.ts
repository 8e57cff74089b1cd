import { describe, expect, it } from 'vitest';
import { laborInsurancePremium } from '../src/index.js';

describe('smoke', () => {
  it('computes the pamphlet example (OFF S-P: 3,300,000 × 17.5/1000 = 57,750)', () => {
    expect(laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 }).total).toBe(57_750);
  });
});
