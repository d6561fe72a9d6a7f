import '../approvals.css'
import { Text, View } from '@tarojs/components'
import type { CertificateVerification } from '@/contract'
import { Button, Card, Cell, Icon, List, LoadState, QrCode, Section, colors } from '@/shared/ui'
import { ApiError, useResource } from '@/shared/api'
import { useT, type StringKey } from '../strings'
import { formatDateTime } from '@/shared/time'
import { approvalsApi } from '../api'

const STATE: Record<CertificateVerification['state'], { tone: string; title: StringKey; hint: StringKey }> = {
  valid: { tone: 'success', title: 'approvals.certificate.valid', hint: 'approvals.certificate.validHint' },
  expired: { tone: 'warning', title: 'approvals.certificate.expired', hint: 'approvals.certificate.expiredHint' },
  revoked: { tone: 'danger', title: 'approvals.certificate.revoked', hint: 'approvals.certificate.revokedHint' },
}

/** A refused id (forged, altered) or one the issuer does not know: said plainly, not as a load failure. */
function Refused({ error }: { error: ApiError }) {
  const t = useT()
  return (
    <View className='approvals-verify approvals-verify--danger' role='alert' data-testid='certificate-refused'>
      <View className='approvals-verify__icon'><Icon name='close' color={colors.white} size={28} /></View>
      <Text className='approvals-verify__title'>{t(error.status === 404 ? 'approvals.certificate.unknown' : 'approvals.certificate.invalid')}</Text>
      <Text className='approvals-verify__hint'>{error.message}</Text>
      <Text className='approvals-verify__hint'>{t('approvals.certificate.invalidHint')}</Text>
    </View>
  )
}

/** 证书核验: is this certificate genuine and valid — for the holder, a clerk or a street inspector. */
export function CertificateView({ id }: { id: string }) {
  const t = useT()
  const verification = useResource(() => approvalsApi.verify(id), [id])
  const refused = verification.error instanceof ApiError && (verification.error.code === 'CERTIFICATE_INVALID' || verification.error.status === 404)
  if (!id || refused) return <Refused error={refused ? verification.error as ApiError : new ApiError(400, 'CERTIFICATE_INVALID', t('approvals.certificate.noId'))} />
  return (
    <LoadState resource={verification}>
      {(cert) => {
        const state = STATE[cert.state]
        return (
          <View data-testid='certificate-view' data-state={cert.state}>
            <View className={`approvals-verify approvals-verify--${state.tone}`} role='status'>
              <View className='approvals-verify__icon'><Icon name={cert.valid ? 'shield' : 'alert'} color={colors.white} size={28} /></View>
              <Text className='approvals-verify__title'>{t(state.title)}</Text>
              <Text className='approvals-verify__hint'>{t(state.hint, { time: formatDateTime(cert.checkedAt) })}</Text>
            </View>
            <Section>
              <Card className='approvals-cert'>
                <Text className='approvals-cert__title' role='heading' aria-level={1}>{cert.title}</Text>
                <View className='approvals-cert__number'>{t('approvals.certificate.number', { number: cert.number })}</View>
                <View className='approvals-cert__qr'>
                  <QrCode value={cert.qrText} size={168} label={t('approvals.certificate.qrLabel')} testId='certificate-qr' />
                </View>
                <View className='ui-muted approvals-center'>{t('approvals.certificate.scanHint')}</View>
              </Card>
            </Section>
            <Section title={t('approvals.certificate.details')}>
              <List>
                <Cell title={t('approvals.certificate.holder')} extra={cert.holder} />
                <Cell title={t('approvals.certificate.holderCode')} extra={cert.holderCode} />
                <Cell title={t('approvals.certificate.item')} extra={cert.itemName} />
                <Cell title={t('approvals.certificate.issuer')} extra={cert.issuer} />
                <Cell title={t('approvals.certificate.issuedAt')} extra={formatDateTime(cert.issuedAt)} />
                <Cell title={t('approvals.certificate.validUntil')} extra={cert.validUntil ?? t('approvals.certificate.longTerm')} />
                {cert.details.map((d) => <Cell key={d.label} title={d.label} desc={d.value} />)}
              </List>
            </Section>
            <View className='approvals-actions'>
              <Button variant='default' block onClick={() => verification.reload()} testId='verify-again'>{t('approvals.certificate.verifyAgain')}</Button>
            </View>
          </View>
        )
      }}
    </LoadState>
  )
}
