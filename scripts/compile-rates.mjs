#!/usr/bin/env node
// npm run rates — compiles the dated parameters (rates/parameters/*.yaml, the single source of truth)
// into the per-area TypeScript modules of src/rates/generated/ (committed; CI checks that a clean
// checkout regenerates them byte for byte). Deterministic: no clock, no environment, sorted output.
//
//   node scripts/compile-rates.mjs [--params DIR] [--out DIR] [--check]
//
// --params  parameter directory (default rates/parameters)
// --out     output directory (default src/rates/generated)
// --check   compile in memory and fail if the committed output differs (no file is written)
//
// Every parameter file is validated against its schema (rates/schema/<file>.schema.json) and the
// consistency rules below before anything is written; any error stops the compilation.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPEN = '9999-12-31';
const FAMILIES = [
  'fiscal-years',
  'sources',
  'employment',
  'workers-compensation',
  'general-contribution',
  'care-benefit',
  'labor-cost-ratio',
  'special-enrollment',
  'medical-copayment',
  'merit',
  'procedures',
  // payroll integration (issue 12)
  'eligibility',
];

const dayBefore = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Loads and schema-validates every parameter file; returns { name → parsed }. */
export function loadParameters(paramsDir) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const out = {};
  const present = readdirSync(paramsDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));
  const unknown = present.filter((f) => !FAMILIES.includes(f));
  if (unknown.length) throw new Error(`unknown parameter file(s): ${unknown.join(', ')} (add them to FAMILIES in scripts/compile-rates.mjs)`);
  for (const name of FAMILIES) {
    const file = join(paramsDir, `${name}.yaml`);
    if (!existsSync(file)) throw new Error(`missing parameter file ${file}`);
    const data = parse(readFileSync(file, 'utf8'));
    const schema = JSON.parse(readFileSync(join(root, 'rates', 'schema', `${name}.schema.json`), 'utf8'));
    const validate = ajv.compile(schema);
    if (!validate(data)) {
      throw new Error(`${name}.yaml does not match rates/schema/${name}.schema.json:\n${validate.errors.map((e) => `  ${e.instancePath || '/'} ${e.message}`).join('\n')}`);
    }
    out[name] = data;
  }
  return out;
}

/** `to` of each entry: its own, else the day before the next entry, else open-ended. */
function withEnds(entries) {
  return entries.map((e, i) => ({ ...e, to: e.to ?? (entries[i + 1] ? dayBefore(entries[i + 1].from) : OPEN) }));
}

const pick = (o, keys) => {
  const r = {};
  for (const k of keys) if (o[k] !== undefined) r[k] = o[k];
  return r;
};

/** A figure written as a plain value, or as { value, status, sources, verified }. */
const valueOf = (f) => (f !== null && typeof f === 'object' && !Array.isArray(f) ? f.value : f);

/**
 * Compiles the parameters into the area data and the provenance list.
 * Returns { areas: { employment, ... }, figures, gaps, years }.
 */
export function compile(p) {
  const figures = [];
  const gaps = [];
  const fig = (area, key, from, to, value, own, inherited) => {
    const o = own !== null && typeof own === 'object' && !Array.isArray(own) ? own : {};
    figures.push({
      area,
      key,
      from,
      to,
      value: String(value),
      status: o.status ?? inherited.status,
      sources: o.sources ?? inherited.sources,
      verified: o.verified ?? inherited.verified,
    });
  };

  // 雇用保険率
  const emp = p.employment;
  const employment = withEnds(emp.revisions).map((r) => {
    const categories = {};
    for (const [cat, rates] of Object.entries(r.categories)) {
      categories[cat] = {};
      for (const k of ['total', 'worker', 'employer', 'employerBenefitPart', 'employerTwoProjectsPart']) {
        categories[cat][k] = valueOf(rates[k]);
        fig('employment', `${cat}.${k}`, r.from, r.to, valueOf(rates[k]), rates[k], r);
      }
    }
    return { ...pick(r, ['from', 'to']), legalBasis: r.legalBasis ?? emp.legalBasis, sources: r.sources, status: r.status, categories };
  });
  // What calculations do not need (id, name of the benefit part, note) is kept apart, for the views.
  const employmentDetails = withEnds(emp.revisions).map((r) => ({ from: r.from, ...pick(r, ['id', 'benefitPartName', 'note']) }));

  // 労災保険率表 and 非業務災害率
  const wc = p['workers-compensation'];
  const wcTables = withEnds(wc.tables).map((t) => {
    for (const row of t.industries) fig('workersCompensation', `${t.table}.${row.number}`, t.from, t.to, row.rate, row, t);
    return {
      ...pick(t, ['from', 'to', 'table', 'label']),
      legalBasis: t.legalBasis ?? wc.legalBasis,
      sources: t.sources,
      status: t.status,
      ...pick(t, ['note']),
      industries: t.industries.map((row) => ({ number: row.number, category: row.category, name: row.name, rate: row.rate, status: row.status, ...pick(row, ['sources']) })),
    };
  });
  const nonOccupational = withEnds(wc.nonOccupationalRate.values).map((v) => {
    fig('workersCompensation', 'nonOccupationalRate', v.from, v.to, v.rate, v, v);
    return { from: v.from, to: v.to, rate: v.rate, legalBasis: v.legalBasis ?? wc.nonOccupationalRate.legalBasis, sources: v.sources, status: v.status };
  });

  // 一般拠出金率
  const gc = p['general-contribution'];
  const generalContribution = withEnds(gc.values).map((v) => {
    fig('generalContribution', 'rate', v.from, v.to, v.rate, v, v);
    return { from: v.from, to: v.to, rate: v.rate, legalBasis: v.legalBasis ?? gc.legalBasis, sources: v.sources, status: v.status };
  });

  // 介護(補償)等給付: known amounts; an entry with known: false is a gap
  const cb = p['care-benefit'];
  const careBenefit = [];
  for (const v of withEnds(cb.values)) {
    if (v.known === false) {
      gaps.push({ area: 'careBenefit', key: 'limits', from: v.from, to: v.to, status: v.status, verified: v.verified, note: v.note });
      continue;
    }
    for (const level of ['constant', 'occasional']) for (const k of ['max', 'min']) fig('careBenefit', `${level}.${k}`, v.from, v.to, v[level][k], v, v);
    careBenefit.push({
      from: v.from,
      to: v.to,
      constant: v.constant,
      occasional: v.occasional,
      legalBasis: v.legalBasis ?? cb.legalBasis,
      sources: v.sources,
      status: v.status,
      ...pick(v, ['note']),
    });
  }

  // 労務費率表
  const lc = p['labor-cost-ratio'];
  const laborCostRatio = withEnds(lc.tables).map((t) => {
    for (const row of t.rows) fig('laborCostRatio', `${t.table}.${row.number}`, t.from, t.to, row.percent, row, t);
    return {
      ...pick(t, ['from', 'to', 'table']),
      legalBasis: t.legalBasis ?? lc.legalBasis,
      sources: t.sources,
      status: t.status,
      ...pick(t, ['note']),
      rows: t.rows.map((r) => pick(r, ['number', 'name', 'percent'])),
    };
  });

  // 特別加入
  const se = p['special-enrollment'];
  const secondClass = withEnds(se.secondClass.tables).map((t) => {
    for (const row of t.rows) fig('specialEnrollment', `secondClass.${t.id}.${row.code}`, row.addedOn ?? t.from, t.to, row.rate, row, t);
    return {
      from: t.from,
      to: t.to,
      table: t.id,
      legalBasis: t.legalBasis ?? se.secondClass.legalBasis,
      sources: t.sources,
      rows: t.rows.map((r) => pick(r, ['code', 'name', 'rate', 'addedOn', 'reportedNumber', 'status', 'sources'])),
    };
  });
  for (const u of se.secondClass.unpublished)
    gaps.push({
      area: 'specialEnrollment',
      key: `secondClass.${u.code}`,
      name: u.name,
      status: u.status,
      verified: u.verified,
      note: u.note ?? '料率を示す出典なし / no source gives a rate for this category',
    });
  const thirdClass = withEnds(se.thirdClass.values).map((v) => {
    fig('specialEnrollment', 'thirdClass', v.from, v.to, v.rate, v, v);
    return { from: v.from, to: v.to, rate: v.rate, legalBasis: v.legalBasis ?? se.thirdClass.legalBasis, sources: v.sources, status: v.status, ...pick(v, ['note']) };
  });
  const { verified: dv, ...dailyBenefitBases } = se.dailyBenefitBases;
  dailyBenefitBases.standard
    .concat(dailyBenefitBases.homeworkersOnly)
    .forEach((x, i) => fig('specialEnrollment', `dailyBenefitBase.${i}`, '', OPEN, x, null, { ...dailyBenefitBases, verified: dv }));
  const { verified: _pv, ...partialYear } = se.partialYear;
  const mc = p['medical-copayment'];
  const medicalCopayment = withEnds(mc.values).map((v) => {
    fig('medicalCopayment', 'standard', v.from, v.to, v.standard, null, v);
    fig('medicalCopayment', 'dayLaborer', v.from, v.to, v.dayLaborer, null, v);
    const { verified: _verified, ...rest } = v;
    return rest;
  });

  // メリット制 and procedures: not dated by fiscal year; provenance per block
  const { family: _m, verified: mv, ...merit } = p.merit;
  merit.continuous.rows.forEach((r) => fig('merit', `continuous.${r.upToPercent ?? 'over'}`, '', OPEN, r.adjustmentPercent, null, { ...merit.continuous, verified: mv }));
  const { family: _p, verified: prv, ...procedures } = p.procedures;
  for (const r of procedures.lateFee.specialRates)
    fig('procedures', `lateFee.${r.year}`, `${r.year}-01-01`, `${r.year}-12-31`, `${r.firstPercent}/${r.afterPercent}`, r, { ...r, verified: prv });
  const ins = procedures.installments;
  fig(
    'procedures',
    'installments.commissionedDueDates',
    '',
    OPEN,
    `${ins.commissionedDueDates.second}/${ins.commissionedDueDates.third}`,
    ins.commissionedDueDates,
    ins.commissionedDueDates,
  );
  fig(
    'procedures',
    'installments.accountTransferDueDates',
    '',
    OPEN,
    `${ins.accountTransferDueDates.first}/${ins.accountTransferDueDates.second}/${ins.accountTransferDueDates.third}`,
    ins.accountTransferDueDates,
    ins.accountTransferDueDates,
  );

  // 雇用保険の適用基準 (payroll integration, issue 12): dated thresholds read by day
  const { family: _e, name: eligibilityName, verified: ev, periods: eligibilityPeriods } = p.eligibility;
  const eligibility = {
    name: eligibilityName,
    periods: withEnds(eligibilityPeriods).map((e) => {
      for (const k of ['weeklyHoursMin', 'expectedDaysMin', 'elderlyAge', 'elderlyHiresInsured', 'seasonalMonthsMax', 'seasonalWeeklyHoursMin'])
        fig('eligibility', k, e.from, e.to, e[k], null, { ...e, verified: ev });
      return e;
    }),
  };

  const years = p['fiscal-years'].years;
  const areas = {
    employment: { periods: employment },
    workersCompensation: { tables: wcTables, nonOccupationalRate: nonOccupational },
    generalContribution: { periods: generalContribution },
    careBenefit: { periods: careBenefit },
    laborCostRatio: { tables: laborCostRatio },
    specialEnrollment: { secondClass, thirdClass, dailyBenefitBases, partialYear, medicalCopayment },
    merit,
    procedures,
    eligibility,
  };
  const allSources = p.sources.sources;
  // Each area carries the citations of the keys it uses (and only those).
  for (const [name, area] of Object.entries(areas)) {
    const keys = new Set();
    collectSourceKeys(area, keys);
    const missing = [...keys].filter((k) => !(k in allSources));
    if (missing.length) throw new Error(`${name}: unknown source key(s) ${missing.join(', ')} (add them to rates/parameters/sources.yaml)`);
    area.sources = Object.fromEntries([...keys].sort().map((k) => [k, allSources[k]]));
  }
  checkConsistency(areas, years, figures);
  areas.employmentDetails = { periods: employmentDetails };
  const latestVerified = figures
    .map((f) => f.verified)
    .concat(gaps.map((g) => g.verified))
    .sort()
    .at(-1);
  return { areas, figures, gaps, years, latestVerified };
}

function collectSourceKeys(o, keys) {
  if (Array.isArray(o)) for (const x of o) collectSourceKeys(x, keys);
  else if (o !== null && typeof o === 'object') {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'sources' && Array.isArray(v)) v.forEach((s) => keys.add(s));
      else collectSourceKeys(v, keys);
    }
  }
}

/** Consistency rules the schema cannot express; throws on the first violations found. */
function checkConsistency(areas, years, figures) {
  const errors = [];
  const dec = (s) => {
    const [i, f = ''] = String(s).split('.');
    return BigInt(i + f.padEnd(6, '0'));
  };
  for (const p of areas.employment.periods) {
    for (const [cat, r] of Object.entries(p.categories)) {
      if (dec(r.worker) + dec(r.employer) !== dec(r.total)) errors.push(`employment ${p.from} ${cat}: worker + employer ≠ total`);
      if (dec(r.employerBenefitPart) + dec(r.employerTwoProjectsPart) !== dec(r.employer)) errors.push(`employment ${p.from} ${cat}: employer ≠ benefit part + 二事業 part`);
    }
  }
  const lists = {
    employment: areas.employment.periods,
    workersCompensation: areas.workersCompensation.tables,
    nonOccupationalRate: areas.workersCompensation.nonOccupationalRate,
    generalContribution: areas.generalContribution.periods,
    laborCostRatio: areas.laborCostRatio.tables,
    secondClass: areas.specialEnrollment.secondClass,
    thirdClass: areas.specialEnrollment.thirdClass,
    eligibility: areas.eligibility.periods,
  };
  for (const [name, list] of Object.entries(lists)) {
    for (let i = 0; i < list.length; i++) {
      if (list[i].from > list[i].to) errors.push(`${name} ${list[i].from}: ends before it starts`);
      if (i > 0 && list[i].from <= list[i - 1].from) errors.push(`${name} ${list[i].from}: entries out of order`);
      if (i > 0 && dayBefore(list[i].from) !== list[i - 1].to) errors.push(`${name} ${list[i - 1].to} → ${list[i].from}: not contiguous`);
    }
  }
  const industrySets = areas.workersCompensation.tables.map((t) =>
    t.industries
      .map((r) => r.number)
      .sort()
      .join(','),
  );
  areas.workersCompensation.tables.forEach((t, i) => {
    if (industrySets[i] !== industrySets[0]) errors.push(`workersCompensation ${t.table}: 業種 differ from ${areas.workersCompensation.tables[0].table}`);
    const n = t.industries.map((r) => r.number);
    if (new Set(n).size !== n.length) errors.push(`workersCompensation ${t.table}: duplicate 業種`);
  });
  const first = years[0].fiscalYear;
  years.forEach((y, i) => {
    if (y.fiscalYear !== first + i) errors.push(`fiscal-years: ${y.fiscalYear} is not consecutive`);
  });
  for (const f of figures) {
    if (!f.status) errors.push(`${f.area} ${f.key} ${f.from}: no status`);
    if (!Array.isArray(f.sources) || f.sources.length === 0) errors.push(`${f.area} ${f.key} ${f.from}: no source`);
    if (!f.verified) errors.push(`${f.area} ${f.key} ${f.from}: no verified date`);
  }
  if (errors.length) throw new Error(`rate parameters are inconsistent:\n  ${errors.join('\n  ')}`);
}

// ---------- output
const HEADER = (from) => `// Generated by scripts/compile-rates.mjs from ${from} — do not edit; run \`npm run rates\`.\n`;
const json = (v) => JSON.stringify(v, null, 2);

/** The generated modules as { file name → text }. */
export function render(c) {
  const files = {};
  const area = (file, from, typeName, constName, value, doc) => {
    files[file] = `${HEADER(from)}import type { ${typeName} } from '../types.js';\n\n/** ${doc} */\nexport const ${constName}: ${typeName} = ${json(value)};\n`;
  };
  area(
    'employment.ts',
    'rates/parameters/employment.yaml',
    'EmploymentData',
    'EMPLOYMENT',
    c.areas.employment,
    '雇用保険率: every revision, keyed by its dates (`to` 9999-12-31 = in force until changed), and the citations it uses.',
  );
  // The rates alone (no provenance) for the hot path of createEmployeeDeduction, which returns a number
  // and so needs neither the legal basis nor the citations: an app importing only it bundles this.
  files['employmentRates.ts'] =
    `${HEADER('rates/parameters/employment.yaml')}import type { EmploymentRatesData } from '../types.js';\n\n/** 雇用保険率 revisions: dates and worker rates only (the same figures as EMPLOYMENT, without provenance or the employer shares): what createEmployeeDeduction needs. */\nexport const EMPLOYMENT_RATES: EmploymentRatesData = ${json({ periods: c.areas.employment.periods.map((p) => ({ from: p.from, to: p.to, categories: Object.fromEntries(Object.entries(p.categories).map(([k, v]) => [k, { worker: v.worker }])) })) })};\n`;
  files['employmentDetails.ts'] =
    `${HEADER('rates/parameters/employment.yaml')}import type { EmploymentDetailsData } from '../types.js';\n\n/** 雇用保険率 revisions: id, name of the benefit part and note (for the fiscal-year views only). */\nexport const EMPLOYMENT_DETAILS: EmploymentDetailsData = ${json(c.areas.employmentDetails)};\n`;
  area(
    'workersCompensation.ts',
    'rates/parameters/workers-compensation.yaml',
    'WorkersCompensationData',
    'WORKERS_COMPENSATION',
    c.areas.workersCompensation,
    '労災保険率表 and 非業務災害率: every revision and the citations they use.',
  );
  area(
    'generalContribution.ts',
    'rates/parameters/general-contribution.yaml',
    'GeneralContributionData',
    'GENERAL_CONTRIBUTION',
    c.areas.generalContribution,
    '一般拠出金率: every period and the citations it uses.',
  );
  area(
    'careBenefit.ts',
    'rates/parameters/care-benefit.yaml',
    'CareBenefitData',
    'CARE_BENEFIT',
    c.areas.careBenefit,
    '介護(補償)等給付 limits: every period with known amounts (the gaps are left out) and the citations.',
  );
  area(
    'laborCostRatio.ts',
    'rates/parameters/labor-cost-ratio.yaml',
    'LaborCostRatioData',
    'LABOR_COST_RATIO',
    c.areas.laborCostRatio,
    '労務費率表: every revision and the citations it uses.',
  );
  area(
    'specialEnrollment.ts',
    'rates/parameters/special-enrollment.yaml and medical-copayment.yaml',
    'SpecialEnrollmentAreaData',
    'SPECIAL_ENROLLMENT',
    c.areas.specialEnrollment,
    '特別加入 rates and 給付基礎日額 levels, and the 療養給付 一部負担金, with the citations.',
  );
  area('merit.ts', 'rates/parameters/merit.yaml', 'MeritData', 'MERIT', c.areas.merit, 'メリット制 tables, limits and eligibility, with the citations.');
  area(
    'procedures.ts',
    'rates/parameters/procedures.yaml',
    'ProceduresData',
    'PROCEDURES',
    c.areas.procedures,
    '年度更新・延納・追徴金・延滞金・時効 procedure data, with the citations.',
  );
  area(
    'eligibility.ts',
    'rates/parameters/eligibility.yaml',
    'EligibilityData',
    'ELIGIBILITY',
    c.areas.eligibility,
    '雇用保険の適用基準: every period (週所定労働時間, 雇用見込み, 65歳, 季節的雇用) and the citations it uses.',
  );
  files['fiscalYears.ts'] =
    `${HEADER('rates/parameters/fiscal-years.yaml')}\n/** The 保険年度 the package publishes a rate table for, oldest first. */\nexport const PUBLISHED_YEARS: readonly number[] = ${JSON.stringify(c.years.map((y) => y.fiscalYear))};\n\n/** The same years with their names (for the fiscal-year views). */\nexport const FISCAL_YEARS: readonly { readonly fiscalYear: number; readonly name: string }[] = ${json(c.years)};\n`;
  const byStatus = {};
  for (const f of c.figures) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
  const status = {
    latestVerified: c.latestVerified,
    figureCount: c.figures.length,
    sourceCount: new Set(c.figures.flatMap((f) => f.sources)).size,
    byStatus: Object.fromEntries(
      Object.keys(byStatus)
        .sort()
        .map((k) => [k, byStatus[k]]),
    ),
    gaps: c.gaps,
    unconfirmed: c.figures
      .filter((f) => f.status === 'unconfirmed')
      .map((f) => ({ area: f.area, key: f.key, from: f.from, to: f.to, value: f.value, sources: f.sources, verified: f.verified })),
    oldestVerified: c.figures.map((f) => f.verified).sort()[0],
  };
  files['status.ts'] =
    `${HEADER('rates/parameters/*.yaml')}import type { RateDataStatusData } from '../types.js';\n\n/** Counts, gaps and verification dates of the compiled figures. */\nexport const RATE_DATA_STATUS: RateDataStatusData = ${json(status)};\n`;
  return files;
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? resolve(args[i + 1]) : def;
  };
  const paramsDir = opt('--params', join(root, 'rates', 'parameters'));
  const outDir = opt('--out', join(root, 'src', 'rates', 'generated'));
  const check = args.includes('--check');
  const files = render(compile(loadParameters(paramsDir)));
  if (check) {
    const stale = Object.keys(files).filter((f) => !existsSync(join(outDir, f)) || readFileSync(join(outDir, f), 'utf8') !== files[f]);
    if (stale.length) {
      console.error(`src/rates/generated is stale (${stale.join(', ')}): run \`npm run rates\``);
      process.exit(1);
    }
    console.log('src/rates/generated is up to date');
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(outDir, f), text);
  console.log(`compiled ${Object.keys(files).length} modules into ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
