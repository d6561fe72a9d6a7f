/** @jest-environment node */
import * as helper from '@tarojs/helper'
import { getComponentsAlias, internalComponents } from '@tarojs/shared'
const { UnRecursiveTemplate } = require('@tarojs/shared/dist/template')
const { applyA11y } = require('./index')

/** The base template Taro writes to base.wxml, for a few components, with the plugin applied as the build does. */
function buildBase(includes: string[]) {
  const platform = { template: new UnRecursiveTemplate(), runtimePath: '@tarojs/plugin-platform-weapp/dist/runtime' }
  applyA11y({ helper }, platform)
  const wxml: string = platform.template.buildTemplate({ includes: new Set(includes), exclude: [], thirdPartyComponents: new Map(), includeAll: false })
  return { wxml, platform }
}

/** Attribute → the data key it reads (`aria-label="{{i.p3}}"` → p3) in a component's first template. */
function templateKeys(wxml: string, tag: string): Record<string, string> {
  const open = wxml.match(new RegExp(`<template name="tmpl_0_\\d+(?:_focus)?">\\s*<${tag}\\s([^>]*)>`))
  if (!open) throw new Error(`no <${tag}> template`)
  return Object.fromEntries([...open[1].matchAll(/([\w-]+)="\{\{(?:xs\.b\()?i\.(p\d+)/g)].map((m) => [m[1], m[2]]))
}

describe('weapp a11y plugin', () => {
  const { wxml, platform } = buildBase(['view', 'text', 'image', 'button', 'input'])

  it('puts WeChat’s aria attributes into the templates, with role written as aria-role', () => {
    const view = templateKeys(wxml, 'view')
    for (const attr of ['aria-role', 'aria-label', 'aria-hidden', 'aria-live', 'aria-checked', 'aria-selected']) expect(view[attr]).toMatch(/^p\d+$/)
    expect(view).not.toHaveProperty('role')
    expect(templateKeys(wxml, 'text')['aria-label']).toMatch(/^p\d+$/)
    expect(templateKeys(wxml, 'image')['aria-hidden']).toMatch(/^p\d+$/)
    expect(templateKeys(wxml, 'button')['aria-label']).toMatch(/^p\d+$/)
    expect(templateKeys(wxml, 'input')['aria-label']).toMatch(/^p\d+$/)
  })

  it('keeps Taro’s own attributes', () => {
    expect(templateKeys(wxml, 'view')['hover-class']).toMatch(/^p\d+$/)
    expect(templateKeys(wxml, 'image')).toHaveProperty('src')
  })

  it('loads its runtime part after the platform’s', () => {
    expect(platform.runtimePath).toEqual(['@tarojs/plugin-platform-weapp/dist/runtime', expect.stringMatching(/weapp-a11y[\\/]runtime\.js$/)])
  })

  it('gives the runtime the same short names as the templates (else attributes land on the wrong template slot)', () => {
    require('./runtime')
    const alias = getComponentsAlias(internalComponents) as Record<string, Record<string, string>>
    for (const tag of ['view', 'text', 'image', 'button']) {
      const keys = templateKeys(wxml, tag)
      for (const [attr, key] of Object.entries(keys)) {
        const runtimeName = attr === 'aria-role' ? 'role' : attr.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
        if (alias[tag][runtimeName]) expect(`${tag} ${attr} ${alias[tag][runtimeName]}`).toBe(`${tag} ${attr} ${key}`)
      }
      expect(alias[tag].ariaLabel).toBe(keys['aria-label'])
    }
    expect(alias.view.role).toBe(templateKeys(wxml, 'view')['aria-role'])
  })
})
