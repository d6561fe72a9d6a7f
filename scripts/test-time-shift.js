/**
 * `npm run test:time-shift`: the jest suite again with the whole process's clock moved (Debian's
 * faketime, installed with apt when missing), so a test that passes only near the day it was written
 * fails here. Each moment is given in UTC; the comment says what it is in the district (UTC+8).
 * Pass jest arguments after `--` to run some suites only.
 */
const { execSync, spawnSync } = require('child_process')
const fs = require('fs')

const MOMENTS = [
  // a Saturday morning: halls closed for bookings except 云窗口, weekend arithmetic
  { at: '2026-12-05 02:30:00', what: 'Saturday 2026-12-05 10:30 in Panyu' },
  // the first day of the National Day holiday in the mock's calendar
  { at: '2027-10-01 01:00:00', what: 'public holiday 2027-10-01 09:00 in Panyu' },
  // ten seconds before midnight: "today" turns over while tests run; the device is in another zone
  { at: '2026-12-31 15:59:50', what: '2026-12-31 23:59:50 in Panyu, device in Los Angeles', tz: 'America/Los_Angeles' },
  // a year after these lines were written
  { at: '2027-11-29 02:00:00', what: 'a year ahead, 2027-11-29 10:00 in Panyu' },
]

function ensureFaketime() {
  if (fs.existsSync('/usr/bin/faketime')) return
  console.log('installing Debian faketime (apt)…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime', { stdio: 'inherit' })
}

function main() {
  ensureFaketime()
  const jestArgs = process.argv.slice(2)
  const failed = []
  for (const moment of MOMENTS) {
    console.log(`\n--- jest at ${moment.what} (faketime @${moment.at} UTC)`)
    const started = Date.now()
    const run = spawnSync('faketime', ['-f', `@${moment.at}`, process.execPath, require.resolve('jest/bin/jest'), '--ci', ...jestArgs], {
      stdio: 'inherit',
      env: { ...process.env, TZ: moment.tz ?? 'UTC' },
    })
    console.log(`--- ${run.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`)
    if (run.status !== 0) failed.push(moment.what)
  }
  if (failed.length) {
    console.error(`\nTests failed with the clock moved to: ${failed.join('; ')}`)
    process.exit(1)
  }
  console.log(`\nAll ${MOMENTS.length} time-shifted runs passed.`)
}

main()
