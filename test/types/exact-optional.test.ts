/**
 * The input types say "closingDate or fiscalYear" with a union that works for a consumer compiling with
 * `strict` and `exactOptionalPropertyTypes` (docs/contract.md §1). A consumer snippet is compiled with the
 * TypeScript API against src/index.ts: the valid calls must compile, and each call marked
 * `@ts-expect-error` must be refused (an unused directive is itself an error).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const consumer = join(root, 'test/types/__consumer__.ts');

const SNIPPET = `
import { createEmployeeDeduction, employeeDeduction, laborInsurancePremium, type EmployeeDeductionInput, type EmployeeDeductionOptions } from '../../src/index.js';

// valid: one of closingDate / fiscalYear, or both (they must agree at run time)
employeeDeduction({ wage: 200_000, category: 'general', closingDate: '2025-04-30' });
employeeDeduction({ wage: 200_000, category: 'general', closingDate: new Date(Date.UTC(2025, 3, 30)) });
employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2025, rounding: 'halfUp', truncateToRinFirst: false });
employeeDeduction({ wage: 200_000n, category: 'construction', closingDate: '2025-04-30', fiscalYear: 2025 });
createEmployeeDeduction({ category: 'general', fiscalYear: 2025 });
declare const date: string | undefined;
const time = date !== undefined ? { closingDate: date } : { fiscalYear: 2025 };
const input: EmployeeDeductionInput = { wage: '450000', category: 'agriculture', ...time };
const options: EmployeeDeductionOptions = { category: 'general', ...time };
employeeDeduction(input);
createEmployeeDeduction(options);
laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 3_300_000 });
laborInsurancePremium({ fiscalYear: 2025, coverage: 'employmentInsurance', category: 'general', wages: { employmentInsurance: 1 } });

// refused
// @ts-expect-error neither closingDate nor fiscalYear
employeeDeduction({ wage: 200_000, category: 'general' });
// @ts-expect-error neither, for the fast path's options either
createEmployeeDeduction({ category: 'general', rounding: 'floor' });
// @ts-expect-error an explicit undefined is not an absent option under exactOptionalPropertyTypes
employeeDeduction({ wage: 200_000, category: 'general', fiscalYear: 2025, rounding: undefined });
// @ts-expect-error closingDate: undefined does not count as a date
employeeDeduction({ wage: 200_000, category: 'general', closingDate: undefined });
// @ts-expect-error a category outside EMPLOYMENT_CATEGORIES
employeeDeduction({ wage: 200_000, category: 'retail', fiscalYear: 2025 });
// @ts-expect-error a merit rate must be a decimal string, not a number
laborInsurancePremium({ fiscalYear: 2025, industry: '98', category: 'general', wages: 1, workersCompensationRate: 2.04 });
`;

function diagnostics(snippet: string, exactOptionalPropertyTypes = true): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => (resolve(name) === consumer ? ts.createSourceFile(name, snippet, version) : read(name, version, onError, create));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === consumer || fileExists(name);
  const program = ts.createProgram([consumer], options, host);
  const file = program.getSourceFile(consumer)!;
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => {
    const { line } = d.start === undefined ? { line: -1 } : file.getLineAndCharacterOfPosition(d.start);
    return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe('input types under strict + exactOptionalPropertyTypes', () => {
  it('a consumer snippet compiles, and every marked misuse is refused', () => {
    expect(diagnostics(SNIPPET)).toEqual([]);
  }, 60_000);
  it('the check is not vacuous: a valid call marked @ts-expect-error is reported', () => {
    const marked = SNIPPET.replace('employeeDeduction(input);', '// @ts-expect-error\nemployeeDeduction(input);');
    expect(diagnostics(marked)).toEqual([expect.stringContaining("Unused '@ts-expect-error' directive")]);
  }, 60_000);
  it('without exactOptionalPropertyTypes, an explicit undefined option is accepted (so the option is what refuses it)', () => {
    expect(diagnostics(SNIPPET, false)).toEqual([expect.stringContaining("Unused '@ts-expect-error' directive")]);
  }, 60_000);
});
