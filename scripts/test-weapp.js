/**
 * `npm run test:weapp`: proves the mini-program build runs. Loads
 * dist/weapp/app.js and every page in app.json (main package and
 * subpackages) in a Node sandbox with a stand-in for the mini-program
 * globals, and checks that the app registers, every page registers, its first
 * render (setData with Taro's tree) happens without an exception and without
 * touching browser globals, and that the tab pages show data answered by the
 * in-app mock backend (the Taro.request interceptor). On some pages it taps an
 * element (TAPS) or types into a field (TYPING) as WeChat would deliver the
 * event, and checks where the page went or what it showed: the build renders
 * with Preact, so events reaching the handlers is not a given.
 *
 * Every page is opened three times: with a known id (as a link from the app
 * would), with an empty query, and with unknown and malformed parameters (a
 * stale or mangled share card). None may throw or log an error, and a page
 * opened with an id that does not exist must say so (NOT_FOUND_TEXT) instead
 * of an empty screen or an error.
 *
 * WEAPP_LOCALE=en (the second half of `npm run test:weapp`) starts the app with
 * English chosen and opens the pages of EXPECTED_TEXT_EN with a known id: each
 * must show its words in English, whether they ship in the main package or,
 * with their feature, in a subpackage (src/shared/strings translator).
 */
const fs = require('fs')
const path = require('path')
const vm = require('vm')

const DIST = path.join(__dirname, '..', process.env.WEAPP_DIST || 'dist/weapp')
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history', 'HTMLElement', 'XMLHttpRequest', 'fetch']

/** Text each tab page must show once the mock has answered. */
const EXPECTED_TEXT = {
  'pages/home/index': '身份证明',
  'pages/services/index': '个事项',
  'pages/appointments/index': '番禺区政务服务中心',
  'pages/safe/index': '居民身份证',
  'pages/me/index': '陈志明',
}

/** English each page shows (WEAPP_LOCALE=en): tab pages, and subpackages whose feature's words ship only there. */
const EXPECTED_TEXT_EN = {
  'pages/home/index': 'Quick access', // app-wide (src/english.weapp.ts)
  'pages/me/index': 'Progress, results and ratings', // cases' tab-page entries
  'pages/appointments/index': 'District centre', // halls' tab-page entries
  'pages/safe/index': 'Expiry reminders', // safe's tab-page entries
  'subpackages/mail/addresses/index': 'Add an address to get results posted to your home', // mail: subpackages only
  'subpackages/policies/list/index': 'All policies', // policies beyond its entries
  'subpackages/halls/map/index': 'Sorted by distance', // halls beyond its entries
}
const ENGLISH = process.env.WEAPP_LOCALE === 'en'

/** How each page is opened. */
const QUERIES = {
  known: { id: 'outdoor-ad-temp' },
  empty: {},
  unknown: { id: 'no-such-id', itemId: 'no-such-item', hallId: 'no-such-hall', caseId: 'no-such-case', case: 'no-such-case', docs: 'no-such-doc', purpose: 'bogus', tab: 'bogus', view: 'bogus' },
  malformed: { id: '%E0%A4%A', itemId: '%', hallId: '%%', caseId: '%ZZ', case: '%', docs: '%E0%A4%A,,', purpose: '%', tab: '%', view: '%' },
}

/** What a page shows when its id names nothing (src/shared/strings/zh/common.ts state.notFound). */
const NOT_FOUND_TEXT = '没有找到要打开的内容'

/** Pages that show one record named by their query: opened with an unknown or no id, they show NOT_FOUND_TEXT. */
const ID_PAGES = new Set([
  'subpackages/catalogue/item/index', 'subpackages/bundles/detail/index', 'subpackages/bundles/apply/index', 'subpackages/bundles/done/index',
  'subpackages/cases/detail/index', 'subpackages/policies/detail/index', 'subpackages/policies/apply/index', 'subpackages/policies/application/index',
  'subpackages/safe/document/index', 'subpackages/approvals/certificate/index', 'subpackages/approvals/apply/index',
  'subpackages/halls/hall/index', 'subpackages/appointments/appointment/index',
])

/**
 * Other honest answers to an unknown id: the certificate check says a made-up number is not a valid certificate,
 * and the business-only pages ask the (resident) demo user to switch to the business identity before looking.
 */
const OTHER_ANSWERS = {
  'subpackages/approvals/certificate/index': '证书无效',
  'subpackages/policies/apply/index': '企业身份',
  'subpackages/policies/application/index': '企业身份',
  'subpackages/bundles/done/index': '没有找到这次提交的记录',
}

function createWx(storage, faults) {
  const ok = (opts, res = {}) => {
    const result = { errMsg: 'ok', ...res }
    setTimeout(() => { opts?.success?.(result); opts?.complete?.(result) }, 0)
    return Promise.resolve(result)
  }
  const systemInfo = { platform: 'devtools', windowWidth: 375, windowHeight: 812, screenWidth: 375, screenHeight: 812, pixelRatio: 2, statusBarHeight: 20, language: 'zh_CN', version: '8.0.50', SDKVersion: '3.5.0', fontSizeSetting: 16, theme: 'light', safeArea: { top: 20, bottom: 812, left: 0, right: 375, width: 375, height: 792 } }
  const wx = {
    getSystemInfoSync: () => systemInfo,
    getSystemInfo: (o) => ok(o, systemInfo),
    getWindowInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getSystemSetting: () => ({}),
    getAppAuthorizeSetting: () => ({}),
    getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 281, right: 368, width: 87, height: 32 }),
    getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop' } }),
    canIUse: () => true,
    nextTick: (cb) => setTimeout(cb, 0),
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => { storage.set(key, value) },
    removeStorageSync: (key) => { storage.delete(key) },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (o) => (storage.has(o.key) ? ok(o, { data: storage.get(o.key) }) : (o.fail?.({ errMsg: 'getStorage:fail data not found' }), Promise.reject(new Error('not found')))),
    setStorage: (o) => { storage.set(o.key, o.data); return ok(o) },
    removeStorage: (o) => { storage.delete(o.key); return ok(o) },
    request: (o) => {
      // Only /api/ calls exist, and the mock interceptor answers them before they get here.
      faults.push(`wx.request reached for ${o.url}`)
      setTimeout(() => o.fail?.({ errMsg: 'request:fail no network in sandbox' }), 0)
      return { abort() {} }
    },
    showToast: (o) => ok(o), hideToast: (o) => ok(o), showLoading: (o) => ok(o), hideLoading: (o) => ok(o),
    showModal: (o) => ok(o, { confirm: true, cancel: false }), showActionSheet: (o) => ok(o, { tapIndex: 0 }),
    // where the page went, as the app asked WeChat to go
    navigations: [],
    navigateTo: (o) => { wx.navigations.push(o.url); return ok(o) }, redirectTo: (o) => ok(o), switchTab: (o) => { wx.navigations.push(o.url); return ok(o) }, navigateBack: (o) => ok(o), reLaunch: (o) => ok(o),
    setNavigationBarTitle: (o) => ok(o), setNavigationBarColor: (o) => ok(o), setTabBarBadge: (o) => ok(o), removeTabBarBadge: (o) => ok(o),
    // the native tab bar's labels as the app last set them (they follow the language)
    tabLabels: [], setTabBarItem: (o) => { wx.tabLabels[o.index] = o.text; return ok(o) },
    showTabBarRedDot: (o) => ok(o), hideTabBarRedDot: (o) => ok(o), stopPullDownRefresh: (o) => ok(o), startPullDownRefresh: (o) => ok(o),
    pageScrollTo: (o) => ok(o), setScreenBrightness: (o) => ok(o), getScreenBrightness: (o) => ok(o, { value: 0.5 }), setKeepScreenOn: (o) => ok(o),
    getLocation: (o) => ok(o, { latitude: 22.9379, longitude: 113.3846, accuracy: 30 }), openLocation: (o) => ok(o), chooseLocation: (o) => ok(o),
    authorize: (o) => ok(o), getSetting: (o) => ok(o, { authSetting: {} }), openSetting: (o) => ok(o, { authSetting: {} }),
    getPrivacySetting: (o) => ok(o, { needAuthorization: false, privacyContractName: '《隐私保护指引》' }), requirePrivacyAuthorize: (o) => ok(o), onNeedPrivacyAuthorization: () => {}, openPrivacyContract: (o) => ok(o),
    scanCode: (o) => ok(o, { result: '' }), chooseMedia: (o) => ok(o, { tempFiles: [] }), chooseImage: (o) => ok(o, { tempFilePaths: [] }), chooseMessageFile: (o) => ok(o, { tempFiles: [] }),
    previewImage: (o) => ok(o), saveImageToPhotosAlbum: (o) => ok(o), makePhoneCall: (o) => ok(o), setClipboardData: (o) => ok(o), getClipboardData: (o) => ok(o, { data: '' }),
    requestSubscribeMessage: (o) => ok(o, {}), vibrateShort: (o) => ok(o), getNetworkType: (o) => ok(o, { networkType: 'wifi' }), onNetworkStatusChange: () => {}, offNetworkStatusChange: () => {},
    onAppShow: () => {}, onAppHide: () => {}, offAppShow: () => {}, offAppHide: () => {}, onError: () => {}, onUnhandledRejection: () => {}, onPageNotFound: () => {}, onThemeChange: () => {},
    onWindowResize: () => {}, offWindowResize: () => {}, onMemoryWarning: () => {},
    createSelectorQuery: () => { const q = { in: () => q, select: () => q, selectAll: () => q, selectViewport: () => q, boundingClientRect: () => q, scrollOffset: () => q, fields: () => q, node: () => q, exec: (cb) => setTimeout(() => cb?.([]), 0) }; return q },
    createIntersectionObserver: () => ({ relativeTo: function () { return this }, relativeToViewport: function () { return this }, observe: () => {}, disconnect: () => {} }),
    createCanvasContext: () => new Proxy({}, { get: () => () => {} }), createMapContext: () => new Proxy({}, { get: () => () => {} }),
    createAnimation: () => new Proxy({}, { get: (t, k) => (k === 'export' ? () => ({ actions: [] }) : function () { return this }) }),
    getUpdateManager: () => ({ onCheckForUpdate: () => {}, onUpdateReady: () => {}, onUpdateFailed: () => {}, applyUpdate: () => {} }),
    reportAnalytics: () => {}, reportEvent: () => {}, getRealtimeLogManager: () => ({ info() {}, warn() {}, error() {}, setFilterMsg() {} }), getLogManager: () => ({ log() {}, info() {}, warn() {}, debug() {} }),
    env: { USER_DATA_PATH: 'wxfile://usr' },
  }
  return new Proxy(wx, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key !== 'then' && key !== 'webpackJsonp') faults.push(`unknown wx.${key} read`)
      return target[key]
    },
  })
}

function applySetData(data, patch) {
  for (const [key, value] of Object.entries(patch)) {
    const parts = key.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)
    let node = data
    for (let i = 0; i < parts.length - 1; i++) {
      if (node[parts[i]] === undefined || node[parts[i]] === null) node[parts[i]] = /^\d+$/.test(parts[i + 1]) ? [] : {}
      node = node[parts[i]]
    }
    node[parts[parts.length - 1]] = value
  }
}

/**
 * For each component template in base.wxml (by Taro's node-name number), which data key feeds which aria-*
 * attribute: `<template name="tmpl_0_3"><view … aria-label="{{i.p7}}"` → { 3: { p7: 'aria-label' } }.
 */
function ariaSlots() {
  const base = fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8')
  const slots = {}
  for (const m of base.matchAll(/<template name="tmpl_0_(\d+)(?:_focus)?">\s*<[\w-]+\s([^>]*)>/g)) {
    for (const a of m[2].matchAll(/(aria-[\w-]+)="\{\{(?:xs\.b\()?i\.(p\d+)/g)) (slots[m[1]] = slots[m[1]] || {})[a[2]] = a[1]
  }
  return slots
}

/** The aria-* attributes a rendered tree hands to WeChat, as "attribute=value" strings. */
function ariaOf(node, slots, out = []) {
  if (!node || typeof node !== 'object') return out
  const mine = slots[node.nn] || {}
  for (const [key, attr] of Object.entries(mine)) if (node[key] !== undefined && node[key] !== '') out.push(`${attr}=${node[key]}`)
  for (const child of node.cn || []) ariaOf(child, slots, out)
  return out
}

/** Pages whose first screen must hand WeChat's screen reader these attributes (Taro's templates used to drop them). */
const EXPECTED_ARIA = {
  'pages/home/index': ['aria-role=heading', 'aria-label='],
  'pages/safe/index': ['aria-role=button'],
}

/**
 * A tap on the element showing this text must take the user to a page starting with this route: proves that WeChat's
 * events reach the components' handlers through Taro's event handler (eh), whichever framework renders (preact).
 */
const TAPS = {
  'pages/home/index': { text: '预约取号', to: '/pages/appointments/index' },
  'pages/services/index': { text: '出生医学证明签发', to: '/subpackages/catalogue/item/index' },
}

/** Typing into the field with this placeholder must bring this text onto the page: input events reach the handlers. */
const TYPING = {
  'pages/services/index': { placeholder: '说说要办什么，如：生孩子、开饭店、社保卡', value: '结婚', shows: '结婚登记' },
}

/** The first element with an attribute whose value is `value`. */
function nodeWithAttribute(node, value) {
  if (!node || typeof node !== 'object') return null
  if (node.sid && Object.entries(node).some(([k, v]) => k !== 'v' && v === value)) return node
  for (const child of node.cn || []) {
    const found = nodeWithAttribute(child, value)
    if (found) return found
  }
  return null
}

/** The elements (not text nodes: those carry v) from the root down to the innermost one whose text includes `text`. */
function pathToText(node, text) {
  if (!node || typeof node !== 'object' || typeof node.v === 'string' || !textOf(node).join('').includes(text)) return []
  for (const child of node.cn || []) {
    const inner = pathToText(child, text)
    if (inner.length) return node.sid ? [node, ...inner] : inner
  }
  return node.sid ? [node] : []
}

function textOf(node, out = []) {
  if (!node || typeof node !== 'object') return out
  if (typeof node.v === 'string') out.push(node.v)
  for (const child of node.cn || []) textOf(child, out)
  return out
}

async function main() {
  const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
  const pages = [...appJson.pages, ...(appJson.subPackages || []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))]
  const faults = []
  const browserTouches = new Set()
  const storage = new Map()
  // the language choice as the app stores it (zustand persist through wx storage)
  if (ENGLISH) storage.set('locale', JSON.stringify({ state: { locale: 'en' }, version: 0 }))
  // timers still to fire, by id: a count goes wrong when a callback clears its own timer (preact's hooks do)
  const pendingTimers = new Set()
  const registered = { app: null, pages: {}, components: 0 }

  const proto = {}
  for (const name of BROWSER_GLOBALS) {
    Object.defineProperty(proto, name, { get() { browserTouches.add(name); return undefined }, configurable: true })
  }
  const sandbox = Object.create(proto)
  Object.assign(sandbox, {
    console: {
      log: () => {}, info: () => {}, debug: () => {},
      warn: (...args) => { if (process.env.VERBOSE) console.warn(...args) },
      error: (...args) => { faults.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`) },
    },
    setTimeout: (fn, ms, ...args) => {
      const id = setTimeout(() => { pendingTimers.delete(id); fn(...args) }, ms)
      pendingTimers.add(id)
      return id
    },
    clearTimeout: (id) => { pendingTimers.delete(id); clearTimeout(id) },
    setInterval, clearInterval, Promise, Date, Math, JSON, Object, Array, Number, String, Boolean, Symbol, Map, Set, WeakMap, WeakSet, Error, TypeError, RegExp, Proxy, Reflect, parseInt, parseFloat, isNaN, isFinite, encodeURIComponent, decodeURIComponent, escape, unescape, Uint8Array, Uint8ClampedArray, ArrayBuffer, DataView, Int32Array, Uint32Array, Float32Array, Float64Array,
    App: (config) => { registered.app = config },
    Page: (config) => { registered.pages[currentlyLoading] = config },
    Component: () => { registered.components++ },
    Behavior: (b) => b,
    getApp: () => registered.app,
    getCurrentPages: () => (currentPage ? [currentPage] : []),
    requirePlugin: () => ({}),
    __wxConfig: { envVersion: 'develop', accountInfo: { appId: 'touristappid' } },
  })
  sandbox.wx = createWx(storage, faults)
  sandbox.global = sandbox
  vm.createContext(sandbox)

  const loaded = new Map()
  function load(file) {
    const abs = path.resolve(file.endsWith('.js') ? file : `${file}.js`)
    if (loaded.has(abs)) return loaded.get(abs).exports
    const module = { exports: {} }
    loaded.set(abs, module)
    const code = fs.readFileSync(abs, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, sandbox, { filename: path.relative(DIST, abs) })
    fn((rel) => load(path.join(path.dirname(abs), rel)), module, module.exports)
    return module.exports
  }

  async function settle(limitMs = 5000) {
    const start = Date.now()
    await new Promise((r) => setTimeout(r, 30))
    while (pendingTimers.size > 0 && Date.now() - start < limitMs) await new Promise((r) => setTimeout(r, 20))
  }

  let currentlyLoading = 'app'
  let currentPage = null
  const failures = []
  try {
    load(path.join(DIST, 'app.js'))
  } catch (e) {
    failures.push(`app.js threw: ${e.message}`)
  }
  if (!registered.app) failures.push('App() was not called')
  else {
    registered.app.onLaunch?.call(registered.app, { path: 'pages/home/index', query: {}, scene: 1001 })
    registered.app.onShow?.call(registered.app, { path: 'pages/home/index', query: {}, scene: 1001 })
    await settle()
  }

  const slots = ariaSlots()
  const loadedPages = new Set()
  const runs = ENGLISH
    ? Object.keys(EXPECTED_TEXT_EN).map((route) => ({ route, kind: 'known' }))
    : pages.flatMap((route) => Object.keys(QUERIES).map((kind) => ({ route, kind })))
  for (const { route, kind } of runs) {
    const faultsBefore = faults.length
    const label = `${route} [${kind}]`
    currentlyLoading = route
    if (!loadedPages.has(route)) {
      loadedPages.add(route)
      const json = JSON.parse(fs.readFileSync(path.join(DIST, `${route}.json`), 'utf8'))
      try {
        for (const comp of Object.values(json.usingComponents || {})) load(path.join(DIST, path.dirname(route), comp))
        load(path.join(DIST, route))
      } catch (e) {
        failures.push(`${label}: script threw: ${e.message}`)
        continue
      }
    }
    const config = registered.pages[route]
    if (!config) { failures.push(`${label}: Page() was not called`); continue }
    const calls = []
    const page = { route, __route__: route, data: JSON.parse(JSON.stringify(config.data || {})), options: {} }
    for (const [k, v] of Object.entries(config)) if (typeof v === 'function') page[k] = v
    page.setData = function (patch, cb) { calls.push(patch); applySetData(this.data, patch); if (cb) setTimeout(cb, 0) }
    page.selectComponent = () => null
    page.createSelectorQuery = () => sandbox.wx.createSelectorQuery()
    currentPage = page
    const started = Date.now()
    try {
      page.onLoad?.call(page, { ...QUERIES[kind] })
      page.onShow?.call(page)
      page.onReady?.call(page)
    } catch (e) {
      failures.push(`${label}: lifecycle threw: ${e.message}`)
    }
    await settle()
    const rendered = calls.some((c) => Object.keys(c).some((k) => k.startsWith('root')))
    const text = textOf(page.data.root).join('')
    const newFaults = faults.slice(faultsBefore)
    const expected = kind === 'known' ? (ENGLISH ? EXPECTED_TEXT_EN : EXPECTED_TEXT)[route] : undefined
    let problem = null
    if (!rendered || !page.data.root?.cn?.length) problem = 'no first render (setData with root.cn)'
    else if (newFaults.length) problem = newFaults.join(' | ')
    else if (kind === 'known' && !ENGLISH && EXPECTED_ARIA[route] && !EXPECTED_ARIA[route].every((a) => ariaOf(page.data.root, slots).some((got) => got.startsWith(a)))) problem = `expected ${EXPECTED_ARIA[route].join(', ')} in what reaches base.wxml; got: ${ariaOf(page.data.root, slots).slice(0, 8).join(', ') || 'none'}`
    else if (expected && !text.includes(expected)) problem = `expected "${expected}" after the mock answered; rendered: ${text.slice(0, 120)}`
    else if (kind !== 'known' && ID_PAGES.has(route) && !text.includes(NOT_FOUND_TEXT) && !(kind !== 'empty' && OTHER_ANSWERS[route] && text.includes(OTHER_ANSWERS[route]))) problem = `expected a not-found state; rendered: ${text.slice(0, 120)}`
    const tap = kind === 'known' && !ENGLISH && !problem ? TAPS[route] : undefined
    if (tap) {
      const chain = pathToText(page.data.root, tap.text)
      const before = sandbox.wx.navigations.length
      if (!chain.length) problem = `nothing to tap showing "${tap.text}"`
      else {
        // WeChat calls the bound handler (Taro's eh) of the tapped element and then of each ancestor, as the event bubbles
        const id = (node) => ({ id: node.sid, dataset: { sid: node.sid } })
        const target = id(chain[chain.length - 1])
        for (const node of [...chain].reverse()) {
          page.eh({ type: 'tap', timeStamp: 1, target, currentTarget: id(node), detail: { x: 1, y: 1 }, touches: [], changedTouches: [] })
        }
        await settle()
        const went = sandbox.wx.navigations.slice(before)
        if (!went.some((url) => url.startsWith(tap.to))) problem = `tapping "${tap.text}" should open ${tap.to}; went to: ${went.join(', ') || 'nowhere'}`
      }
    }
    const typing = kind === 'known' && !ENGLISH && !problem ? TYPING[route] : undefined
    if (typing) {
      const field = nodeWithAttribute(page.data.root, typing.placeholder)
      if (!field) problem = `no field with the placeholder "${typing.placeholder}"`
      else {
        const where = { id: field.sid, dataset: { sid: field.sid } }
        page.eh({ type: 'input', timeStamp: 2, target: where, currentTarget: where, detail: { value: typing.value, cursor: typing.value.length, keyCode: 0 } })
        await settle()
        const after = textOf(page.data.root).join('')
        if (!after.includes(typing.shows)) problem = `typing "${typing.value}" should show "${typing.shows}"; shows: ${after.slice(0, 120)}`
      }
    }
    if (process.env.VERBOSE) console.log(`    ${text.slice(0, 160)}`)
    if (process.env.DUMP_ARIA === route) console.log(`    aria: ${ariaOf(page.data.root, slots).join(' | ')}`)
    console.log(`  ${problem ? '✗' : '✓'} ${label} (${calls.length} setData, ${Date.now() - started} ms)${problem ? `: ${problem}` : ''}`)
    if (problem) failures.push(`${label}: ${problem}`)
    page.onHide?.call(page)
    page.onUnload?.call(page)
    currentPage = null
  }
  const englishTabs = ['Home', 'Services', 'Book', 'Licences', 'Me']
  if (ENGLISH && sandbox.wx.tabLabels.join() !== englishTabs.join()) failures.push(`tab bar labels: expected ${englishTabs.join(', ')}; got ${sandbox.wx.tabLabels.join(', ') || 'none'}`)
  if (browserTouches.size) failures.push(`browser globals touched: ${[...browserTouches].join(', ')}`)
  failures.forEach((f) => console.log(`  FAIL ${f}`))
  const pageFailures = failures.filter((f) => pages.some((p) => f.startsWith(p))).length
  console.log(`weapp${ENGLISH ? ' in English' : ''}: ${runs.length - pageFailures} of ${runs.length} page openings passed (${ENGLISH ? `${runs.length} pages` : `${pages.length} pages × ${Object.keys(QUERIES).length} queries`})${failures.length > pageFailures ? `, ${failures.length - pageFailures} app-level failures` : ''}`)
  process.exit(failures.length ? 1 : 0)
}

main().catch((e) => { console.error(e); process.exit(1) })
