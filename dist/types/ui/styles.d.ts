/** The UI's stylesheet: adopted by the shadow root, or a nonce'd `<style>` where that is missing. */
export declare const css: string;
