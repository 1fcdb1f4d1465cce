// Placeholders are plain DOM: one per held frame, built once, no framework needed.
// Sized with CSSOM (`style.width`), which a CSP without 'unsafe-inline' still allows,
// and styled by a constructed stylesheet, which needs no nonce.
//
// The placeholder sits in the page, not in a shadow root, so the page's CSS reaches it:
// - the box's own rules are wrapped in `:where` (specificity zero), so the frame's classes,
//   copied over, size it as they sized the frame;
// - what is inside it uses class selectors, so a page's `button` or `p` reset does not undo
//   the theme (a site overrides with a more specific rule, or with the custom properties).
//
// The theme is the UI's: the same --consentry-* properties, defaults and contrast. These are
// the UI's own strings (`.t` and `.dark` in src/ui/styles.ts, which the gate does not import),
// written the same so that gzip stores them once in the drop-in.
const LIGHT = '{--b:var(--consentry-bg,#fff);color:var(--consentry-text,#1c1c1e);--a:var(--consentry-accent,#0b57d0);' +
    '--bt:var(--consentry-button-text,#fff);--k:var(--consentry-border,#6e6e73);' +
    '--bb:var(--consentry-button-bg,var(--a));font:var(--consentry-font,1em/1.5 system-ui,sans-serif)}';
const DARK = '{--b:var(--consentry-bg,#1c1c1e);color:var(--consentry-text,#f2f2f7);--a:var(--consentry-accent,#8ab4f8);' +
    '--bt:var(--consentry-button-text,#10213d);--k:var(--consentry-border,#98989d)}';
// The compact form, for boxes too small for the sentence and the buttons (a 320x60 Like
// button): the service's name and the buttons on one line; the sentence stays for screen
// readers (the group's description) and as the box's title. Chosen by a container query, so
// no script reads the layout. A browser without container queries shows the full form.
const FULL_FORM = '(min-width:15em) and (min-height:9em)';
const CSS = [
    // The theme on the box (zero specificity: its border) and on the content (class specificity:
    // a page rule on `div` cannot change the colours the text was checked against).
    ':where(.consentry-held),.consentry-held-content' + LIGHT,
    ':where(.consentry-held-dark),.consentry-held-dark>.consentry-held-content' + DARK,
    '@media(prefers-color-scheme:dark){:where(.consentry-held-auto),.consentry-held-auto>.consentry-held-content' +
        DARK +
        '}',
    // Content-box, like a frame: the frame's width and height attributes size the content and the
    // border comes on top (2px, a frame's default), so the frame takes the same room when it loads.
    // Overflow other than visible puts the baseline at the bottom edge, where a frame's is. As a
    // size container its content does not size it: a frame's 300x150 does, where a class of the
    // frame leaves a side `auto`.
    ':where(.consentry-held){display:inline-block;box-sizing:content-box;width:300px;height:150px;' +
        'max-width:100%;padding:0;border:2px solid var(--k);overflow:auto;container-type:size;' +
        'contain-intrinsic-size:300px 150px;text-align:center}',
    // A frame with frameborder="0" has no border: neither has its placeholder; a line inside
    // marks its edge without taking room.
    ':where(.consentry-held-borderless){border-width:0}',
    '.consentry-held-borderless>.consentry-held-content{box-shadow:inset 0 0 0 1px var(--k)}',
    // The content fills the box, so its background is the box's.
    '.consentry-held-content{box-sizing:border-box;display:flex;flex-direction:column;' +
        'align-items:center;justify-content:center;gap:.5em;min-height:100%;padding:.5em;' +
        'background:var(--b);font-size:.875em}',
    // At most three lines: the box's title and the group's description have all of it.
    '.consentry-held p{margin:0;display:-webkit-box;-webkit-box-orient:vertical;' +
        '-webkit-line-clamp:3;overflow:hidden}',
    '.consentry-held-name{display:none;font-weight:600}',
    '.consentry-held-buttons{display:flex;flex-wrap:wrap;justify-content:center;gap:.5em}',
    // The UI's choice buttons: equal, filled, at least 24x24 CSS px (WCAG 2.2 2.5.8). `font`
    // first: the shorthand would reset the weight.
    '.consentry-held button{margin:0;font:inherit;line-height:1.25;white-space:nowrap;cursor:pointer}',
    '.consentry-held button{min-height:2.75em;padding:.5em .75em;border:2px solid var(--bb);' +
        'border-radius:var(--consentry-radius,.5em);background:var(--bb);color:var(--bt);font-weight:600}',
    '.consentry-held :focus-visible{outline:2px solid var(--a);outline-offset:2px}',
    '@container not (' +
        FULL_FORM +
        '){' +
        '.consentry-held-content{flex-direction:row;gap:.375em;padding:.25em .375em}' +
        // The name gives way (down to nothing); the buttons keep one line.
        '.consentry-held-name{display:block;flex:0 1 auto;min-width:0;overflow:hidden;' +
        'white-space:nowrap;text-overflow:ellipsis}' +
        '.consentry-held-buttons{flex:none}' +
        '.consentry-held button{padding-inline:.5em}' +
        // Visually hidden: one clipped pixel, still read.
        '.consentry-held p{position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap;clip-path:inset(50%)}' +
        '}',
    // Too narrow for the buttons side by side: no name, and the buttons wrap.
    '@container (max-width:17em){.consentry-held-name{display:none}.consentry-held-buttons{flex:0 1 auto}}',
].join('');
let sheetAdopted = false;
/** Adds the placeholder stylesheet to the document, once (the bindings' placeholders too). */
const adoptPlaceholderSheet = () => {
    if (sheetAdopted)
        return;
    sheetAdopted = true;
    try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        document.adoptedStyleSheets.push(sheet);
    }
    catch {
        // No constructed stylesheets (an old browser): the placeholder is unstyled, still usable.
    }
};
const element = (tag, text = '') => {
    const created = document.createElement(tag);
    created.textContent = text;
    return created;
};
// For `aria-describedby`: ids unique in the page.
let placeholdersMade = 0;
/**
 * Whether a frame's `frameborder` attribute takes its border away: as in Chromium, any value
 * that does not start with a number other than 0 ("0", "no").
 */
const borderless = (frame) => {
    const frameborder = frame.getAttribute('frameborder');
    if (frameborder === null)
        return false;
    const width = Number.parseInt(frameborder, 10);
    return !width;
};
/**
 * A placeholder taking the same room as `frame`, saying what is held and why, with the
 * buttons that load it.
 * @example placeholder(frame, { label: 'VideoTube', text: 'VideoTube is blocked...', buttons }, { theme: 'auto' })
 */
function placeholder(frame, content, look = {}) {
    adoptPlaceholderSheet();
    placeholdersMade += 1;
    const textId = 'consentry-held-text-' + placeholdersMade;
    const box = element('div');
    box.className = 'consentry-held ' + frame.className;
    if (look.theme === 'dark' || look.theme === 'auto')
        box.classList.add('consentry-held-' + look.theme);
    if (borderless(frame))
        box.classList.add('consentry-held-borderless');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', content.label);
    box.setAttribute('aria-describedby', textId);
    // The sentence on hover, also where the compact form shows only the name.
    box.title = content.text;
    box.style.cssText = frame.style.cssText;
    for (const side of ['width', 'height']) {
        const size = frame.getAttribute(side);
        if (!size)
            continue;
        // A bare number is pixels, as in the frame's own attribute.
        box.style[side] = /\D/.test(size) ? size : size + 'px';
    }
    const inner = element('div');
    inner.className = 'consentry-held-content';
    const text = element('p', content.text);
    text.id = textId;
    // Said by the sentence and the group's name already.
    const name = element('strong', content.label);
    name.className = 'consentry-held-name';
    name.setAttribute('aria-hidden', 'true');
    inner.append(text, name);
    if (content.buttons.length) {
        const row = element('div');
        row.className = 'consentry-held-buttons';
        for (const { label, onClick } of content.buttons) {
            const button = element('button', label);
            // Inside a <form>, a plain <button> would submit it.
            button.type = 'button';
            // What it loads, the visible label first (WCAG 2.5.3, label in name).
            button.setAttribute('aria-label', label + ': ' + content.label);
            button.onclick = onClick;
            row.append(button);
        }
        inner.append(row);
    }
    box.append(inner);
    return box;
}

export { adoptPlaceholderSheet as a, placeholder as p };
