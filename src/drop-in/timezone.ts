// dist/timezone.js, loaded right BEFORE consentry.js: a coarse region hint from the
// device's time zone for sites that know no region from their server. Including this
// tag is the switch; without it (the default) a visitor of unknown region gets the
// fail-closed `model.unknown` (opt-in unless the config says otherwise). It only fills
// in `<html data-consent-region>` when the page has not set one: a region from the site
// or its CDN always wins. How coarse a time zone is: see src/core/timezone.ts.
import { regionFromTimeZone } from '../core/timezone'

const html = document.documentElement
if (!html.hasAttribute('data-consent-region')) {
  const region = regionFromTimeZone()
  if (region) html.setAttribute('data-consent-region', region)
}
