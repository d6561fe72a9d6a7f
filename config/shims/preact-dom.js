// preact/compat says it is React 18, so Taro's mini runtime mounts the app with ReactDOM.createRoot, which compat keeps
// in preact/compat/client: the weapp build's react-dom is compat with that one function added.
import compat from 'preact/compat'
import { createRoot } from 'preact/compat/client'

export * from 'preact/compat'
export default { ...compat, createRoot }
