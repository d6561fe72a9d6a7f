// Copies msw's service worker where the H5 build picks it up (config/index.ts copy.patterns).
const fs = require('fs')
const path = require('path')
const src = require.resolve('msw/mockServiceWorker.js')
const dest = path.join(__dirname, '..', 'mock', 'public', 'mockServiceWorker.js')
fs.mkdirSync(path.dirname(dest), { recursive: true })
fs.copyFileSync(src, dest)
