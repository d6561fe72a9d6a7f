import '../account.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Card, Section } from '@/shared/ui'
import { useT, type StringKey } from '../strings'
import { usePrivacy } from '@/shared/privacy'

const POINTS: StringKey[] = ['privacy.guide.location', 'privacy.guide.camera', 'privacy.guide.identity', 'privacy.guide.documents', 'privacy.guide.contact']

/** 隐私保护指引: what is collected, why, and how to withdraw consent. */
export function PrivacyGuide() {
  const t = useT()
  const agreed = usePrivacy((s) => s.agreed)
  const revoke = () => {
    usePrivacy.setState({ agreed: false })
    Taro.showToast({ title: t('privacy.guide.revoked'), icon: 'none' })
  }
  return (
    <Section>
      <Card>
        <Text className='ui-section__title' role='heading' aria-level={1}>{t('privacy.guide.title')}</Text>
        <View className='account-privacy-text'>{t('privacy.guide.intro')}</View>
        {POINTS.map((key) => <View key={key} className='account-privacy-text'>{t(key)}</View>)}
      </Card>
      {agreed && (
        <View style={{ marginTop: '16px' }}>
          <Button variant='default' block onClick={revoke}>{t('privacy.guide.revoke')}</Button>
        </View>
      )}
    </Section>
  )
}
