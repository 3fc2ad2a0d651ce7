#!/usr/bin/env node
// The `jixiao` command: runs the compiled command line (lib/, built by `npm run build:cli`,
// which `npm ci` runs through the `prepare` script).
"use strict";
const { main } = require("../lib/cli/node.js");
const { version } = require("../package.json");

main(version);
