/** @jsxImportSource . */
import type { CategoryConfig, CookieInfo, ServiceConfig } from '../core/types'
import { Policy, type LayerProps } from './banner'
import { format } from './texts'

const SIGNALS = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' }

/**
 * A description line that the switch points at with aria-describedby; nothing when empty.
 * Ids end in `.d`: names cannot hold a dot, so category `a` never meets category `ad`.
 */
const Note = ({ id, text }: { id: string; text: string }) => (text ? <p id={id} class="n">{text}</p> : null)

const Cookies = ({ list, label }: { list?: readonly CookieInfo[]; label: string }) =>
  list ? (
    <ul class="k" aria-label={label}>
      {list.map(c => (
        <li>
          <b>{c.name}</b> {c.purpose} {c.lifetime ? '(' + c.lifetime + ')' : ''}
        </li>
      ))}
    </ul>
  ) : null

/** A labelled native checkbox with role=switch: keyboard, forms and screen readers for free. */
const Switch = (p: { id: string; name: string; label: string; on: boolean; off: boolean; note: string; cat?: string }) => (
  <div class="row">
    <label for={p.id}>{p.label}</label>
    <input
      type="checkbox"
      role="switch"
      id={p.id}
      name={p.name}
      data-c={p.cat}
      checked={p.on}
      disabled={p.off}
      aria-describedby={p.note ? p.id + '.d' : undefined}
    />
  </div>
)

const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ')

/**
 * The second layer: one switch per category, per-service switches inside a `<details>`,
 * and Save / Accept all / Reject all. The switches hold the draft in the DOM; Save reads
 * them back, so the dialog needs no state of its own.
 */
export function Preferences(props: LayerProps) {
  const { consent, t, act, close } = props
  const d = consent.$decision.get()
  // Asked again after a revision or expiry: start from what the visitor said last time.
  const last = d.valid ? null : consent.record

  const category = (name: string, cat: CategoryConfig) => {
    const lock = d.locked[name]
    const fixed = !!(cat.required || lock)
    const on = !!cat.required || (!lock && (last && name in last.categories ? last.categories[name] : d.categories[name]))
    const services = Object.entries(cat.services || {}) as [string, ServiceConfig][]
    const id = 'c-' + name
    const note = join(cat.description, cat.required ? t.required : lock && format(t.locked, { signal: SIGNALS[lock] }))
    return (
      <li>
        <Switch id={id} name={name} label={cat.label || name} on={on} off={fixed} note={note} />
        <Note id={id + '.d'} text={note} />
        {services.length || cat.cookieInfo ? (
          <details>
            <summary>{t.services}</summary>
            <Cookies list={cat.cookieInfo} label={t.cookies} />
            <ul>
              {services.map(([s, svc]) => {
                const sid = 's-' + s
                const sn = join(svc.description, svc.disabled && t.notInUse)
                const son =
                  !svc.disabled &&
                  !lock &&
                  (!!cat.required || (last ? (last.services[s] ?? !!last.categories[name]) : d.services[s]))
                return (
                  <li>
                    <Switch id={sid} name={s} cat={name} label={svc.label || s} on={son} off={fixed || !!svc.disabled} note={sn} />
                    <Note id={sid + '.d'} text={sn} />
                    <Cookies list={svc.cookieInfo} label={t.cookies} />
                  </li>
                )
              })}
            </ul>
          </details>
        ) : null}
      </li>
    )
  }

  // A category and its services move together; turning one service on turns its category on.
  const sync = (e: Event) => {
    const input = e.target as HTMLInputElement
    const cat = input.getAttribute('data-c')
    if (cat) input.checked && ((el.querySelector('#c-' + cat) as HTMLInputElement).checked = true)
    else el.querySelectorAll<HTMLInputElement>('[data-c=' + input.name + ']:not(:disabled)').forEach(s => (s.checked = input.checked))
  }

  const save = () => {
    const categories: { [name: string]: boolean } = {}
    const services: { [name: string]: boolean } = {}
    el.querySelectorAll<HTMLInputElement>('[role=switch]:not(:disabled)').forEach(
      i => ((i.getAttribute('data-c') ? services : categories)[i.name] = i.checked),
    )
    consent.set(categories, services)
  }

  const el: HTMLElement = (
    <div class="l p" role="dialog" aria-modal="true" aria-labelledby="pt" aria-describedby="pd" tabindex={-1} onChange={sync}>
      <button class="x" aria-label={t.close} onClick={close}>
        ×
      </button>
      <h2 id="pt">{t.prefsTitle}</h2>
      <p id="pd">
        {t.prefsBody} <Policy {...props} />
      </p>
      <ul>
        {(Object.entries(consent.config.categories) as [string, CategoryConfig][]).map(([name, cat]) => category(name, cat))}
      </ul>
      <div class="bs">
        <button onClick={() => act(save)}>{t.save}</button>
        <button onClick={() => act(consent.acceptAll)}>{t.acceptAll}</button>
        <button onClick={() => act(consent.rejectAll)}>{t.rejectAll}</button>
      </div>
    </div>
  )
  return el
}
