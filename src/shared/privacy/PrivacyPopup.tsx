import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { NativeButton } from '../ui/NativeButton'
import { useT, type StringKey } from '../strings'
import { go, ROUTES } from '../routes'
import { usePrivacy } from './store'

const PURPOSE_KEY: Record<string, StringKey> = {
  location: 'privacy.purpose.location',
  camera: 'privacy.purpose.camera',
  clipboard: 'privacy.purpose.clipboard',
  album: 'privacy.purpose.album',
}

/** The privacy authorisation popup (WeChat's rules): shown before the first use of location, camera, clipboard or album. */
export function PrivacyPopup() {
  const t = useT()
  const { pending, agree, decline } = usePrivacy()
  if (!pending) return null
  const openGuide = () => {
    if (process.env.TARO_ENV === 'weapp' && Taro.openPrivacyContract) Taro.openPrivacyContract({})
    else go(ROUTES.privacy)
  }
  return (
    <View className='privacy-mask' data-testid='privacy-popup'>
      <View className='privacy-sheet' role='dialog' aria-modal='true' aria-label={t('privacy.title')}>
        <Text className='privacy-title' role='heading' aria-level={2}>{t('privacy.title')}</Text>
        <Text className='privacy-text'>{t(PURPOSE_KEY[pending])}</Text>
        <Text className='privacy-text'>{t('privacy.body')}</Text>
        <Text className='privacy-link' onClick={openGuide} role='link'>{t('privacy.guideLink')}</Text>
        <View className='privacy-actions'>
          <NativeButton className='ui-button ui-button--default privacy-button' onClick={decline}>{t('privacy.decline')}</NativeButton>
          <NativeButton className='ui-button ui-button--primary privacy-button' id='privacy-agree' openType='agreePrivacyAuthorization' onClick={agree} testId='privacy-agree'>{t('privacy.agree')}</NativeButton>
        </View>
      </View>
    </View>
  )
}
