import '@tarojs/components/types/Text'

// Text renders a real element on H5 and supports aria roles on weapp (aria-component); Taro's types omit it.
declare module '@tarojs/components/types/Text' {
  interface TextProps {
    role?: string
  }
}
