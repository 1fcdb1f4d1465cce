/*
 * Own-property lookups. Category, service and region names come from configs, cookies
 * and page code: `map.constructor` or `'toString' in map` must never find
 * Object.prototype's members.
 */
/** `map` has `key` itself, not through its prototype. */
const hasOwn = (map, key) => Object.prototype.hasOwnProperty.call(map, key);
/** `map[key]` when `map` has it itself, else undefined. */
const ownValue = (map, key) => {
    if (!hasOwn(map, key))
        return undefined;
    return map[key];
};

export { hasOwn as h, ownValue as o };
