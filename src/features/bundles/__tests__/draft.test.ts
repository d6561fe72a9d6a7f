import { draftKey, useDrafts } from '../draft'

describe('bundle drafts', () => {
  it('sign-out takes the user’s drafts (and the ID numbers typed into them) off the device, nobody else’s', () => {
    const mine = draftKey('u-resident', 'newborn')
    const theirs = draftKey('u-business', 'open-shop')
    useDrafts.getState().open(mine, 'newborn')
    useDrafts.getState().update(mine, { form: { idNumber: '440126198511203211' } })
    useDrafts.getState().open(theirs, 'open-shop')
    useDrafts.getState().forgetUser('u-resident')
    expect(Object.keys(useDrafts.getState().drafts)).toEqual([theirs])
    expect(JSON.stringify(useDrafts.getState())).not.toContain('440126198511203211')
  })
})
