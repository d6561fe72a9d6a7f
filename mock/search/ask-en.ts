import type { AskAnswer, AskTopic, Bundle, ItemMaterial, ServiceItem } from '../../src/contract'

/**
 * 问一问 in English: the same answers as ask.ts, from the same guide fields,
 * as rule-made English sentences. Names use the English twin where the data
 * has one, else the Chinese name (quoted) so the resident can show it at a hall.
 */
export const TOPIC_WORDS_EN: Array<{ topic: AskTopic; words: RegExp }> = [
  { topic: 'materials', words: /\b(bring|documents?|materials?|papers?|need to (?:prepare|submit))\b/i },
  { topic: 'fee', words: /\b(cost|fee|fees|price|pay|free|charge)\b/i },
  { topic: 'time', words: /\b(how long|how many days|when (?:will|can)|time limit|same day)\b/i },
  { topic: 'proxy', words: /\b(on my behalf|someone else|proxy|family member|agent|for me)\b/i },
  { topic: 'online', words: /\b(online|on my phone|remotely|without visiting)\b/i },
  { topic: 'where', words: /\b(where|address|which hall|which window)\b/i },
  { topic: 'booking', words: /\b(book|booking|appointment|queue)\b/i },
  { topic: 'conditions', words: /\b(eligible|eligibility|conditions?|qualify|who can)\b/i },
]

const IN_PERSON = /结婚|离婚|居民身份证|临时身份证|驾驶证|指纹/

export const nameEn = (subject: { name: string; nameEn?: string }) => subject.nameEn ?? `“${subject.name}”`

const days = (n: number) => (n === 0 ? 'is done on the spot when the documents are complete' : `is done within ${n} working day${n === 1 ? '' : 's'}`)

const feeEn = (fee: string) => (fee === '不收费' ? 'free of charge' : fee.startsWith('工本费') ? `a production fee of ${fee.replace(/\D/g, '')} yuan` : 'charged at the standard rate')

function materialLine(m: ItemMaterial): string {
  const notes = [m.licenceType && 'can be pulled from your e-licence vault', m.deferrable && 'may be handed in later', m.commitmentAllowed && 'a signed commitment may replace it'].filter(Boolean)
  return `${m.name}${m.copies && m.copies > 1 ? ` ×${m.copies}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}`
}

function proxy(name: string, target: ServiceItem['target']): { text: string; points: string[] } {
  if (IN_PERSON.test(name)) return { text: `${nameEn({ name })} needs you in person (photo, fingerprints or signing on site); nobody can do it for you.`, points: [] }
  if (target === 'business') return { text: 'A staff member of the company can apply; the legal representative need not come.', points: ['Power of attorney (signed by the legal representative, company seal)', 'ID card of the staff member'] }
  return { text: 'Someone else can do it for you.', points: ['Power of attorney signed by you', 'Your ID card (or its e-licence)', "The agent's ID card"] }
}

export function itemAnswerEn(topic: AskTopic, item: ServiceItem, halls: string[]): Pick<AskAnswer, 'text' | 'points'> {
  const name = nameEn(item)
  switch (topic) {
    case 'materials':
      return { text: item.noCertificate ? `For ${name} you need the following, all available from your e-licence vault (no paper copies):` : `For ${name} please prepare:`, points: item.materials.map(materialLine) }
    case 'fee':
      return { text: `${name} is ${feeEn(item.fee)}.`, points: [] }
    case 'time':
      return { text: item.instant ? `${name} can be approved instantly; otherwise it ${days(item.timeLimitDays)}.` : `${name} ${days(item.timeLimitDays)}.`, points: [] }
    case 'online':
      return { text: item.online ? `Yes, ${name} can be done online in this app, with documents from your e-licence vault.` : `${name} needs a visit to a hall; book a time slot in this app first to skip the queue.`, points: [] }
    case 'proxy':
      return proxy(item.name, item.target)
    case 'where':
      return { text: halls.length ? `You can do ${name} at these halls${item.online ? ', or online' : ''}:` : `Please go to the Panyu District Government Service Centre for ${name}.`, points: halls }
    case 'booking':
      return {
        text: item.bookable
          ? `Yes, ${name} can be booked: choose a hall and a time slot, then show the booking code there.`
          : item.notBookableReason === 'self-service'
            ? `${name} needs no booking: use any 政务晓屋 self-service kiosk with your ID card.`
            : `${name} needs no booking: it is done fully online — tap "Apply online".`,
        points: [],
      }
    case 'conditions':
      return { text: `To apply for ${name} you must meet these conditions:`, points: item.conditions }
  }
}

export function bundleAnswerEn(topic: AskTopic, bundle: Bundle, items: ServiceItem[], materials: ItemMaterial[], halls: string[]): Pick<AskAnswer, 'text' | 'points'> {
  const name = nameEn(bundle)
  switch (topic) {
    case 'materials':
      return { text: `${name} is one application; shared documents are handed in once. At most you need:`, points: materials.map(materialLine) }
    case 'fee': {
      const fees = [...new Set(items.map((i) => i.fee))]
      return fees.length === 1 ? { text: `${name} is ${feeEn(fees[0])}.`, points: [] } : { text: `Fees for the services in ${name}:`, points: items.map((i) => `${nameEn(i)}: ${feeEn(i.fee)}`) }
    }
    case 'time':
      return { text: `${name} is completed within ${bundle.promisedDays} working days, with ${bundle.trips} visit${bundle.trips === 1 ? '' : 's'}.`, points: [] }
    case 'online':
      return { text: `${name} can be applied for online in one go${bundle.trips === 0 ? ', no visit needed' : `, with at most ${bundle.trips} visit${bundle.trips === 1 ? '' : 's'}`}.`, points: [] }
    case 'proxy':
      return proxy(bundle.name, bundle.target)
    case 'where':
      return { text: `${name} can be done online or at the general window of these halls:`, points: halls }
    case 'booking':
      return { text: `Applying online for ${name} needs no booking; for a visit, book the general window at the Panyu District Government Service Centre.`, points: [] }
    case 'conditions':
      return { text: `${name} first asks a few questions; your answers decide which services are included:`, points: bundle.questions.map((q) => q.text) }
  }
}

export const NOT_ANSWERED_EN = 'The service guides do not answer this question. You can report it to us ("could not get it done") and staff will contact you.'
