import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { setApiReady, startMock } from '@/shared/api'
import { useSession } from '@/shared/session'
import './shared/ui/ui.css'
import './app.css'

// Requests wait for the mock backend (when on) before they go out.
const mockStarted = startMock()
setApiReady(mockStarted)

export default function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    mockStarted.then(() => useSession.getState().ensure()).catch(() => {
      // Screens show their own error states; signing in is retried on their next request.
    })
  })
  return children
}
