/** Mounts the banner, preferences dialog and reopen control for a consent controller. */
function mountUI(_consent) {
    return () => { };
}

export { mountUI };
