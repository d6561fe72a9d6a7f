import type { Role, User } from '../../src/contract'
import { maskIdNumber, maskPhone } from '../../src/contract'
import { DEMO_USERS, type UserRecord } from '../data/users'
import { hallSeeds } from '../data/halls'
import type { Store } from '../store'

export interface SessionRecord {
  token: string
  userId: string
  role: Role
  createdAt: number
}

const ROLES: Role[] = ['resident', 'business', 'clerk']

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value)
}

export function userRecord(store: Store, userId: string): UserRecord | undefined {
  return store.collection<UserRecord>('users').get(userId)
}

export function seedUsers(store: Store): void {
  const users = store.collection<UserRecord>('users')
  for (const user of Object.values(DEMO_USERS)) users.put(user.id, { ...user })
}

/** Tokens are opaque random strings; the session table says who holds one. */
export function demoLogin(store: Store, role: Role, nowMs: number): { token: string; user: User } {
  const record = Object.values(DEMO_USERS).find((u) => u.role === role)!
  const random = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join('')
  const token = `demo.${role}.${random}`
  store.collection<SessionRecord>('sessions').put(token, { token, userId: record.id, role, createdAt: nowMs })
  return { token, user: publicUser(userRecord(store, record.id) ?? record) }
}

/** What the API shows of a user: ID numbers and phones masked. */
export function publicUser(record: UserRecord): User {
  const hall = record.hallId ? hallSeeds().find((h) => h.id === record.hallId) : undefined
  return {
    id: record.id,
    role: record.role,
    name: record.name,
    idNumberMasked: record.idNumber ? maskIdNumber(record.idNumber) : undefined,
    phoneMasked: record.phone ? maskPhone(record.phone) : undefined,
    companyName: record.companyName,
    creditCode: record.creditCode,
    hallId: record.hallId,
    hallName: hall?.name,
    windowNo: record.windowNo,
  }
}
