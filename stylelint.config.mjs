/** Stylesheets under src/ become WXSS on weapp: WeChat's refusals first, then the mistakes a browser forgives silently. */
export default {
  plugins: ['./config/stylelint-wxss.mjs'],
  rules: {
    'panyu/wxss-selectors': true,
    'color-no-invalid-hex': true,
    'declaration-block-no-duplicate-properties': [true, { ignore: ['consecutive-duplicates-with-different-values'] }],
    'block-no-empty': true,
    'no-duplicate-selectors': true,
    'unit-no-unknown': [true, { ignoreUnits: ['rpx'] }],
    'property-no-unknown': true,
    'selector-pseudo-class-no-unknown': true,
    'selector-pseudo-element-no-unknown': true,
    'function-calc-no-unspaced-operator': true,
    'string-no-newline': true,
    'no-invalid-double-slash-comments': true,
    'custom-property-no-missing-var-function': true,
  },
}
