import fs from 'fs'
import path from 'path'
import { useLocaleStore } from '../strings'
import { common as en } from '../strings/en/common'
import { ApiError, messageOf } from './errors'

describe('messageOf', () => {
  afterEach(() => useLocaleStore.getState().setLocale('zh'))

  it("shows the backend's own wording in Chinese", () => {
    expect(messageOf(new ApiError(409, 'SLOT_FULL', '该时段已约满（09:00-09:30）'))).toBe('该时段已约满（09:00-09:30）')
  })

  it("shows the refusal's English sentence in English, and the backend's words for a code it does not know", async () => {
    await useLocaleStore.getState().setLocale('en')
    expect(messageOf(new ApiError(409, 'SLOT_FULL', '该时段已约满'))).toBe('That time slot is full. Choose another one.')
    expect(messageOf(new ApiError(410, 'CODE_EXPIRED', '码已过期'))).toBe('The code has expired. Ask for a new one.')
    expect(messageOf(new ApiError(409, 'SOMETHING_NEW', '新的拒绝'))).toBe('新的拒绝')
    expect(messageOf(new Error('boom'))).toBe('Something went wrong. Please try again.')
  })

  it('has an English sentence for every refusal code the backend uses', () => {
    const mockDir = path.join(__dirname, '../../../mock')
    const sources: string[] = []
    const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) sources.push(fs.readFileSync(full, 'utf8'))
    })
    walk(mockDir)
    const codes = new Set(sources.flatMap((src) => [...src.matchAll(/(?:fail\.(?:conflict|gone)\(|new ApiFailure\(\d+, )'([A-Z_]+)'/g)].map((m) => m[1])))
    expect(codes.size).toBeGreaterThan(20)
    const missing = [...codes].filter((code) => !(`error.code.${code}` in en))
    expect(missing).toEqual([])
  })
})
