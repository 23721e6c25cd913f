#!/usr/bin/env node
// Writes the output schemas of every operation (nodes/Uazapi/__schema__) from test/schemas/samples.ts:
// the schema test, in its writing mode. Run after `npm run build` (`npm run schemas` does both).
'use strict';
process.env.UAZAPI_WRITE_SCHEMAS = '1';
require('jest').run(['--runTestsByPath', 'test/schemas/schemas.test.ts']);
