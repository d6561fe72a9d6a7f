// Stands in for jsonp-retry in the H5 build: Taro's request pulls it for its `jsonp` option, which this
// app never uses (the API speaks JSON over fetch), and it would sit in the start-up bundle.
export default function jsonpUnsupported() {
  return Promise.reject(new Error('JSONP is not supported in this app'))
}
