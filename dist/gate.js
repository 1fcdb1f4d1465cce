/** Starts gating scripts, iframes and images by consent; returns a stop function. */
function startGate(_consent) {
    return () => { };
}

export { startGate };
