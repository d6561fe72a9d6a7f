import '../bundles.css'
import { Text, View } from '@tarojs/components'
import type { BundleQuestion } from '@/contract'
import { Card, Section } from '@/shared/ui'
import { useT } from '../strings'

/** 情形引导: one card per question, answers as large tap targets. */
export function QuestionsStep({ questions, answers, missing, onAnswer }: { questions: BundleQuestion[]; answers: Record<string, string>; missing: string[]; onAnswer: (questionId: string, value: string) => void }) {
  const t = useT()
  return (
    <Section title={t('bundles.questionsTitle')}>
      <View className='ui-muted' style={{ marginBottom: '8px' }}>{t('bundles.questionsHint')}</View>
      {questions.map((q, i) => (
        <Card key={q.id} testId={`question-${q.id}`} className={missing.includes(q.id) ? 'bundles-question--missing' : ''}>
          <Text className='bundles-question__text'>{i + 1}. {q.text}</Text>
          {q.hint && <View className='ui-muted'>{q.hint}</View>}
          <View className='bundles-options' role='radiogroup' aria-label={q.text}>
            {q.options.map((o) => (
              <Text key={o.value} className={`bundles-option ${answers[q.id] === o.value ? 'bundles-option--on' : ''}`} onClick={() => onAnswer(q.id, o.value)} role='radio' aria-checked={answers[q.id] === o.value} data-testid={`answer-${q.id}-${o.value}`}>
                {o.label}
              </Text>
            ))}
          </View>
          {missing.includes(q.id) && <View className='ui-field__error' role='alert'>{t('bundles.answerMissing')}</View>}
        </Card>
      ))}
    </Section>
  )
}
