/**
 * Chinese for the messages form-js shows (validation, number steppers, search), keyed by
 * form-js's English template; `{value}`-style placeholders are filled in by `translate`.
 */
export const FORM_JS_ZH: Record<string, string> = {
  'Field is required.': '此项为必填项。',
  'Field must have minimum length of {value}.': '至少填写 {value} 个字符。',
  'Field must have maximum length of {value}.': '最多填写 {value} 个字符。',
  'Field must have minimum value of {value}.': '不能小于 {value}。',
  'Field must have maximum value of {value}.': '不能大于 {value}。',
  'Field must match pattern {value}.': '格式不正确。',
  'Field must be a valid email.': '请填写有效的电子邮箱。',
  'Field must be a valid international phone number. (e.g. +4930664040900)':
    '请填写有效的电话号码（如 +8610xxxxxxxx）。',
  'Value is not a number.': '请填写数字。',
  'Value is expected to be an integer.': '请填写整数。',
  'Value is expected to have at most 1 decimal digit.': '最多保留 1 位小数。',
  'Value is expected to have at most {value} decimal digits.': '最多保留 {value} 位小数。',
  'Date and time must both be entered.': '日期和时间都需要填写。',
  'Please select a valid value, the two nearest valid values are {previousValue} and {nextValue}.':
    '请选择有效的值，最接近的两个有效值为 {previousValue} 和 {nextValue}。',
  Search: '搜索',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'Remove tag': '移除',
  'Nothing to show.': '暂无内容。',
  'No content to show.': '暂无内容。',
  Increment: '增加',
  Decrement: '减少',
  'Previous page': '上一页',
  'Next page': '下一页',
  '{page} of {total}': '第 {page} 页，共 {total} 页',
  // a dynamic list (the rows of a talk's problems found)
  'Add new': '添加一项',
  'Expand all ({value})': '全部展开（{value}）',
  Collapse: '收起',
}

/** form-js's `translate` service for a language: Chinese from the table above, else English. */
export function formJsTranslate(locale: string) {
  const table = locale.startsWith('zh') ? FORM_JS_ZH : {}
  return (template: string, replacements: Record<string, unknown> = {}): string =>
    (table[template] ?? template).replace(/{([^}]+)}/g, (_, key: string) =>
      key in replacements ? String(replacements[key]) : `{${key}}`,
    )
}
