import type { BundleField, BundleQuestion, ProfileSource } from '../../src/contract'

/** The building blocks of a bundle's questions and fields. */
export const yesNo = (id: string, text: string, hint?: string): BundleQuestion => ({
  id,
  text,
  hint,
  options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }],
})

export const field = (id: string, label: string, kind: BundleField['kind'], itemIds: string[], extra: Partial<BundleField> = {}): BundleField => ({
  id, label, kind, itemIds, required: true, ...extra,
})

/** The applicant's own fields: the same in every personal bundle, filled once for all its items. */
export function applicant(itemIds: string[], prefillAddress = true): BundleField[] {
  const from = (prefill: ProfileSource) => ({ prefill })
  return [
    field('applicantName', '申请人姓名', 'text', itemIds, from('name')),
    field('applicantId', '申请人身份证号', 'idNumber', itemIds, { placeholder: '请输入 18 位身份证号', prefill: 'idNumber' }),
    field('phone', '联系电话', 'mobile', itemIds, from('phone')),
    field('address', '联系地址', 'address', itemIds, prefillAddress ? from('address') : {}),
  ]
}

/** A business's fields: company, credit code, legal representative, contact. */
export function company(itemIds: string[]): BundleField[] {
  return [
    field('companyName', '单位名称', 'text', itemIds, { prefill: 'companyName' }),
    field('creditCode', '统一社会信用代码', 'creditCode', itemIds, { prefill: 'creditCode' }),
    field('legalRepresentative', '法定代表人', 'text', itemIds, { prefill: 'legalRepresentative' }),
    field('phone', '联系电话', 'mobile', itemIds, { prefill: 'phone' }),
  ]
}
