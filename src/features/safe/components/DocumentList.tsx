import { View } from '@tarojs/components'
import type { DocumentKind, SafeDocument } from '@/contract'
import { Cell, EmptyState, List, LoadState, Section, Tag } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useT, type StringKey } from '@/shared/strings'
import { now, local } from '@/shared/time'
import { safeApi } from '../api'

const GROUPS: Array<{ kind: DocumentKind; title: StringKey }> = [
  { kind: 'licence', title: 'safe.licences' },
  { kind: 'certificate', title: 'safe.certificates' },
  { kind: 'material', title: 'safe.materials' },
]

const EXPIRING_DAYS = 60

function Validity({ doc }: { doc: SafeDocument }) {
  const t = useT()
  if (!doc.validUntil) return <Tag tone='neutral'>{t('safe.longTerm')}</Tag>
  const days = local(doc.validUntil).diff(now(), 'day')
  if (days < 0) return <Tag tone='danger'>{t('safe.expired')}</Tag>
  if (days <= EXPIRING_DAYS) return <Tag tone='warning'>{t('safe.expiringSoon')}</Tag>
  return null
}

/** The safe's documents, grouped, each with issuer, masked number and validity. */
export function DocumentList({ enabled = true }: { enabled?: boolean }) {
  const t = useT()
  const docs = useResource(() => safeApi.documents(), [], { cacheKey: 'safe:documents', enabled })
  return (
    <LoadState resource={docs} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='safe' title={t('state.empty')} hint={t('safe.emptyHint')} />}>
      {(data) => (
        <View data-testid='document-list'>
          {GROUPS.map(({ kind, title }) => {
            const rows = data.items.filter((d) => d.kind === kind)
            if (!rows.length) return null
            return (
              <Section key={kind} title={`${t(title)}（${rows.length}）`}>
                <List>
                  {rows.map((doc) => (
                    <Cell
                      key={doc.id}
                      icon={kind === 'licence' ? 'id-card' : 'file'}
                      title={doc.name}
                      desc={`${doc.issuer} · ${doc.numberMasked}`}
                      extra={<Validity doc={doc} />}
                      testId='document-row'
                    />
                  ))}
                </List>
              </Section>
            )
          })}
        </View>
      )}
    </LoadState>
  )
}
