/**
 * The API site's search finds the Japanese terms an office would type. The site is built with the
 * project's typedoc.json into a temporary folder, and its search index (assets/search.js: deflated,
 * base64 JSON of lunr's index) is queried the way the site's own search box queries it (`*term*`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import lunr from 'lunr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = mkdtempSync(join(tmpdir(), 'jp-labor-insurance-api-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Row {
  name: string;
  url: string;
  kind: number;
}
let rows: Row[] = [];
let index: lunr.Index;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out, '--logLevel', 'Warn'], { cwd: root, stdio: 'pipe' });
  const text = readFileSync(join(out, 'assets', 'search.js'), 'utf8');
  const b64 = /window\.searchData = "([^"]+)"/.exec(text)?.[1];
  if (b64 === undefined) throw new Error('no search data in assets/search.js');
  const data = JSON.parse(inflateSync(Buffer.from(b64, 'base64')).toString('utf8')) as { rows: Row[]; index: object };
  rows = data.rows;
  index = lunr.Index.load(data.index);
}, 120_000);

/** What the site's search box shows first for a term (its query is `*term*`). */
const search = (term: string): string[] => index.search(`*${term}*`).map((r) => rows[Number(r.ref)]!.name);

describe('search in the built API site', () => {
  it.each([
    ['雇用保険', 'employeeDeduction'],
    ['被保険者負担額', 'employeeDeduction'],
    ['年度更新', 'annualRenewal'],
    ['一般拠出金', 'generalContribution'],
    ['労働保険料', 'laborInsurancePremium'],
    ['介護', 'careBenefit'],
    ['特別加入', 'specialEnrollmentPremium'],
  ])('%s finds %s among the first ten results', (term, name) => {
    expect(search(term).slice(0, 10)).toContain(name);
  });

  it('the glossary page is found by a Japanese term', () => {
    expect(search('用語集').slice(0, 3)).toContain('用語集 Glossary');
  });

  it('exports are grouped by topic with Japanese names', () => {
    const page = readFileSync(join(out, 'modules', 'index.html'), 'utf8');
    for (const topic of ['雇用保険', '労働保険料', '年度更新', '給付', '特別加入', '監査', '料率', '端数処理']) expect(page).toContain(topic);
  });
});
