/** @jsxRuntime classic */
/** @jsx h */
import type { CategoryConfig, CookieInfo, ServiceConfig } from '../core/types'
import { button, choices, layer, type LayerProps } from './banner'
import { h, type Child } from './jsx-runtime'
import { format } from './texts'

const SIGNALS = { dnt: 'Do Not Track', gpc: 'Global Privacy Control' }

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

  const cookies = (list?: readonly CookieInfo[]) =>
    list ? (
      <ul class="k" aria-label={t.cookies}>
        {list.map(c => (
          <li>
            <b>{c.name}</b> {c.purpose} {c.lifetime ? '(' + c.lifetime + ')' : ''}
          </li>
        ))}
      </ul>
    ) : null

  /**
   * A labelled native checkbox with role=switch (keyboard, forms and screen readers for
   * free), the note it points at with aria-describedby, then `more`. The label is the
   * config's `label` (else the name), the note its `description` then `extra`. Ids end in
   * `.d`: names cannot hold a dot, so category `a` never meets category `ad`.
   */
  const item = (
    id: string,
    name: string,
    cfg: CategoryConfig | ServiceConfig,
    on: boolean,
    off: boolean,
    extra: string | false | undefined,
    more: Child,
    cat?: string,
    note = [cfg.description, extra].filter(Boolean).join(' '),
  ) => (
    <li>
      <div class="w">
        <label for={id}>{cfg.label || name}</label>
        <input
          type="checkbox"
          role="switch"
          id={id}
          name={name}
          data-c={cat}
          checked={on}
          disabled={off}
          aria-describedby={note ? id + '.d' : undefined}
        />
      </div>
      {note ? (
        <p id={id + '.d'} class="n">
          {note}
        </p>
      ) : null}
      {more}
    </li>
  )

  const category = ([name, cat]: [string, CategoryConfig]) => {
    const lock = d.locked[name]
    const fixed = !!(cat.required || lock)
    const services = Object.entries(cat.services || {}) as [string, ServiceConfig][]
    return item(
      'c-' + name,
      name,
      cat,
      !!cat.required ||
        (!lock && (last && name in last.categories ? last.categories[name] : d.categories[name])),
      fixed,
      cat.required ? t.required : lock && format(t.locked, { signal: SIGNALS[lock] }),
      services.length || cat.cookieInfo ? (
        <details>
          <summary>{t.services}</summary>
          {cookies(cat.cookieInfo)}
          <ul>
            {services.map(([s, svc]) =>
              item(
                's-' + s,
                s,
                svc,
                !svc.disabled &&
                  !lock &&
                  (!!cat.required ||
                    (last ? (last.services[s] ?? !!last.categories[name]) : d.services[s])),
                fixed || !!svc.disabled,
                svc.disabled && t.notInUse,
                cookies(svc.cookieInfo),
                name,
              ),
            )}
          </ul>
        </details>
      ) : null,
    )
  }

  const save = () => {
    const categories: { [name: string]: boolean } = {}
    const services: { [name: string]: boolean } = {}
    el.querySelectorAll<HTMLInputElement>('input:not(:disabled)').forEach(
      i => ((i.dataset.c ? services : categories)[i.name] = i.checked),
    )
    consent.set(categories, services)
  }

  const el: HTMLElement = layer(
    props,
    'p',
    'p',
    t.prefsTitle,
    t.prefsBody,
    [button(t.save, act(save)), choices(props)],
    <button class="x" aria-label={t.close} onClick={close}>
      ×
    </button>,
    <ul>
      {(Object.entries(consent.config.categories) as [string, CategoryConfig][]).map(category)}
    </ul>,
  )
  // A category and its services move together; turning one service on turns its category on.
  el.onchange = e => {
    const input = e.target as HTMLInputElement
    const cat = input.dataset.c
    if (cat) input.checked && ((el.querySelector('#c-' + cat) as HTMLInputElement).checked = true)
    else
      el.querySelectorAll<HTMLInputElement>('[data-c=' + input.name + ']:not(:disabled)').forEach(
        s => (s.checked = input.checked),
      )
  }
  return el
}
