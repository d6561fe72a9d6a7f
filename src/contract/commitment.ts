import { formatYuan } from './policies'

/**
 * 申报表及信用承诺书: generated from the application itself, the same words in
 * the app (shown before signing) and in the mock (kept in the safe once
 * signed). A legal text, so it stays in Chinese in both languages.
 */
export interface CommitmentInput {
  policyTitle: string
  department: string
  companyName: string
  /** masked: the app never needs the full code to show what is signed */
  creditCodeMasked: string
  amount: number
  contactName: string
  bankName: string
  bankAccountMasked: string
  /** YYYY-MM-DD, district time */
  date: string
}

export const COMMITMENT_TITLE = '申报表及信用承诺书'

export function policyCommitmentText(c: CommitmentInput): string[] {
  return [
    `申报政策：${c.policyTitle}（${c.department}）`,
    `申报单位：${c.companyName}，统一社会信用代码 ${c.creditCodeMasked}`,
    `申请金额：${formatYuan(c.amount)}，拨付至 ${c.bankName} 对公账户 ${c.bankAccountMasked}；联系人 ${c.contactName}`,
    '本单位郑重承诺：',
    '一、所填报信息及所附材料真实、准确、完整，无虚假记载或重大遗漏；',
    '二、本单位未被列入严重失信主体名单，近三年无重大违法违规记录；',
    '三、同一事项未重复申领其他财政资金；',
    '四、如有不实，愿承担相应法律责任，退回已获资金，并同意将失信信息记入信用记录。',
    `承诺单位：${c.companyName}\u3000\u3000日期：${c.date}`,
  ]
}
