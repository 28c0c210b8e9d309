import { describe, expect, it } from 'vitest'
import { forms } from '@/test/fixtures/forms'
import { fieldLabels, lockedKeys, withoutLocked } from './schemaFields'

const schema = {
  components: [
    { id: 'intro', type: 'text', text: '## 审核' },
    { id: 'name', type: 'textfield', key: 'name', label: '申请人', readonly: true },
    { id: 'secret', type: 'textfield', key: 'secret', label: '内部编号', disabled: true },
    {
      id: 'details',
      type: 'group',
      label: '审核',
      components: [
        {
          id: 'amount',
          type: 'number',
          key: 'amount',
          label: '金额',
          readonly: '=status = "done"',
        },
        { id: 'decision', type: 'radio', key: 'decision', label: '审核结果' },
      ],
    },
  ],
}

describe('schema fields', () => {
  it('names each keyed field by its label, in groups too', () => {
    expect([...fieldLabels(schema)]).toEqual([
      ['name', '申请人'],
      ['secret', '内部编号'],
      ['amount', '金额'],
      ['decision', '审核结果'],
    ])
  })

  it('counts readonly and disabled fields as locked, a FEEL expression included', () => {
    expect([...lockedKeys(schema)]).toEqual(['name', 'secret', 'amount'])
  })

  it('drops the locked fields and keeps the rest, groups and texts included', () => {
    const editable = withoutLocked(schema) as typeof schema

    expect(editable.components.map((c) => c.id)).toEqual(['intro', 'details'])
    expect(editable.components[1]!.components!.map((c) => c.id)).toEqual(['decision'])
    // The schema handed in is left as it was.
    expect(schema.components).toHaveLength(4)
  })

  it('leaves only the decision of the pilot review form', () => {
    expect([...lockedKeys(withoutLocked(forms.reviewHelpRequest))]).toEqual([])
    expect([...fieldLabels(withoutLocked(forms.reviewHelpRequest)).values()]).toEqual([
      '审核结果',
      '审核意见',
    ])
  })
})
