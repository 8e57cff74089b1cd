// TypeDoc plugin of jp-labor-insurance (build-time only, never shipped).
// 1. Groups the exports by topic, with Japanese names: the topic of an export is the folder of src/ that
//    defines it (one domain concept per folder), unless its TSDoc names one with an explicit @category.
// 2. Makes the search index find Japanese words: lunr's default trimmer strips every character outside
//    [A-Za-z0-9_], so 雇用保険 or 年度更新 would never be indexed; this trimmer keeps letters and digits of
//    any script (Unicode properties) and still strips punctuation such as 「」、。().
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import lunr from 'lunr';

/** src/ folder → topic shown in the API site. */
export const TOPICS = {
  employment: '雇用保険 Employment insurance',
  premium: '労働保険料 Premium',
  'workers-compensation': '労働保険料 Premium',
  renewal: '年度更新 Annual renewal',
  'jimu-kumiai': '年度更新 Annual renewal',
  ledger: '年度更新 Annual renewal',
  'fixed-term': '有期事業 Fixed-term projects',
  eligibility: '給与計算 Payroll integration',
  payItems: '給与計算 Payroll integration',
  benefits: '給付 Benefits',
  audit: '監査 Audit',
  rates: '料率 Rates',
  rounding: '端数処理 Rounding',
  kernel: '端数処理 Rounding',
  core: '基本 Basics (errors, amounts, dates)',
  rules: '監査 Audit',
};
/** Files whose topic differs from their folder's. */
const FILE_TOPICS = { 'specialEnrollment.ts': '特別加入 Special enrollment', 'generalContribution.ts': '一般拠出金 General contribution' };

const unicodeTrimmer = (token) => token.update((s) => s.replace(/^[^\p{L}\p{N}_]+/u, '').replace(/[^\p{L}\p{N}_]+$/u, ''));
unicodeTrimmer.label = 'trimmer';
lunr.Pipeline.registeredFunctions.trimmer = unicodeTrimmer;
lunr.trimmer = unicodeTrimmer;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const refl of Object.values(context.project.reflections)) {
      if (!refl.kindOf(ReflectionKind.SomeExport) || !refl.parent?.kindOf(ReflectionKind.SomeModule | ReflectionKind.Project)) continue;
      const file = refl.sources?.[0]?.fileName ?? '';
      const m = /src\/([^/]+)\/([^/]+)$/.exec(file);
      if (!m) continue;
      const topic = FILE_TOPICS[m[2]] ?? TOPICS[m[1]];
      if (!topic) continue;
      const comment = (refl.comment ??= new Comment());
      if (comment.blockTags.some((t) => t.tag === '@category')) continue;
      comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: topic }]));
    }
  });
}
