/** Ready-made configs, one per seed policy, keyed by preset id. */
const presets = {};

export { presets };
