// Stands in for tough-cookie in the H5 mock chunk. msw keeps a cookie jar for mocked responses; the
// mock API authenticates with a header and never sets a cookie, and the real jar brings the public
// suffix list (tldts, ~150 KB) into the chunk that every first visit waits for.
export class MemoryCookieStore {
  constructor() {
    this.idx = {}
  }
}

export class CookieJar {
  getCookiesSync() {
    return []
  }

  async setCookie() {}
}

export const Cookie = {
  fromJSON: () => null,
}
