import { checkCreditCode, checkIdNumber, creditCheckCharacter, idCheckCharacter, isMobile, maskIdNumber, maskName, maskPhone } from './identity'

describe('居民身份证号 (GB 11643)', () => {
  const today = new Date('2026-11-23T00:00:00Z')

  it('accepts numbers whose MOD 11-2 check character matches, X included', () => {
    expect(checkIdNumber('440126198511203211', today)).toBeNull()
    expect(checkIdNumber('44011319880602004X', today)).toBeNull()
    expect(checkIdNumber('44011319880602004x', today)).toBeNull()
  })

  it('names what is wrong', () => {
    expect(checkIdNumber('44012619851120321', today)).toBe('length')
    expect(checkIdNumber('4401261985112032A1', today)).toBe('format')
    expect(checkIdNumber('440126198511203212', today)).toBe('checksum')
    expect(checkIdNumber('440126198502303219', today)).toBe('birthdate')
  })

  it('refuses a birth date in the future', () => {
    const first17 = '44012620301120321'
    expect(checkIdNumber(first17 + idCheckCharacter(first17), today)).toBe('birthdate')
  })

  it('computes the check character from the weights', () => {
    // 11010519491231002X is the standard's own example
    expect(idCheckCharacter('11010519491231002')).toBe('X')
  })
})

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts a code whose MOD 31 check character matches', () => {
    expect(checkCreditCode('91440113MA59ABCD1R')).toBeNull()
    expect(checkCreditCode('91350100M000100Y43')).toBeNull()
  })

  it('refuses wrong length, letters outside the set and a wrong check character', () => {
    expect(checkCreditCode('91440113MA59ABCD1')).toBe('length')
    expect(checkCreditCode('91440113MA59ABCDIR')).toBe('format')
    expect(checkCreditCode('91440113MA59ABCD1A')).toBe('checksum')
  })

  it('check character 0 comes out as 0, not 31', () => {
    const code = '91440113MA59ABCD1'
    expect(creditCheckCharacter(code)).toMatch(/^[0-9A-HJ-NP-RTUW-Y]$/)
  })
})

describe('mobile numbers and masking', () => {
  it('accepts 11 digits starting with 1[3-9]', () => {
    expect(isMobile('13926045678')).toBe(true)
    expect(isMobile('12926045678')).toBe(false)
    expect(isMobile('1392604567')).toBe(false)
  })

  it('masks ID numbers, phones and names', () => {
    expect(maskIdNumber('440126198511203211')).toBe('4401**********3211')
    expect(maskPhone('13926045678')).toBe('139****5678')
    expect(maskName('陈志明')).toBe('陈**')
    expect(maskName('欧阳晓明')).toBe('欧阳**')
  })
})
