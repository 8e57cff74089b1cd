// The MHLW pamphlet's 小売業 example (FY2025): one worker paid 200,000 a month and two bonuses of 450,000.
// Run: npm run example
import { employeeDeduction, employerShare, explain, laborInsurancePremium } from '../src/index.js';

const monthly = Array.from({ length: 12 }, (_, i) => ({ wage: 200_000, closingDate: `${i < 9 ? 2025 : 2026}-${String(((i + 3) % 12) + 1).padStart(2, '0')}-20` }));
const bonuses = [
  { wage: 450_000, closingDate: '2025-07-10' },
  { wage: 450_000, closingDate: '2025-12-10' },
];
const payments = [...monthly, ...bonuses];
const deductions = payments.map((p) => employeeDeduction({ ...p, category: 'general' }));
const wages = payments.reduce((a, p) => a + p.wage, 0);
const premium = laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages });
const share = employerShare({ premium, workerDeductions: deductions.map((d) => d.amount) });

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
console.log('小売業 (卸売業・小売業, 業種 98), 令和7年度 / FY2025 retail example (MHLW pamphlet)');
console.log(`  賃金総額 wages            200,000 × 12 + 450,000 × 2 = ${yen(wages)}`);
console.log(`  労災保険率 + 雇用保険率     ${premium.workersCompensation!.rate}/1000 + ${premium.employmentInsurance!.rate}/1000`);
console.log(`  労働保険料 premium         ${yen(premium.amount)}  (労災 ${yen(premium.workersCompensation!.amount)} / 雇用 ${yen(premium.employmentInsurance!.amount)})`);
console.log(`  被保険者負担 worker share   monthly ${yen(deductions[0]!.amount)} × 12 + bonus ${yen(deductions[12]!.amount)} × 2 = ${yen(share.workerShares)}`);
console.log(`  事業主負担 employer share   ${yen(share.premium)} − ${yen(share.workerShares)} = ${yen(share.amount)}`);
console.log('\nTrace / 計算過程:');
for (const line of explain(premium, { lang: 'ja' }).split('\n')) console.log(`  ${line}`);
