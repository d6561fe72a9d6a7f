/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (each exports
 * `name` and `run(): Promise<void>` that prints its own numbers), or the ones
 * named on the command line: npm run bench -- search
 */
import fs from 'node:fs'
import path from 'node:path'

async function main() {
  const only = process.argv.slice(2)
  const dir = path.join(__dirname, 'bench')
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()
  for (const file of files) {
    if (only.length && !only.some((o) => file.includes(o))) continue
    const bench = (await import(path.join(dir, file))) as { name: string; run: () => Promise<void> }
    console.log(`\n## ${bench.name}`)
    await bench.run()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
