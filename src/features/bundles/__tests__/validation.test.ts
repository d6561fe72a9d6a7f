import type { BundleField } from '@/contract'
import { PROFILE_VALUE } from '@/contract'
import { fieldError, formErrors } from '../validation'

const field = (kind: BundleField['kind'], extra: Partial<BundleField> = {}): BundleField => ({ id: kind, label: '字段', kind, required: true, itemIds: ['a'], ...extra })

describe('bundle form validation (as the user types)', () => {
  it('checks ID numbers and credit codes by their checksums, and phones', () => {
    expect(fieldError(field('idNumber'), '44011319880602004x')).toBeNull()
    expect(fieldError(field('idNumber'), '44011319880602004')).toBe('身份证号应为 18 位')
    expect(fieldError(field('idNumber'), '440126198511203212')).toBe('身份证号校验位不正确，请核对')
    expect(fieldError(field('creditCode'), '91440113MA59ABCD1R')).toBeNull()
    expect(fieldError(field('creditCode'), '91440113MA59ABCDIR')).toBe('统一社会信用代码含有无效字符（不含 I、O、Z、S、V）')
    expect(fieldError(field('mobile'), '12926045678')).toBe('请输入 11 位手机号码')
  })

  it('checks dates, and birth dates against today', () => {
    expect(fieldError(field('date'), '2024-02-29')).toBeNull()
    expect(fieldError(field('date'), '2023-02-29')).toBe('请输入有效日期（年-月-日）')
    expect(fieldError(field('date'), '2024/02/01')).toBe('请输入有效日期（年-月-日）')
    expect(fieldError(field('date', { pastOnly: true, label: '出生日期' }), '2999-01-01')).toBe('出生日期不能晚于今天')
  })

  it('needs required fields, accepts the account phone, and collects every error by field', () => {
    expect(fieldError(field('text', { label: '姓名' }), '   ')).toBe('请填写姓名')
    expect(fieldError(field('text', { required: false }), '')).toBeNull()
    expect(fieldError(field('mobile', { prefill: 'phone' }), PROFILE_VALUE)).toBeNull()
    // the sentinel is not a phone number where no profile stands behind it
    expect(fieldError(field('mobile'), PROFILE_VALUE)).toBe('请输入 11 位手机号码')
    expect(formErrors([field('text', { id: 'name', label: '姓名' }), field('mobile', { id: 'phone' })], { name: '陈', phone: '139' })).toEqual({ phone: '请输入 11 位手机号码' })
  })
})
