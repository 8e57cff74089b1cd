// The generated members of the renewal benches (bench/renewal-cli.mjs, bench/renewal-batch.mjs): deterministic,
// 30 業種 of the FY2024 and FY2025 tables, the three categories, wages ¥1–500 million, a declared 概算 of 0.5–3.4%
// of them (shortfalls and excesses), an estimate (30–229% of the wages) for one in three, 事務組合委託 for half,
// every 充当意思.
const INDUSTRIES = [
  '94',
  '98',
  '91',
  '90',
  '95',
  '96',
  '97',
  '57',
  '58',
  '37',
  '38',
  '41',
  '42',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '52',
  '53',
  '54',
  '55',
  '56',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
];
const CATEGORIES = ['general', 'agriculture', 'construction'];
const CHOICES = ['both', 'premium', 'generalContribution', 'refund'];

/** `count` members as `annualRenewal` inputs with an `id`, one at a time. */
export function* generatedMembers(count, seed = 0x2025) {
  const rand = (n) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  for (let i = 0; i < count; i++) {
    const wages = 1_000_000 + rand(500_000) * 997;
    const m = {
      id: `13101${String(900000 + (i % 100000))}${String(i % 1000).padStart(3, '0')}`,
      renewalYear: 2025,
      industry: INDUSTRIES[rand(INDUSTRIES.length)],
      category: CATEGORIES[rand(3)],
      previousYearWages: wages,
      declaredEstimate: Math.floor((wages / 1000) * (5 + rand(30))),
      commissioned: rand(2) === 0,
      appropriation: CHOICES[rand(4)],
    };
    if (rand(3) === 0) m.estimatedWages = Math.floor(wages * (0.3 + rand(200) / 100));
    yield m;
  }
}
