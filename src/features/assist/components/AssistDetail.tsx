import '../assist.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { AssistRequest, Case } from '@/contract'
import { api, messageOf, useMutation, useResource } from '@/shared/api'
import { Banner, Button, Card, Cell, List, LoadState, Section, colors } from '@/shared/ui'
import { go, ROUTES } from '@/shared/routes'
import { formatDateTime, nowMs } from '@/shared/time'
import { useT } from '../strings'
import { assistApi } from '../api'
import { AssistStateTag, slotText } from './AssistStateTag'

/** The request's case timeline (the same events 我的办件 shows), newest first. */
function Timeline({ caseId }: { caseId: string }) {
  const t = useT()
  const record = useResource(() => api.get<Case>(`/api/cases/${encodeURIComponent(caseId)}`), [caseId], { tags: ['assist', 'cases'] })
  return (
    <Section title={t('assist.detail.timeline')}>
      <LoadState resource={record} skeleton={<View className='ui-muted'>{t('state.loading')}</View>}>
        {(c) => (
          <View className='assist-timeline' data-testid='assist-timeline'>
            {[...c.events].reverse().map((e, i) => (
              <View key={`${e.at}-${i}`} className={`assist-event ${i === 0 ? 'assist-event--latest' : ''}`} data-testid='assist-event' data-kind={e.kind}>
                <View className='assist-event__dot' />
                <View className='assist-event__body'>
                  <Text className='assist-event__text'>{e.text}</Text>
                  <View className='ui-muted'>{formatDateTime(e.at)}{e.actor ? ` · ${e.actor}` : ''}</View>
                </View>
              </View>
            ))}
          </View>
        )}
      </LoadState>
    </Section>
  )
}

function Cancel({ request }: { request: AssistRequest }) {
  const t = useT()
  const cancel = useMutation(() => assistApi.cancel(request.id), { invalidates: ['assist', 'cases'] })
  const ask = async () => {
    const { confirm } = await Taro.showModal({ title: t('assist.detail.cancel'), content: t('assist.detail.cancelConfirm'), confirmText: t('assist.detail.cancel'), confirmColor: colors.danger })
    if (confirm) void cancel.run()
  }
  return (
    <View className='assist-actions'>
      {cancel.error && <View className='ui-field__error' role='alert'>{messageOf(cancel.error)}</View>}
      <Button block variant='danger' loading={cancel.busy} onClick={ask} testId='assist-cancel'>{t('assist.detail.cancel')}</Button>
    </View>
  )
}

/** One 帮办代办 request: its state, the agreed time and staff member once accepted, what was authorised, its timeline. */
export function AssistDetail({ id }: { id: string }) {
  const t = useT()
  const resource = useResource(() => assistApi.get(id), [id], { tags: ['assist'] })
  return (
    <LoadState resource={resource}>
      {(r) => {
        const cancellable = (r.state === 'submitted' || r.state === 'accepted') && (!r.scheduledAt || Date.parse(r.scheduledAt) > nowMs())
        return (
          <View data-testid='assist-detail' data-state={r.state}>
            <View className='ui-section'>
              <Card>
                <View className='assist-card__head'>
                  <Text className='assist-card__title'>{t(`assist.kind.${r.kind}`)} · {r.target.name}</Text>
                  <AssistStateTag state={r.state} />
                </View>
                <View className='assist-card__line'>{t(`assist.target.${r.target.type}`)}</View>
              </Card>
            </View>
            <View className='ui-section' data-testid='assist-status'>
              {r.state === 'accepted' && r.scheduledAt && <Banner tone='info' icon='check'>{t('assist.detail.acceptedBanner', { time: formatDateTime(r.scheduledAt), name: r.helperName ?? '' })}</Banner>}
              {r.state === 'submitted' && <Banner tone='info' icon='clock'>{t('assist.detail.waiting')}</Banner>}
              {r.state === 'cancelled' && <Banner tone='warning'>{t('assist.detail.cancelled')}</Banner>}
              {r.state === 'done' && <Banner tone='info' icon='check'>{t('assist.detail.done')}</Banner>}
            </View>
            <Section>
              <List>
                {r.scheduledAt && <Cell title={t('assist.detail.scheduled')} extra={formatDateTime(r.scheduledAt)} arrow={false} testId='assist-scheduled' />}
                {r.helperName && <Cell title={t('assist.detail.helper')} extra={r.helperName} arrow={false} testId='assist-helper' />}
                <Cell title={t('assist.detail.preferred')} extra={slotText(r.preferred, t)} arrow={false} />
                <Cell title={t('assist.detail.phone')} extra={r.phoneMasked} arrow={false} />
                {r.eligibility && <Cell title={t('assist.detail.eligibility')} desc={r.eligibility} arrow={false} />}
                {r.documents?.length ? <Cell title={t('assist.detail.documents')} desc={r.documents.map((d) => d.name).join(t('assist.listSep'))} arrow={false} /> : null}
                <Cell title={t('assist.detail.case')} extra={r.caseNumber} onClick={() => go(ROUTES.caseDetail, { id: r.caseId })} testId='assist-case' />
              </List>
            </Section>
            {cancellable && <Cancel request={r} />}
            <Timeline key={`${r.state}-${r.scheduledAt ?? ''}`} caseId={r.caseId} />
          </View>
        )
      }}
    </LoadState>
  )
}
