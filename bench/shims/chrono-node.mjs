// Build experiment (see docs/performance.md, "Start-up"): chrono-node's index loads every locale
// it has; the flow parses English and Spanish only.
export * as en from '../../node_modules/chrono-node/dist/esm/locales/en/index.js';
export * as es from '../../node_modules/chrono-node/dist/esm/locales/es/index.js';
