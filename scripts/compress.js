/**
 * Writes brotli (.br) and gzip (.gz) copies beside every text asset of the H5 build, as a deployment
 * would for its web server or CDN. The static server of e2e, size and Lighthouse serves them.
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const DIST = path.resolve(__dirname, '..', process.argv[2] || process.env.OUTPUT_ROOT || 'dist/h5')
const TEXT = /\.(js|css|html|json|svg)$/

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

const started = Date.now()
let raw = 0
let br = 0
for (const file of walk(DIST).filter((f) => TEXT.test(f))) {
  const body = fs.readFileSync(file)
  const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  fs.writeFileSync(`${file}.br`, brotli)
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }))
  raw += body.length
  br += brotli.length
}
console.log(`compressed ${DIST}: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli in ${Date.now() - started} ms`)
