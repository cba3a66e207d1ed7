/**
 * React, react-dom/client and our wrappers as one ES module for the browser tests: React ships
 * CommonJS only, which the test server cannot serve as modules. Built by `npm run build:test`
 * (`vite build --mode test-harness`) to node_modules/.cache/wat-werkt/react-harness.js.
 */
import * as React from 'react';

export { React };
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
export * as wrappers from '../../src/react/index.js';
