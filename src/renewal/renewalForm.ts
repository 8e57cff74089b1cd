import type { Premium } from '../premium/premium.js';
import type { Appropriation } from './appropriation.js';
import type { GeneralContribution } from './generalContribution.js';
import type { Installment } from './installments.js';

/** One line of the form: base in thousand yen, rate per 1000, amount. */
export interface FormLine {
  /** 算定基礎額 in 千円 (the form's unit). */
  baseThousands: number;
  /**
   * Rate per 1000 ("17.5"), a decimal string. Absent on a line whose rate changed during the year
   * (FY2022 雇用保険分): its `periods` then give one line per rate period, each with its own rate, as the
   * 令和4年度 申告書 splits the box into 前期 and 後期.
   */
  rate?: string;
  amount: number;
  /** One line per rate period, when the rate changed during the year (FY2022). */
  periods?: FormLine[];
}

/** The figures to write on 様式第6号 (労働保険 概算・増加概算・確定保険料 申告書). */
export interface RenewalForm {
  /** ④ 確定保険料算定内訳, per part: 算定基礎額 (千円), 料率 (/1000), 確定保険料額. */
  final: { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number };
  /** ⑧ 概算保険料算定内訳: 算定基礎額の見込額 (千円), 料率, 概算保険料額. */
  estimate: { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number };
  /** 一般拠出金: 算定基礎額 (千円), 率, 額. */
  generalContribution: FormLine;
  /** ⑱ 申告済概算保険料額. */
  declaredEstimate: number;
  /** ⑳ 差引額: 充当額 (保険料 + 一般拠出金), 還付額, 不足額. */
  difference: { appropriated: number; refund: number; shortfall: number };
  /** 充当意思 code: 1 (保険料), 2 (一般拠出金), 3 (両方), or none for 還付. */
  appropriationCode?: 1 | 2 | 3;
  /** ㉑ 延納の申請 納付回数 (1 = 全期). */
  installmentCount: number;
  /** ㉒ 期別納付額 per 期: 概算保険料額, 充当額, 不足額, 一般拠出金, 今期納付額. */
  installments: Installment[];
}

/** The figures of the 年度更新 as 様式第6号 asks for them. @internal */
export interface RenewalFormFigures {
  final: Premium;
  estimate: Premium;
  generalContribution: GeneralContribution;
  declaredEstimate: number;
  appropriated: number;
  refund: number;
  shortfall: number;
  choice: Appropriation;
  installmentCount: number;
  installments: Installment[];
}

const CODE: Readonly<Record<Appropriation, 1 | 2 | 3 | undefined>> = { premium: 1, generalContribution: 2, both: 3, refund: undefined };

/** 様式第6号: the boxes, named; bases in 千円 as printed (the bases are multiples of 1,000). @internal */
export function renewalForm(f: RenewalFormFigures): RenewalForm {
  const form: RenewalForm = {
    final: formLines(f.final),
    estimate: formLines(f.estimate),
    generalContribution: { baseThousands: thousands(f.generalContribution.base), rate: f.generalContribution.rate, amount: f.generalContribution.amount },
    declaredEstimate: f.declaredEstimate,
    difference: { appropriated: f.appropriated, refund: f.refund, shortfall: f.shortfall },
    installmentCount: f.installmentCount,
    installments: f.installments,
  };
  const code = CODE[f.choice];
  if (code !== undefined) form.appropriationCode = code; // none for 還付
  return form;
}

/** A base (a multiple of 1,000 yen, a safe integer) in 千円: the quotient of an exact multiple is exact. */
function thousands(base: number): number {
  return Math.floor(base / 1000);
}

function formLines(p: Premium): { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number } {
  const out: { workersCompensation?: FormLine; employmentInsurance?: FormLine; total: number } = { total: p.amount };
  if (p.workersCompensation)
    out.workersCompensation = { baseThousands: thousands(p.workersCompensation.base), rate: p.workersCompensation.rate, amount: p.workersCompensation.amount };
  if (p.employmentInsurance)
    out.employmentInsurance =
      p.employmentInsurance.rate !== undefined
        ? { baseThousands: thousands(p.employmentInsurance.base), rate: p.employmentInsurance.rate, amount: p.employmentInsurance.amount }
        : {
            baseThousands: thousands(p.employmentInsurance.base),
            amount: p.employmentInsurance.amount,
            periods: p.employmentInsurance.periods.map((x) => ({ baseThousands: thousands(x.base), rate: x.rate, amount: x.amount })),
          };
  return out;
}
