// The command line, the cookie tracing helpers and the reports' rendering, without a browser.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../src/scan/analyze'
import { cookieNameOf, scriptFromStack } from '../../../src/scan/browse'
import type { Classifier } from '../../../src/scan/classify'
import { knownCookie } from '../../../src/scan/classify'
import { readConfigFile } from '../../../src/scan/config'
import { escapeHtml, htmlReport } from '../../../src/scan/html'
import { parseOptions, UsageError } from '../../../src/scan/options'
import { table, textReport } from '../../../src/scan/text'

describe('scan options', () => {
  it('reads the URL and the defaults', () => {
    expect(parseOptions(['scan', 'http://127.0.0.1:8080/livechat/'])).toEqual({
      url: 'http://127.0.0.1:8080/livechat/',
      pages: 5,
      config: null,
      json: null,
      html: null,
      failOnLeak: false,
      chromiumFlags: [],
    })
  })

  it('reads every option', () => {
    const options = parseOptions([
      'scan',
      'https://shop.example',
      '--pages',
      '2',
      '--config',
      'c.json',
      '--json',
      '-',
      '--html',
      'r.html',
      '--fail-on',
      'leak',
      '--chromium-flag=--lang=de',
      '--chromium-flag=--mute-audio',
    ])
    expect(options).toEqual({
      url: 'https://shop.example/',
      pages: 2,
      config: 'c.json',
      json: '-',
      html: 'r.html',
      failOnLeak: true,
      chromiumFlags: ['--lang=de', '--mute-audio'],
    })
  })

  it('answers --help', () => {
    expect(parseOptions(['--help'])).toBe('help')
  })

  it.each([
    [[], 'no command given'],
    [['crawl', 'http://a.example'], 'unknown command "crawl"'],
    [['scan'], 'no URL given'],
    [['scan', 'not a url'], 'not a URL: not a url'],
    [['scan', 'ftp://a.example/'], 'not an http(s) URL: ftp://a.example/'],
    [
      ['scan', 'http://a.example', '--pages', '0'],
      '--pages must be a whole number of 1 or more, not "0"',
    ],
    [['scan', 'http://a.example', '--fail-on', 'stale'], '--fail-on takes "leak", not "stale"'],
    [['scan', 'http://a.example', 'http://b.example'], 'unexpected argument "http://b.example"'],
  ])('refuses %j with one line', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(new UsageError(message))
  })

  it('refuses an unknown option', () => {
    expect(() => parseOptions(['scan', 'http://a.example', '--deep'])).toThrow(UsageError)
  })
})

describe('--config files', () => {
  // vitest runs from the repository root.
  const fixture = (name: string) => join(process.cwd(), 'test/fixtures/scan', name)

  it('reads JSON, with RegExp patterns as strings', async () => {
    const config = await readConfigFile(fixture('plain-config.json'))
    expect(config.categories.analytics.cookies).toEqual(['/^_pk_/'])
  })

  it("reads an ES module's default export", async () => {
    const config = await readConfigFile(fixture('config.mjs'))
    expect(config.categories.analytics.cookies).toEqual([/^_pk_/])
  })

  it('refuses a module that exports no config', async () => {
    await expect(readConfigFile(fixture('no-config.mjs'))).rejects.toThrow(/exports no config/)
  })
})

describe('cookie tracing', () => {
  it('takes the first http(s) frame of a stack as the writing script', () => {
    const stack = [
      'Error',
      '    at set (<anonymous>:12:15)',
      '    at track (https://cdn.example/a.js:3:19)',
      '    at https://shop.example/:40:7',
    ].join('\n')
    expect(scriptFromStack(stack)).toBe('https://cdn.example/a.js')
    expect(scriptFromStack('Error\n    at <anonymous>:1:1')).toBeNull()
  })

  it('reads the name of a cookie write', () => {
    expect(cookieNameOf(' _ga=GA1.1.2; path=/; max-age=10')).toBe('_ga')
    expect(cookieNameOf('novalue')).toBe('')
  })

  it('knows a few widely used cookie names', () => {
    expect(knownCookie('_ga_ABC123')).toEqual({ vendor: 'Google Analytics', purpose: 'analytics' })
    expect(knownCookie('PHPSESSID')).toEqual({ vendor: 'PHP session', purpose: 'necessary' })
    expect(knownCookie('cart')).toBeNull()
  })
})

const classifier: Classifier = {
  database: null,
  domainOf: host => host.split('.').slice(-2).join('.'),
  tracker: () => null,
}

const unreached = () => ({
  decided: false,
  note: 'not reached',
  cookies: [],
  local: [],
  session: [],
  requests: [],
  screenshot: null,
})

const leakyReport = () =>
  analyze({
    startUrl: 'https://shop.example/',
    scannedAt: '2026-12-04T12:00:00.000Z',
    config: { categories: { necessary: { required: true } } },
    configSource: 'page',
    classifier,
    pages: [
      {
        url: 'https://shop.example/',
        consentry: true,
        config: null,
        states: {
          before: {
            decided: true,
            note: null,
            cookies: [
              {
                name: '<img src=x onerror=alert(1)>',
                domain: '.evil.example',
                path: '/',
                expires: -1,
                httpOnly: false,
                secure: false,
                sameSite: 'None',
                setBy: { kind: 'unknown', url: null },
              },
            ],
            local: [],
            session: [],
            requests: [],
            screenshot: Buffer.from('jpeg'),
          },
          reject: unreached(),
          accept: unreached(),
        },
      },
    ],
  })

describe('scan reports', () => {
  it('lays out columns', () => {
    expect(
      table([
        ['a', 'bb', 'c'],
        ['ccc', 'd', 'e'],
      ]),
    ).toBe('  a    bb  c\n  ccc  d   e')
  })

  it('ends the terminal report with the summary line', () => {
    const text = textReport(leakyReport())
    expect(text).toContain('[Before any choice] /: Third-party cookie <img src=x onerror=alert(1)>')
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '1 leak; 1 not in the config; 0 stale; 1 page in 3 states',
    )
  })

  it('escapes what the pages wrote, and embeds the screenshots', () => {
    const report = leakyReport()
    const html = htmlReport(report, new Map([['page1-before.jpg', Buffer.from('jpeg')]]))
    expect(html).not.toContain('<img src=x')
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'))
    expect(html).toContain(`src="data:image/jpeg;base64,${Buffer.from('jpeg').toString('base64')}"`)
    expect(html).toContain('1 leak found.')
  })
})
