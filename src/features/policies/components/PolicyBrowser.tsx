import '../policies.css'
import { useState } from 'react'
import { Picker, ScrollView, Text, View } from '@tarojs/components'
import type { DeadlineStatus, PoliciesQuery, PolicyAmountBand, PolicyIndustry, PolicySort } from '@/contract'
import { POLICY_INDUSTRIES } from '@/contract'
import { EmptyState, Icon, LoadState, SearchBar, colors } from '@/shared/ui'
import { useResource } from '@/shared/api'
import { useSession } from '@/shared/session'
import { useT } from '../strings'
import { useDebouncedValue } from '@/shared/useDebouncedValue'
import { policiesApi } from '../api'
import { PolicyCard } from './PolicyCard'

const DEADLINES: Array<DeadlineStatus | ''> = ['', 'open', 'closing', 'closed']
const AMOUNTS: PolicyAmountBand[] = ['small', 'medium', 'large']
const SORTS: PolicySort[] = ['deadline', 'amount']

function FilterPicker({ label, options, value, onChange, testId }: { label: string; options: string[]; value: number; onChange: (index: number) => void; testId: string }) {
  return (
    <Picker className='policies-filter' mode='selector' range={options} value={value} onChange={(e) => onChange(Number(e.detail.value))}>
      <View className={`policies-pill ${value > 0 ? 'policies-pill--on' : ''}`} data-testid={testId} role='button'>
        <Text>{value > 0 ? options[value] : label}</Text>
        <Icon name='chevron-right' size={12} color={value > 0 ? colors.primary : colors.textHint} className='policies-pill__arrow' />
      </View>
    </Picker>
  )
}

/** 一栏统览: every policy, searchable, filtered by department, industry, amount and deadline, sorted by deadline or amount. */
export function PolicyBrowser() {
  const t = useT()
  const token = useSession((s) => s.token)
  const [q, setQ] = useState('')
  const [deadline, setDeadline] = useState<DeadlineStatus | ''>('')
  const [sort, setSort] = useState<PolicySort>('deadline')
  const [department, setDepartment] = useState(0)
  const [industry, setIndustry] = useState(0)
  const [amount, setAmount] = useState(0)
  const [departments, setDepartments] = useState<string[]>([])
  const searchText = useDebouncedValue(q.trim())
  const query: PoliciesQuery = {
    q: searchText,
    deadline,
    sort,
    department: department > 0 ? departments[department - 1] : '',
    industry: industry > 0 ? POLICY_INDUSTRIES[industry - 1] : '',
    amount: amount > 0 ? AMOUNTS[amount - 1] : '',
  }
  const list = useResource(async () => {
    const res = await policiesApi.list(query)
    setDepartments(res.departments)
    return res
  }, [JSON.stringify(query), token])
  const clear = () => { setQ(''); setDeadline(''); setDepartment(0); setIndustry(0); setAmount(0) }
  return (
    <View>
      <View className='policies-search'>
        <SearchBar value={q} placeholder={t('policies.searchPlaceholder')} onInput={setQ} testId='policies-search' />
      </View>
      <ScrollView scrollX className='policies-chips' enhanced showScrollbar={false}>
        {DEADLINES.map((d) => (
          <Text key={d || 'all'} className={`policies-chip ${deadline === d ? 'policies-chip--on' : ''}`} onClick={() => setDeadline(d)} role='button' data-testid={`deadline-${d || 'all'}`}>
            {t(d ? `policies.filter.${d}` : 'policies.filter.all')}
          </Text>
        ))}
      </ScrollView>
      <View className='policies-filters'>
        <FilterPicker label={t('policies.filter.department')} options={[t('policies.filter.anyDepartment'), ...departments]} value={department} onChange={setDepartment} testId='filter-department' />
        <FilterPicker label={t('policies.filter.industry')} options={[t('policies.filter.anyIndustry'), ...POLICY_INDUSTRIES.map((i: PolicyIndustry) => t(`policies.industry.${i}`))]} value={industry} onChange={setIndustry} testId='filter-industry' />
        <FilterPicker label={t('policies.filter.amount')} options={[t('policies.filter.anyAmount'), ...AMOUNTS.map((a) => t(`policies.amount.${a}`))]} value={amount} onChange={setAmount} testId='filter-amount' />
      </View>
      <View className='policies-sortbar'>
        <Text className='ui-muted' data-testid='policies-count'>{list.data ? t('policies.count', { count: list.data.total }) : ' '}</Text>
        <View className='ui-row'>
          {SORTS.map((s) => (
            <Text key={s} className={`policies-sort ${sort === s ? 'policies-sort--on' : ''}`} onClick={() => setSort(s)} role='button' data-testid={`sort-${s}`}>{t(`policies.sort.${s}`)}</Text>
          ))}
        </View>
      </View>
      <View className='policies-section' style={{ opacity: list.loading && list.data ? 0.6 : 1 }}>
        <LoadState
          resource={list}
          isEmpty={(d) => d.total === 0}
          empty={<EmptyState icon='search' title={t('policies.noResult')} hint={t('policies.noResultHint')} action={t('policies.clearFilters')} onAction={clear} />}
        >
          {(data) => data.items.map((p) => <PolicyCard key={p.id} policy={p} />)}
        </LoadState>
      </View>
    </View>
  )
}
