/** Starts the in-app mock backend when TARO_APP_MOCK is on (msw worker on H5, a Taro.request interceptor on weapp). */
export declare function startMock(): Promise<void>
