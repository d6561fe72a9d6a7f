/**
 * The accessibility attributes WeChat's screen reader reads (https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html,
 * base library 2.7.1+), per component, for those our screens set them on. Taro's weapp templates pass only the
 * attributes its component lists name, so these are added to the lists, at build time (the templates) and at run
 * time (the attribute short names, which both sides derive from the same sorted lists).
 * `role` is what React code writes; the template hands it to WeChat as `aria-role`.
 */
const EMPTY = ''
const list = (names) => Object.fromEntries(names.map((n) => [n, EMPTY]))

const CONTAINER = [
  'role', 'aria-label', 'aria-hidden', 'aria-live', 'aria-busy', 'aria-checked', 'aria-selected', 'aria-disabled',
  'aria-pressed', 'aria-current', 'aria-level', 'aria-modal', 'aria-valuemin', 'aria-valuemax', 'aria-valuenow',
]

const A11Y_COMPONENTS = {
  View: list(CONTAINER),
  Text: list(CONTAINER),
  Image: list(['role', 'aria-label', 'aria-hidden']),
  Button: list(['aria-label', 'aria-disabled', 'aria-hidden']),
  Input: list(['aria-label']),
  Textarea: list(['aria-label']),
  Switch: list(['aria-label']),
  Picker: list(['role', 'aria-label']),
}

/** The name an attribute gets in the template: WeChat reads the role from aria-role. */
const templateName = (name) => (name === 'role' ? 'aria-role' : name)

module.exports = { A11Y_COMPONENTS, templateName }
