import { s as signalsApply, i as inUse, u as usedForTracking } from './category.js';
import { h as hasOwn, o as ownValue } from './own.js';

/*
 * The consent cookie value, version 1:
 *   1.<id>.<time base36>.<revision>.<method>.<categories>.<services>.<check>
 * where each list is `name:1~name:0` and <check> is two base36 digits over the rest,
 * so a truncated or garbled value is never mistaken for a shorter valid one. Names are
 * validated to [A-Za-z][\w-]*, and every character used here is a cookie-octet
 * (RFC 6265 section 4.1.1), so the value needs no percent-encoding.
 */
const METHODS = ['accept-all', 'reject-all', 'custom', 'signal'];
const ENTRY = '[A-Za-z][\\w-]{0,39}:[01]';
const LIST = ENTRY + '(~' + ENTRY + ')*';
/** The whole grammar; whatever it lets through must also re-encode to the same string. */
const FORMAT = RegExp('^1\\.[\\w-]{8,40}\\.[0-9a-z]{1,11}\\.\\d{1,9}\\.[0-3]\\.' +
    LIST +
    '\\.(' +
    LIST +
    ')?\\.[0-9a-z]{2}$');
/** The longest value written or read: browsers keep at least 4096 bytes per cookie
 * (RFC 6265 section 6.1), name and attributes included. */
const MAX_VALUE_LENGTH = 3000;
const encodeMap = (map) => Object.keys(map)
    .map(name => name + ':' + (map[name] ? '1' : '0'))
    .join('~');
/** Two base36 digits over the value: catches truncation and stray edits, not forgery. */
const checkDigits = (value) => {
    let hash = 7;
    for (let i = 0; i < value.length; i++)
        hash = (hash * 31 + value.charCodeAt(i)) % 1296;
    return hash.toString(36).padStart(2, '0');
};
/**
 * Serialises a record for the consent cookie. Throws a RangeError when the value would be
 * longer than the decoder accepts: it could never be read back.
 * @example encodeRecord(record) // '1.k3j9x0aa.lq2x1c.2.a.necessary:1~analytics:0.'
 */
function encodeRecord(record) {
    const fields = [
        '1',
        record.id,
        record.time.toString(36),
        String(record.revision),
        String(METHODS.indexOf(record.method)),
        encodeMap(record.categories),
        encodeMap(record.services),
    ];
    const body = fields.join('.');
    const value = body + '.' + checkDigits(body);
    if (value.length > MAX_VALUE_LENGTH)
        throw new RangeError('consent record of ' + value.length + ' characters (' + MAX_VALUE_LENGTH + ' at most)');
    return value;
}
/** The cookie value of a record, or null for one too large to be read back. */
function encodeIfReadable(record) {
    try {
        return encodeRecord(record);
    }
    catch {
        return null;
    }
}
/** A name-to-grant map without a prototype, so `map.constructor` is not Object's. */
const decodeMap = (text) => {
    const map = Object.create(null);
    if (!text)
        return map;
    for (const entry of text.split('~')) {
        const name = entry.slice(0, -2);
        map[name] = entry.slice(-1) === '1';
    }
    return map;
};
/**
 * Reads a consent cookie value. Anything that is not exactly a version 1 record,
 * tampered, truncated or oversized, is `null` ("ask again"); it never throws.
 */
function decodeRecord(value) {
    if (typeof value !== 'string')
        return null;
    if (value.length > MAX_VALUE_LENGTH)
        return null;
    if (!FORMAT.test(value))
        return null;
    const [, id, time, revision, method, categories, services] = value.split('.');
    const record = {
        id,
        time: parseInt(time, 36),
        revision: Number(revision),
        method: METHODS[Number(method)],
        categories: decodeMap(categories),
        services: decodeMap(services),
    };
    // Re-encoding checks the check digits, and refuses what only a forger writes: a name
    // listed twice, a leading zero.
    if (encodeRecord(record) !== value)
        return null;
    return record;
}
/** A random consent id from the platform CSPRNG (no personal data). */
function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return Array.from(bytes, byte => (byte & 63).toString(36).padStart(2, '0')).join('');
}

const DAY = 864e5;
/** A record dated further ahead than this is from a skewed clock or forged: ask again. */
const SKEW = DAY;
/**
 * The model that applies in a region. A plain model (`model: 'opt-out'`) applies to
 * every visitor. With per-region models: exact (`US-CA`), then country (`US`), then the
 * default. With no region known, `unknown` if the config sets it, else `opt-in`: a visitor
 * whose region is unknown may be one who must be asked first, so the default fails closed.
 * @example modelFor({ categories, model: { default: 'opt-out' } }, undefined) // 'opt-in'
 */
function modelFor(config, region) {
    const model = config.model || 'opt-in';
    if (typeof model === 'string')
        return model;
    const code = (region || '').toUpperCase();
    if (!code)
        return model.unknown || 'opt-in';
    const regions = model.regions || {};
    const country = code.split('-')[0];
    return ownValue(regions, code) || ownValue(regions, country) || model.default;
}
/** Which signals the site honours right now: the first one in `enforce` mode, and
 * whether one in `default-deny` mode is on. The one place that reads signal modes. */
function honoured(config, signals) {
    const modes = config.signals || {};
    const result = { enforced: undefined, denied: false };
    for (const signal of ['dnt', 'gpc']) {
        const mode = modes[signal] || 'ignore';
        if (!signals[signal] || mode === 'ignore')
            continue;
        if (mode === 'default-deny')
            result.denied = true;
        else if (!result.enforced)
            result.enforced = signal;
    }
    return result;
}
/** Days a record lasts: a refusal of anything optional is asked again sooner. */
const lifetimeDays = (config, record) => {
    const life = config.lifetime || {};
    const refusedSomething = Object.keys(record.categories).some(name => {
        if (record.categories[name])
            return false;
        // A category with nothing in use is stored as denied: Accept all refused nothing.
        const category = ownValue(config.categories, name);
        return !category || inUse(category);
    });
    if (refusedSomething)
        return life.refusal || 182;
    return life.consent || 390;
};
/** The record still applies: our revision or newer, not from the future, not expired. */
const recordApplies = (config, record, now) => {
    if (!record)
        return false;
    // A newer revision than ours: this page has a stale config, and the visitor already
    // answered the newer policy. Asking again would ping-pong with the up-to-date tabs.
    if (record.revision < (config.revision || 0))
        return false;
    if (record.time > now + SKEW)
        return false;
    return now - record.time < lifetimeDays(config, record) * DAY;
};
/** Whether one category applies, before its services are looked at. */
const categoryGranted = (name, category, locked, record, signalDenies, model) => {
    if (category.required)
        return true;
    // Nothing in it runs, so nothing in it can be granted: not by a record, not by opt-out.
    if (!inUse(category))
        return false;
    if (locked)
        return false;
    if (record && hasOwn(record.categories, name))
        return record.categories[name];
    if (signalsApply(category) && signalDenies)
        return false;
    return model !== 'opt-in';
};
/**
 * What applies to every category and service, and whether the visitor must be asked.
 * Pure: the same inputs always give the same answer. The maps have no prototype, so a
 * category named `constructor` is as plain as any other name.
 * @example decide(config, null, { dnt: false, gpc: false }, 'DE', Date.now()).ask // true
 */
function decide(config, record, signals, region, now) {
    const model = modelFor(config, region);
    const valid = recordApplies(config, record, now);
    const applying = valid ? record : null;
    const { enforced, denied } = honoured(config, signals);
    const decision = {
        categories: Object.create(null),
        services: Object.create(null),
        locked: Object.create(null),
        ask: !valid && !enforced && !denied,
        model,
        valid,
    };
    for (const name of Object.keys(config.categories)) {
        const category = config.categories[name];
        // A category with nothing in use is not the signal's doing: it is shown as not in use.
        const lockedBy = signalsApply(category) && inUse(category) ? enforced : undefined;
        if (lockedBy)
            decision.locked[name] = lockedBy;
        const locked = lockedBy !== undefined;
        const granted = categoryGranted(name, category, locked, applying, denied, model);
        decision.categories[name] = granted;
        const services = category.services || {};
        for (const service of Object.keys(services)) {
            const serviceConfig = services[service];
            // validateConfig refuses such a service; a production build may skip it, this may not.
            const refusedThirdParty = config.thirdPartyTracking === false &&
                usedForTracking(category) &&
                !!serviceConfig.thirdParty;
            let serviceGranted = granted;
            if (applying && !category.required && hasOwn(applying.services, service))
                serviceGranted = applying.services[service];
            decision.services[service] =
                !locked && !serviceConfig.disabled && !refusedThirdParty && serviceGranted;
        }
    }
    return decision;
}

/** Thrown for an invalid config; the message names the path and what was expected. */
class ConsentConfigError extends Error {
    constructor(path, message) {
        super(path + ': ' + message);
        this.name = 'ConsentConfigError';
        this.path = path;
    }
}

export { ConsentConfigError as C, DAY as D, decodeRecord as a, encodeRecord as b, decide as d, encodeIfReadable as e, honoured as h, lifetimeDays as l, newId as n };
