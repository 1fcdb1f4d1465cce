// The whole stylesheet, one rule per line and minified by hand: a CSS minifier in the
// build would cost more to maintain than these few hundred bytes save.
//
// Classes: t theme wrapper (dark, auto), l layer (bar, box, modal; p preferences),
// bs button row, x close, r reopen button, w label + switch, n note, k cookie list,
// sr screen-reader only. Site overrides go through the --consentry-* properties,
// which inherit into the shadow root.
const dark =
  '{--b:var(--consentry-bg,#1c1c1e);color:var(--consentry-text,#f2f2f7);--a:var(--consentry-accent,#8ab4f8);--bt:var(--consentry-button-text,#10213d);--k:var(--consentry-border,#98989d)}'

/** The UI's stylesheet: adopted by the shadow root, or a nonce'd `<style>` where that is missing. */
export const css =
  // Important: the host sits in the page, and rules like `div:empty{display:none}` must not reach it.
  ':host{all:initial!important}' +
  '*{box-sizing:border-box}' +
  // Contrast: #1c1c1e on #fff 17:1; #0b57d0 links, focus rings and buttons on #fff 6.4:1; #6e6e73 borders 5.1:1.
  '.t{--b:var(--consentry-bg,#fff);color:var(--consentry-text,#1c1c1e);--a:var(--consentry-accent,#0b57d0);--bt:var(--consentry-button-text,#fff);--k:var(--consentry-border,#6e6e73);--bb:var(--consentry-button-bg,var(--a));font:var(--consentry-font,1em/1.5 system-ui,sans-serif)}' +
  // Dark: #f2f2f7 on #1c1c1e 15:1; #8ab4f8 8:1; #10213d on #8ab4f8 7.6:1.
  '.dark' +
  dark +
  '@media(prefers-color-scheme:dark){.auto' +
  dark +
  '}' +
  // Fixed: the banner covers the page instead of pushing it, so it never shifts layout.
  '.l,.r{position:fixed;z-index:var(--consentry-z-index,2147483000)}' +
  '.l{max-height:100%;overflow:auto;padding:1.25em;background:var(--b);box-shadow:0 0 1em #0005}' +
  // A modal layer is a <dialog>: none of its default frame, colours or size limits.
  'dialog{max-width:none;border:0;color:inherit}dialog::backdrop{background:none}' +
  '.bar{inset:auto 0 0;padding-inline:max(1.25em,(100% - var(--consentry-max-width,60em))/2);border-top:1px solid var(--k)}' +
  '.box,.r{bottom:1em}.box{inset-inline-end:1em;width:min(100% - 2em,26em)}' +
  '.box,.modal,.p{border-radius:var(--consentry-radius,.5em)}' +
  // Centred without transforms, so the entry animation can own `transform`; the spread shadow is the backdrop.
  // 46em: room for three equal one-line choices in every language ("Enregistrer mes choix").
  '.modal,.p{inset:0;margin:auto;width:min(100% - 2em,var(--consentry-max-width,46em));height:fit-content;max-height:min(100% - 2em);box-shadow:0 0 0 100vmax #0009}' +
  // A slide only, never a fade: Chromium holds a new animation at its first keyframe for the
  // frames until it starts, and a banner at opacity 0 there is unreadable. None under reduced motion.
  '@media(prefers-reduced-motion:no-preference){.l{animation:i .2s ease-out}}' +
  '@keyframes i{from{transform:translateY(1em)}}' +
  'h2{font-size:1.25em;margin:0 0 .5em}' +
  'p,.p>ul{margin:0 0 1em}' +
  'a{color:var(--a)}' +
  ':focus-visible{outline:2px solid var(--a);outline-offset:2px}' +
  // After :focus-visible and as specific, so the layer itself (focused on open) never shows a ring.
  '.l{outline:0}' +
  'button{font:inherit;color:inherit;cursor:pointer}' +
  // Equal columns whatever the labels: the three choices get the same size, weight and colour.
  '.bs{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,10em),1fr));gap:.5em}' +
  '.box .bs{grid-template-columns:1fr}' +
  '.bs button{min-height:2.75em;padding:.5em .75em;border:2px solid var(--bb);border-radius:var(--consentry-radius,.5em);background:var(--bb);color:var(--bt);font-weight:600}' +
  '.x{float:inline-end;width:2.75em;height:2.75em;margin:-.75em;border:0;background:none;font-size:1.25em}' +
  'ul{list-style:none;margin:0;padding:0}' +
  'details ul{padding-inline-start:1em}' +
  ':not(.k)>li{padding:.5em 0;border-top:1px solid var(--k)}' +
  '.k,.n{margin:0;font-size:.875em}' +
  '.w{display:flex;align-items:center;justify-content:space-between;gap:1em;font-weight:600}' +
  'summary{cursor:pointer;padding:.25em 0}' +
  // The only inputs are switches: native checkboxes drawn with a gradient knob in currentColor, so no extra elements.
  'input{appearance:none;flex:none;width:2.75em;height:1.5em;margin:0;border:2px solid;border-radius:1em;color:var(--k);background:radial-gradient(circle closest-side,currentColor 70%,#0000 75%) 0/1.25em 100% no-repeat;cursor:pointer}' +
  ':checked{color:var(--b);border-color:var(--a);background-color:var(--a);background-position:100%}' +
  '[dir=rtl] input{transform:scaleX(-1)}' +
  ':disabled{opacity:.6;cursor:default}' +
  // Locked by a signal: hatched and dashed, not merely dimmed like an ordinary off switch.
  '.lk input{opacity:1;border-style:dashed;background:repeating-linear-gradient(-45deg,currentColor 0 1px,#0000 1px 4px)}' +
  '.lk .n{font-weight:600}' +
  // At least 24x24 CSS px (WCAG 2.2 2.5.8); a cookie drawn with gradients.
  '.r{inset-inline-start:1em;width:2.75em;height:2.75em;border:2px solid var(--b);border-radius:50%;background:radial-gradient(circle at 35% 35%,var(--bt) 9%,#0000 10%),radial-gradient(circle at 62% 62%,var(--bt) 9%,#0000 10%) var(--bb)}' +
  // Screen-reader only: one clipped pixel, so it adds no width to a narrow layer.
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap;clip-path:inset(50%)}'
