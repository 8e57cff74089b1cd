// The command line's dispatcher and the calculation subcommands. Uses only the public API.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as lib from '../index.js';
import { careBenefit, employeeDeduction, employerShare, explain, generalContribution, laborInsurancePremium, type CareLevel, type RoundingMode } from '../index.js';
import pkg from '../../package.json';
import { AUDIT_HELP, AUDIT_OPTIONS, auditCommand } from './audit.js';
import { EXIT, UsageError, category, errorLanguage, json, lang, need, quoteArg, reportError, year, yen, type Io } from './io.js';
import { dateOption, monthOption, DATE_FORMATS_HELP } from './dateOption.js';
import { RATES_FILE_HELP, RATES_FILE_OPTION, ratesOption, withCommandLineHint } from './rateFile.js';
import { RATES_HELP, RATES_OPTIONS, ratesCommand } from './rates.js';
import { RENEWAL_HELP, RENEWAL_OPTIONS, renewalCommand } from './renewal.js';

const MAIN_HELP = `Usage: jp-labor-insurance <command> [options]

Exact Japanese labour insurance (労働保険) calculations from the command line.

Commands:
  deduction      雇用保険 被保険者負担額 (the worker's share withheld from one payment)
  premium        労働保険料 for a fiscal year (労災 + 雇用), and 事業主負担 given the worker shares withheld
  contribution   一般拠出金 (石綿健康被害救済法)
  care           介護(補償)等給付 (care benefit) for a month
  rates          show a year's rates, diff two years, list the years shipped
  audit          check a payroll CSV export's deductions, row by row
  renewal        年度更新 of every member of a 労働保険事務組合, from a CSV or JSON member list

Global options:
  -h, --help     help (also after a command: jp-labor-insurance audit --help)
  -v, --version  version

Every calculation accepts --json (the full result), --explain [--lang ja|en] (each step with the
exact intermediate value and the legal rule) and --rates <file.json> (a custom rate table, checked by
defineRateTable: a year not shipped yet or a correction; docs/custom-rates.md).
${DATE_FORMATS_HELP}
Errors are printed as "error [CODE]: message", in Japanese with --lang ja (the codes are listed in
docs/errors.md). Help on a command: jp-labor-insurance help <command>, or jp-labor-insurance <command> --help.
Exit codes: 0 ok; 1 audit found mismatched or invalid rows; 2 usage or input error; 70 internal error.
`;

const DEDUCTION_HELP = `Usage: jp-labor-insurance deduction --wage <yen> --category <c> (--closing-date <date> | --fiscal-year <YYYY>) [options]

雇用保険 被保険者負担額: wage × worker rate (the rate in force on the 賃金締切日), rounded to whole yen.

Options:
  --wage <yen>              gross wage of this payment, digits only (200000)
  --category <c>            general | agriculture | construction (一般 | 農林水産 | 建設)
  --closing-date <date>     賃金締切日 (the rate in force on this date applies)
  --fiscal-year <YYYY>      instead of --closing-date, for a year with one rate
  --rounding <mode>         halfDown (default: withheld from wages, 50銭以下切捨て) | halfUp | floor | ceil
  --truncate-to-rin-first   compatibility: truncate to 厘 before rounding
${RATES_FILE_HELP}
  --json                    print the full result as JSON
  --explain                 print each step with the legal rule
  --lang ja|en              language of the output (default ja)
  -h, --help                show this help
${DATE_FORMATS_HELP}

Example: jp-labor-insurance deduction --wage 200000 --category general --closing-date 2025-04-20
`;

const PREMIUM_HELP = `Usage: jp-labor-insurance premium --fiscal-year <YYYY> --industry <nn> --category <c> --wages <yen> [--worker-shares <yen>] [options]

労働保険料 (一般保険料) of a fiscal year: 賃金総額 (千円未満切捨て) × (労災保険率 + 雇用保険率), 円未満切捨て.
With --worker-shares, also 事業主負担 (the employer's share): the premium less the 被保険者負担額 actually
withheld from the wages of the year (徴収法31条).

Options:
  --fiscal-year <YYYY>      保険年度
  --industry <nn>           労災 業種番号 (98 卸売業・小売業, 94 その他の各種事業, …)
  --category <c>            雇用保険 category: general | agriculture | construction (一般 | 農林水産 | 建設)
  --wages <yen>             賃金総額 (the same base for both insurances)
  --wc-wages <yen>          労災 wage total, when the bases differ
  --ei-wages <yen>          雇用 wage total, when the bases differ (repeat once per rate period, e.g. FY2022)
  --coverage <c>            both (default) | workersCompensation | employmentInsurance
  --merit-rate <‰>          メリット-adjusted 労災保険率 replacing the table's rate
  --worker-shares <yen>     被保険者負担額 withheld in the year, digits only: the year's total (18150), or
                            repeat it once per payment (--worker-shares 1100 --worker-shares 2475 …): summed.
                            Prints 事業主負担 = 労働保険料 − Σ worker shares (refused when they exceed it)
${RATES_FILE_HELP}
  --json, --explain, --lang ja|en, -h/--help
                            (--json: the premium result, with "employerShare" when --worker-shares is given)

Example (MHLW pamphlet, 小売業 FY2025: 200,000 × 12 months + 450,000 × 2 bonuses; withheld 1,100 × 12 + 2,475 × 2):
  jp-labor-insurance premium --fiscal-year 2025 --industry 98 --category general --wages 3300000 --worker-shares 18150
  → 労働保険料 57,750円, 事業主負担 39,600円
`;

const CONTRIBUTION_HELP = `Usage: jp-labor-insurance contribution --fiscal-year <YYYY> --wages <yen> [options]

一般拠出金 (石綿による健康被害の救済に関する法律): 労災 賃金総額 (千円未満切捨て) × 一般拠出金率, 円未満切捨て.
Declared and paid with the 確定保険料 at the 年度更新, on the wages of the year just ended.

Options:
  --fiscal-year <YYYY>      the year whose wages are the base (for the 年度更新 of FY2025, 2024)
  --wages <yen>             that year's 労災 wage total (all workers)
  --coverage <c>            both (default) | workersCompensation | employmentInsurance (owes none)
${RATES_FILE_HELP}
  --json, --explain, --lang ja|en, -h/--help

Example: jp-labor-insurance contribution --fiscal-year 2024 --wages 10129569
`;

const CARE_HELP = `Usage: jp-labor-insurance care --month <month> --level constant|occasional --expense <yen> [options]

介護(補償)等給付 for one month: the care expense actually paid, up to the 上限額; with care by a relative
and an expense at most the 最低保障額, the minimum instead (not in the first month of entitlement).
The limits are those in force on the month's first day.

Options:
  --month <month>           the month of care: 2025-09, 2025/9, 2025年9月, 令和7年9月, R7.9, or any date in it
  --level <l>               constant (常時介護) | occasional (随時介護)
  --expense <yen>           介護費用 actually paid in the month (0 when nothing was paid)
  --family-care             care by a relative (親族等) was received in the month
  --first-month             the month in which the entitlement first arose (no 最低保障)
${RATES_FILE_HELP}
  --json, --explain, --lang ja|en, -h/--help
${DATE_FORMATS_HELP}

Example: jp-labor-insurance care --month 2025-09 --level constant --expense 200000
`;

type Values = Record<string, string | boolean | string[] | undefined>;
type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  explain: { type: 'boolean' },
  lang: { type: 'string' },
};

/**
 * A subcommand: its help text, its own options (parsed with {@link COMMON}, strictly) and what it runs.
 * Register a new one by adding an entry to {@link COMMANDS}.
 */
export interface Command {
  help: string;
  options: Options;
  run: (values: Values, positionals: string[], io: Io) => number | Promise<number>;
}

type Headline = { ja: string; en: string };

/** Prints a result: JSON, or a headline plus the explained steps (several results: one after another). */
function print(
  io: Io,
  values: Values,
  result: { trace: readonly lib.AnyTraceStep[] },
  headline: Headline,
  more: readonly { result: { trace: readonly lib.AnyTraceStep[] }; headline: Headline }[] = [],
): number {
  if (values.json === true) {
    io.stdout(json(result));
    return EXIT.ok;
  }
  const language = lang(values.lang as string | undefined);
  for (const part of [{ result, headline }, ...more]) {
    io.stdout(`${part.headline[language]}\n`);
    if (values.explain === true) io.stdout(`${explain(part.result, { lang: language })}\n`);
  }
  return EXIT.ok;
}

function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (use --help)`);
}

/** `premium`'s wages: --wages, or --wc-wages / --ei-wages. */
function premiumWages(v: Values): lib.PremiumWages {
  const wcWages = v['wc-wages'] as string | undefined;
  const eiWages = v['ei-wages'] as string[] | undefined;
  if (v.wages !== undefined) {
    if (wcWages !== undefined || eiWages !== undefined) throw new UsageError('give --wages, or --wc-wages and --ei-wages, not both');
    return v.wages as string;
  }
  if (wcWages !== undefined || eiWages !== undefined) {
    return {
      ...(wcWages !== undefined ? { workersCompensation: wcWages } : {}),
      ...(eiWages !== undefined ? { employmentInsurance: eiWages.length === 1 ? eiWages[0]! : eiWages } : {}),
    };
  }
  throw new UsageError('--wages (or --wc-wages / --ei-wages) is required; use --help');
}

/**
 * `premium --worker-shares`: 事業主負担 by the library's {@link employerShare} (the premium less the
 * worker shares withheld, 徴収法31条), or undefined without the option.
 */
function employerShareOf(p: lib.Premium, shares: readonly string[] | undefined, coverage: lib.Coverage): lib.EmployerShare | undefined {
  if (shares === undefined) return undefined;
  if (coverage === 'workersCompensation') {
    throw new UsageError(
      "--worker-shares: with --coverage workersCompensation the premium is the employer's alone (no 被保険者負担 for 労災保険, 徴収法31条); drop --worker-shares",
    );
  }
  return employerShare({ premium: p, workerDeductions: shares.length === 1 ? shares[0]! : shares });
}

/** The subcommands by name (`help` and the global options are handled by {@link run}). Add a command here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  deduction: {
    help: DEDUCTION_HELP,
    options: {
      wage: { type: 'string' },
      category: { type: 'string' },
      'closing-date': { type: 'string' },
      'fiscal-year': { type: 'string' },
      rounding: { type: 'string' },
      'truncate-to-rin-first': { type: 'boolean' },
      ...RATES_FILE_OPTION,
    },
    run: async (v, positionals, io) => {
      noPositionals(positionals);
      const closingDate = dateOption(v['closing-date'] as string | undefined, '--closing-date');
      const fiscalYear = v['fiscal-year'] as string | undefined;
      if (closingDate === undefined && fiscalYear === undefined) throw new UsageError('give --closing-date (or --fiscal-year); use --help');
      const fy = fiscalYear !== undefined ? { fiscalYear: year(fiscalYear, '--fiscal-year') } : undefined;
      const d = employeeDeduction({
        wage: need(v.wage as string | undefined, '--wage'),
        category: category(v.category as string | undefined),
        ...(closingDate !== undefined ? { closingDate, ...fy } : fy!),
        ...(v.rounding !== undefined ? { rounding: v.rounding as RoundingMode } : {}),
        truncateToRinFirst: v['truncate-to-rin-first'] === true,
        ...(await ratesOption(v, io)),
      });
      return print(io, v, d, {
        ja: `雇用保険 被保険者負担額 ${yen(d.amount)}円 (賃金 ${yen(d.wage)} × ${d.rate}/1000 = ${d.exact}, ${d.rounding}, FY${d.fiscalYear})`,
        en: `employment insurance worker share ¥${yen(d.amount)} (wage ${yen(d.wage)} × ${d.rate}/1000 = ${d.exact}, ${d.rounding}, FY${d.fiscalYear})`,
      });
    },
  },
  premium: {
    help: PREMIUM_HELP,
    options: {
      'fiscal-year': { type: 'string' },
      industry: { type: 'string' },
      category: { type: 'string' },
      wages: { type: 'string' },
      'wc-wages': { type: 'string' },
      'ei-wages': { type: 'string', multiple: true },
      coverage: { type: 'string' },
      'merit-rate': { type: 'string' },
      'worker-shares': { type: 'string', multiple: true },
      ...RATES_FILE_OPTION,
    },
    run: async (v, positionals, io) => {
      noPositionals(positionals);
      const coverage = (v.coverage as lib.Coverage | undefined) ?? 'both';
      const wages = premiumWages(v);
      const p = laborInsurancePremium({
        fiscalYear: year(v['fiscal-year'] as string | undefined, '--fiscal-year'),
        ...(coverage !== 'employmentInsurance' ? { industry: need(v.industry as string | undefined, '--industry') } : {}),
        ...(coverage !== 'workersCompensation' ? { category: category(v.category as string | undefined) } : {}),
        wages,
        coverage,
        ...(v['merit-rate'] !== undefined ? { workersCompensationRate: v['merit-rate'] as string } : {}),
        ...(await ratesOption(v, io)),
      });
      const share = employerShareOf(p, v['worker-shares'] as string[] | undefined, coverage);
      const wc = p.workersCompensation?.amount;
      const ei = p.employmentInsurance?.amount;
      const headline = {
        ja: `労働保険料 ${yen(p.amount)}円 (FY${p.fiscalYear}${wc !== undefined ? `; 労災保険分 ${yen(wc)}円` : ''}${ei !== undefined ? `; 雇用保険分 ${yen(ei)}円` : ''})`,
        en: `labour insurance premium ¥${yen(p.amount)} (FY${p.fiscalYear}${wc !== undefined ? `; workers' compensation ¥${yen(wc)}` : ''}${ei !== undefined ? `; employment insurance ¥${yen(ei)}` : ''})`,
      };
      if (share === undefined) return print(io, v, p, headline);
      const withShare = { ...p, employerShare: share };
      return print(io, v, withShare, headline, [
        {
          result: share,
          headline: {
            ja: `事業主負担 ${yen(share.amount)}円 (労働保険料 ${yen(share.premium)}円 − 被保険者負担 ${yen(share.workerShares)}円; ${share.legalBasis[0]})`,
            en: `employer share ¥${yen(share.amount)} (premium ¥${yen(share.premium)} − worker shares withheld ¥${yen(share.workerShares)}; ${share.legalBasis[0]})`,
          },
        },
      ]);
    },
  },
  contribution: {
    help: CONTRIBUTION_HELP,
    options: { 'fiscal-year': { type: 'string' }, wages: { type: 'string' }, coverage: { type: 'string' }, ...RATES_FILE_OPTION },
    run: async (v, positionals, io) => {
      noPositionals(positionals);
      const r = generalContribution({
        fiscalYear: year(v['fiscal-year'] as string | undefined, '--fiscal-year'),
        wages: need(v.wages as string | undefined, '--wages'),
        ...(v.coverage !== undefined ? { coverage: v.coverage as lib.Coverage } : {}),
        ...(await ratesOption(v, io)),
      });
      const note = r.applicable ? `${yen(r.base)} × ${r.rate}/1000 = ${r.exact}` : (r.reason ?? 'not applicable');
      return print(io, v, r, {
        ja: `一般拠出金 ${yen(r.amount)}円 (FY${r.fiscalYear}; ${note})`,
        en: `general contribution (asbestos relief) ¥${yen(r.amount)} (FY${r.fiscalYear}; ${note})`,
      });
    },
  },
  care: {
    help: CARE_HELP,
    options: {
      month: { type: 'string' },
      level: { type: 'string' },
      expense: { type: 'string' },
      'family-care': { type: 'boolean' },
      'first-month': { type: 'boolean' },
      ...RATES_FILE_OPTION,
    },
    run: async (v, positionals, io) => {
      noPositionals(positionals);
      const r = careBenefit({
        month: need(monthOption(v.month as string | undefined, '--month'), '--month'),
        level: need(v.level as string | undefined, '--level') as CareLevel,
        expense: need(v.expense as string | undefined, '--expense'),
        familyCare: v['family-care'] === true,
        firstMonth: v['first-month'] === true,
        ...(await ratesOption(v, io)),
      });
      return print(io, v, r, {
        ja: `介護(補償)等給付 ${yen(r.amount)}円 (${r.month.slice(0, 7)}, ${r.level === 'constant' ? '常時介護' : '随時介護'}, ${r.reason}; 上限額 ${yen(r.cap)}円, 最低保障額 ${yen(r.minimum)}円)`,
        en: `care benefit ¥${yen(r.amount)} (${r.month.slice(0, 7)}, ${r.level}, ${r.reason}; cap ¥${yen(r.cap)}, minimum ¥${yen(r.minimum)})`,
      });
    },
  },
  rates: { help: RATES_HELP, options: RATES_OPTIONS, run: ratesCommand },
  audit: { help: AUDIT_HELP, options: AUDIT_OPTIONS, run: auditCommand },
  renewal: { help: RENEWAL_HELP, options: RENEWAL_OPTIONS, run: renewalCommand },
};

/** The command of that name, if there is one (own names only: `toString` is not a command). */
function commandNamed(name: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** `help [command]`: the main help, or the command's; anything else is a usage error (exit 2). */
function helpCommand(args: readonly string[], io: Io): number {
  // --lang (already validated) does not change the help text.
  const topics = args.filter((a, i) => a !== '--lang' && args[i - 1] !== '--lang' && !a.startsWith('--lang='));
  const [topic, ...extra] = topics;
  if (topic === undefined || topic === '-h' || topic === '--help') {
    io.stdout(MAIN_HELP);
    return EXIT.ok;
  }
  const command = commandNamed(topic);
  if (command === undefined) throw new UsageError(`no help for ${quoteArg(topic)}: commands are ${Object.keys(COMMANDS).join(', ')} (use --help)`);
  if (extra.length > 0) throw new UsageError(`help takes one command name (got ${quoteArg(extra[0]!)} after ${topic})`);
  io.stdout(command.help);
  return EXIT.ok;
}

/**
 * Runs the command line with `argv` (without node and the script) and returns the exit code. Never
 * throws: every error is reported as `error [CODE]: message` on stderr (see {@link reportError}).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let language: 'ja' | 'en' | undefined;
  try {
    language = errorLanguage(argv);
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help') {
      io.stdout(MAIN_HELP);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === 'help') return helpCommand(rest, io);
    if (name === '-v' || name === '--version') {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    const command = commandNamed(name);
    if (command === undefined) throw new UsageError(`unknown command ${quoteArg(name)}; commands: ${Object.keys(COMMANDS).join(', ')} (use --help)`);
    const { values, positionals } = parseArgs({ args: [...rest], options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
    if (values.help === true) {
      io.stdout(command.help);
      return EXIT.ok;
    }
    return await command.run(values as Values, positionals, io);
  } catch (e) {
    return reportError(withCommandLineHint(e, language), io, language);
  }
}
