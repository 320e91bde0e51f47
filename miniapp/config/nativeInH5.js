// Stands in for whatwg-fetch and abortcontroller-polyfill in the H5 build: every browser the H5 app
// targets (package.json's `h5` browserslist) has fetch and AbortController natively.
