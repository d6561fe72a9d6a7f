import '../mail.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Address } from '@/contract'
import { addressLine } from '@/contract'
import { Button, Card, EmptyState, LoadState, Section, Tag } from '@/shared/ui'
import { colors } from '@/shared/ui/tokens'
import { messageOf, useMutation, useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { go, ROUTES } from '@/shared/routes'
import { useT } from '../strings'
import { mailApi } from '../api'

function AddressCard({ address }: { address: Address }) {
  const t = useT()
  const remove = useMutation(() => mailApi.remove(address.id), {
    invalidates: ['addresses'],
    onSuccess: () => { Taro.showToast({ title: t('mail.book.deleted'), icon: 'none' }) },
    onError: (e) => { Taro.showToast({ title: messageOf(e), icon: 'none' }) },
  })
  const makeDefault = useMutation(() => mailApi.update(address.id, { province: address.province, city: address.city, district: address.district, street: address.street, recipient: address.recipient, phone: address.phoneMasked, isDefault: true }), {
    invalidates: ['addresses'],
    onError: (e) => { Taro.showToast({ title: messageOf(e), icon: 'none' }) },
  })
  const confirmDelete = async () => {
    const { confirm } = await Taro.showModal({ title: t('mail.book.confirmDelete'), content: addressLine(address), confirmText: t('mail.book.delete'), confirmColor: colors.danger })
    if (confirm) remove.run()
  }
  return (
    <Card testId='address-card'>
      <View className='mail-address__head'>
        <Text className='mail-address__name'>{address.recipient}</Text>
        <Text className='ui-muted' data-testid='address-phone'>{address.phoneMasked}</Text>
        {address.isDefault && <Tag tone='primary'>{t('mail.book.default')}</Tag>}
      </View>
      <View className='mail-address__line'>{addressLine(address)}</View>
      <View className='mail-address__actions'>
        {!address.isDefault && <Button size='small' variant='plain' loading={makeDefault.busy} onClick={() => makeDefault.run()} testId='address-default'>{t('mail.book.makeDefault')}</Button>}
        <Button size='small' variant='default' onClick={() => go(ROUTES.addressEdit, { id: address.id })} testId='address-edit'>{t('mail.book.edit')}</Button>
        <Button size='small' variant='danger' loading={remove.busy} onClick={confirmDelete} testId='address-delete'>{t('mail.book.delete')}</Button>
      </View>
    </Card>
  )
}

/** 我的 → 收件地址: the person's addresses, the default first, phones masked. */
export function AddressBook() {
  const t = useT()
  const userId = useSession((s) => s.user?.id)
  const list = useResource(() => mailApi.addresses(), [userId], { enabled: !!userId, tags: ['addresses'] })
  const add = () => go(ROUTES.addressEdit)
  return (
    <View data-testid='address-book'>
      <Section title={t('mail.book.title')}>
        <LoadState resource={list} isEmpty={(d) => d.items.length === 0} empty={<EmptyState icon='pin' title={t('mail.book.empty')} hint={t('mail.book.emptyHint')} action={t('mail.book.add')} onAction={add} />}>
          {(data) => <View className='ui-list'>{data.items.map((a) => <AddressCard key={a.id} address={a} />)}</View>}
        </LoadState>
      </Section>
      <View className='ui-gap' />
      <View className='ui-footer-bar'>
        <View style={{ flex: 1 }}><Button block onClick={add} testId='address-add'>{t('mail.book.add')}</Button></View>
      </View>
    </View>
  )
}
