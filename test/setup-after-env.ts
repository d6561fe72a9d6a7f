import '@testing-library/jest-dom'
// The app root hands shared/strings its English (src/app.tsx); tests are their own root. Only where there is a
// page to show words on: node-environment suites (the mock, the server) never load the app.
if (typeof window !== 'undefined') {
  const { englishFrom } = require('../src/shared/strings')
  const { en } = require('../src/strings.en')
  englishFrom(async () => en)
}
