import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick } from 'vue'
import { renderToString } from 'vue/server-renderer'
import {
  ConsentGate,
  provideConsent,
  useConsent,
  useConsentContext,
  useConsentView,
} from '../../../src/bindings/vue'
import type { Consent } from '../../../src/core/consent'
import { readDecision } from '../../../src/server'
import { config, embedSrc, freshConsent } from './fixtures'

type AppConsent = Consent<typeof config>

afterEach(() => vi.unstubAllGlobals())

const video = () => h('video', { title: 'video', src: embedSrc })
const Video = (consent: AppConsent) =>
  defineComponent({ setup: () => () => h(ConsentGate, { consent, name: 'youtube' }, video) })

describe('consentry/vue', () => {
  it('useConsent(consent) is a ref that follows a choice', async () => {
    const consent = freshConsent()
    const wrapper = mount({
      setup() {
        const state = useConsent(consent)
        return () => h('p', JSON.stringify(state.value))
      },
    })
    expect(wrapper.text()).toBe('{"necessary":true,"analytics":false,"marketing":false}')
    consent.acceptAll()
    await nextTick()
    expect(wrapper.text()).toBe('{"necessary":true,"analytics":true,"marketing":true}')
  })

  it('useConsent(consent, name) and useConsentView follow the store', async () => {
    const consent = freshConsent()
    const wrapper = mount({
      setup() {
        const analytics = useConsent(consent, 'analytics')
        const view = useConsentView(consent)
        return () => h('p', `${analytics.value} ${view.value}`)
      },
    })
    expect(wrapper.text()).toBe('false banner')
    consent.set({ analytics: true })
    await nextTick()
    expect(wrapper.text()).toBe('true null')
  })

  it('stops following the store when the component unmounts', () => {
    const consent = freshConsent()
    // The core's own effects (cookie writer, cross-tab channel, events) listen too.
    const listenersBefore = consent.$decision.lc
    const wrapper = mount({
      setup() {
        const analytics = useConsent(consent, 'analytics')
        return () => h('p', String(analytics.value))
      },
    })
    expect(consent.$decision.lc).toBe(listenersBefore + 1)
    wrapper.unmount()
    expect(consent.$decision.lc).toBe(listenersBefore)
  })

  it('ConsentGate shows the placeholder; "Always allow" records the service and shows the embed', async () => {
    const consent = freshConsent()
    const wrapper = mount(Video(consent))
    const placeholder = wrapper.get('[role="group"]')
    expect(placeholder.attributes('aria-label')).toBe('YouTube')
    expect(placeholder.classes()).toEqual(['consentry-held'])
    expect(placeholder.text()).toContain('YouTube is blocked until you allow Marketing cookies.')
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['Load once', 'Always allow'])
    expect(wrapper.find('video').exists()).toBe(false)
    await wrapper.findAll('button')[1].trigger('click')
    expect(wrapper.get('video').attributes('src')).toBe(embedSrc)
    expect(consent.record?.services).toEqual({ youtube: true })
  })

  it('ConsentGate: "Load once" shows the embed and records nothing', async () => {
    const consent = freshConsent()
    const wrapper = mount(Video(consent))
    await wrapper.findAll('button')[0].trigger('click')
    expect(wrapper.find('video').exists()).toBe(true)
    expect(consent.record).toBeNull()
  })

  it('ConsentGate: the fallback slot gets the actions', async () => {
    const consent = freshConsent()
    const wrapper = mount(ConsentGate, {
      props: { consent, name: 'analytics' },
      slots: {
        default: () => h('p', 'charts'),
        fallback: ({ allow }: { allow: () => void }) =>
          h('button', { onClick: allow }, 'Enable charts'),
      },
    })
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toBe('charts')
    expect(consent.record?.categories.analytics).toBe(true)
  })

  it('useConsentContext gives the provided consent and throws without one', () => {
    const consent = freshConsent()
    const Reader = defineComponent({
      setup() {
        const provided = useConsentContext<typeof config>()
        return () => h('p', provided.get('analytics') ? 'on' : 'off')
      },
    })
    const wrapper = mount({
      setup() {
        provideConsent(consent)
        return () => h(Reader)
      },
    })
    expect(wrapper.text()).toBe('off')
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Reader)).toThrow('needs provideConsent() above')
  })

  it('hydrates what the server read from the cookie without a mismatch', async () => {
    const consent = freshConsent()
    consent.acceptAll()
    const serverState = readDecision(config, document.cookie)
    const Root = defineComponent({
      setup() {
        provideConsent(consent, serverState)
        return () => h(Video(consent))
      },
    })
    const html = await renderToString(createSSRApp(Root))
    expect(html).toContain(`src="${embedSrc}"`)
    const container = document.createElement('div')
    container.innerHTML = html
    document.body.append(container)
    const warnings: unknown[] = []
    vi.spyOn(console, 'warn').mockImplementation(w => warnings.push(w))
    vi.spyOn(console, 'error').mockImplementation(e => warnings.push(e))
    createSSRApp(Root).mount(container)
    await nextTick()
    expect(warnings).toEqual([])
    expect(container.querySelector('video')?.getAttribute('src')).toBe(embedSrc)
  })
})
