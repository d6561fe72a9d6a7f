/**
 * Writes brotli (.br) and gzip (.gz) copies beside every text asset of the H5 build, as a deployment
 * would for its web server or CDN. The static server of e2e, size and Lighthouse serves them.
 */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const TEXT = /\.(js|css|html|json|svg)$/

/** The encodings a browser may ask for, and the file suffix of each precompressed copy. */
const ENCODINGS = {
  br: { suffix: '.br', encode: (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) },
  gzip: { suffix: '.gz', encode: (body) => zlib.gzipSync(body, { level: 9 }) },
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

function main() {
  const dist = path.resolve(__dirname, '..', process.argv[2] || process.env.OUTPUT_ROOT || 'dist/h5')
  const started = Date.now()
  let raw = 0
  let br = 0
  for (const file of walk(dist).filter((f) => TEXT.test(f))) {
    const body = fs.readFileSync(file)
    for (const { suffix, encode } of Object.values(ENCODINGS)) {
      const out = encode(body)
      fs.writeFileSync(file + suffix, out)
      if (suffix === '.br') br += out.length
    }
    raw += body.length
  }
  console.log(`compressed ${dist}: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli in ${Date.now() - started} ms`)
}

if (require.main === module) main()

module.exports = { ENCODINGS, TEXT }
