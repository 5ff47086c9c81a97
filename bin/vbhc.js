#!/usr/bin/env node
// CommonJS, as all of bin/ (see its package.json): Node then starts without its ES module loader.
const { runBundle } = require('./run-bundle.js');

runBundle(process.argv).then((exitCode) => {
  process.exitCode = exitCode;
});
