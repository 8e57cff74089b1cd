// The "date or fiscalYear" inputs are unions valid under exactOptionalPropertyTypes (docs/contract.md §1):
// a consumer compiling with that flag can call each form, and the compiler refuses a call with neither.
// The snippet is compiled here with the TypeScript API (strict + exactOptionalPropertyTypes); every line
// marked @ts-expect-error must be an error, every other line must compile.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SNIPPET = `
import { medicalCopayment, meritEligibility, meritRate } from ${JSON.stringify(join(root, 'src/index.ts'))};
medicalCopayment({ fiscalYear: 2025 });
medicalCopayment({ date: '2025-06-10', medicalCost: 150 });
medicalCopayment({ date: new Date(), fiscalYear: 2025, dayLaborer: true });
// @ts-expect-error -- neither a date nor a fiscal year
medicalCopayment({ dayLaborer: true });
// @ts-expect-error -- an explicit undefined is not "absent" under exactOptionalPropertyTypes
medicalCopayment({ date: '2025-06-10', fiscalYear: undefined });
meritRate({ industry: '98', fiscalYear: 2025, adjustmentPercent: '-40' });
meritRate({ rate: '5.5', date: '2025-06-01', adjustmentPercent: '35', scheme: 'timber' });
meritRate({ rate: '8', nonOccupationalRate: '0.9', adjustmentPercent: '-40' });
// @ts-expect-error -- an industry needs the year of its rate
meritRate({ industry: '98', adjustmentPercent: '5' });
// @ts-expect-error -- a rate without a year needs the 非業務災害率
meritRate({ rate: '3', adjustmentPercent: '5' });
// @ts-expect-error -- the 増減率 is a decimal string
meritRate({ rate: '3', nonOccupationalRate: '0.6', adjustmentPercent: 5 });
meritEligibility({ workers: 30, rate: '15', fiscalYear: 2025 });
meritEligibility({ workers: 25, rate: '16.6', nonOccupationalRate: '0.6' });
// @ts-expect-error -- neither a year nor both rates
meritEligibility({ workers: 30, rate: '15' });
`;

describe('date-or-fiscalYear inputs under exactOptionalPropertyTypes', () => {
  it('compile as documented', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'benefits-types-')), 'snippet.ts');
    writeFileSync(file, SNIPPET);
    const program = ts.createProgram([file], {
      strict: true,
      exactOptionalPropertyTypes: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      resolveJsonModule: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      noEmit: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
    expect(diagnostics.map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)).toEqual([]);
  }, 60_000);
});
