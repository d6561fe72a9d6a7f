import '../safe.entry.css'
import { View } from '@tarojs/components'
import type { DocumentKind, ListResponse, SafeDocument } from '@/contract'
import { documentNameEn, expiryOf } from '@/contract'
import { Cell, EmptyState, Icon, List, LoadState, Section, Tag, colors } from '@/shared/ui'
import { useResource, type Resource } from '@/shared/api'
import { localized } from '@/shared/strings'
import { useEntryT as useT, type EntryKey as StringKey } from '../strings.entry'
import { today } from '@/shared/time'
import { go, ROUTES } from '@/shared/routes'
import { safeApi } from '../api'
import { docIcon } from '../format'

const GROUPS: Array<{ kind: DocumentKind; title: StringKey }> = [
  { kind: 'licence', title: 'safe.licences' },
  { kind: 'certificate', title: 'safe.certificates' },
  { kind: 'material', title: 'safe.materials' },
]

export function Validity({ doc }: { doc: SafeDocument }) {
  const t = useT()
  if (!doc.validUntil) return doc.kind === 'material' ? null : <Tag tone='neutral'>{t('safe.longTerm')}</Tag>
  const expiry = expiryOf(doc.validUntil, today())
  if (expiry?.expired) return <Tag tone='danger'>{t('safe.expired')}</Tag>
  if (expiry?.stage) return <Tag tone={expiry.stage === 7 ? 'danger' : 'warning'}>{expiry.daysLeft === 0 ? t('safe.expiresToday') : t('safe.expiresInDays', { days: expiry.daysLeft })}</Tag>
  return null
}

/** Issuer, then the masked number (or the file) on a line of its own so it never breaks mid-number. */
export function DocumentLines({ doc, validity }: { doc: SafeDocument; validity?: boolean }) {
  const t = useT()
  const number = doc.numberMasked || doc.fileName
  return (
    <>
      <View>{doc.issuer}</View>
      {number && <View className='safe-number'>{number}</View>}
      {validity && doc.validUntil && <View>{t('safe.validUntil', { date: doc.validUntil })}</View>}
    </>
  )
}

export function useDocuments(version = 0, enabled = true): Resource<ListResponse<SafeDocument>> {
  return useResource(() => safeApi.documents(), [version], { cacheKey: 'safe:documents', enabled, tags: ['safe-documents'] })
}

interface Props {
  docs: Resource<ListResponse<SafeDocument>>
  /** choosing mode (the code screen): ticks instead of opening the detail */
  selected?: string[]
  onToggle?: (id: string) => void
  /** the next step offered when the safe is empty */
  onEmptyAction?: () => void
}

/** The safe's documents, grouped, each with issuer, masked number and validity. */
export function DocumentList({ docs, selected, onToggle, onEmptyAction }: Props) {
  const t = useT()
  const choosing = !!onToggle
  return (
    <LoadState
      resource={docs}
      isEmpty={(d) => d.items.length === 0}
      empty={<EmptyState icon='safe' title={t('state.empty')} hint={t('safe.emptyHint')} action={onEmptyAction ? t('safe.action.upload') : undefined} onAction={onEmptyAction} />}
    >
      {(data) => (
        <View data-testid='document-list'>
          {GROUPS.map(({ kind, title }) => {
            const rows = data.items.filter((d) => d.kind === kind)
            if (!rows.length) return null
            return (
              <Section key={kind} title={t('format.labelCount', { label: t(title), count: rows.length })}>
                <List>
                  {rows.map((doc) => {
                    const on = !!selected?.includes(doc.id)
                    return (
                      <Cell
                        key={doc.id}
                        icon={docIcon(doc)}
                        title={localized(doc.name, documentNameEn(doc.name))}
                        // the validity under the name, not beside it: a long (English, 关怀模式) name keeps the row's width
                        desc={<>{!choosing && <View className='safe-validity'><Validity doc={doc} /></View>}<DocumentLines doc={doc} /></>}
                        extra={choosing ? (
                          <View className={`safe-check ${on ? 'safe-check--on' : ''}`} role='checkbox' aria-checked={on} aria-label={doc.name}>
                            {on && <Icon name='check' color={colors.white} size={14} />}
                          </View>
                        ) : undefined}
                        arrow={!choosing}
                        onClick={() => (choosing ? onToggle!(doc.id) : go(ROUTES.safeDocument, { id: doc.id }))}
                        testId={choosing ? 'document-choice' : 'document-row'}
                      />
                    )
                  })}
                </List>
              </Section>
            )
          })}
        </View>
      )}
    </LoadState>
  )
}
