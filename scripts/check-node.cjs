#!/usr/bin/env node
// Runs before `npm run demo` and `npm test`: a Node older than package.json's "engines" gets one
// line saying so, instead of a stack trace from a tool that needs a newer Node. Written in
// ES5 (var, function, require) so that even a very old Node can read it (issue 16).
'use strict';

var fs = require('fs');
var path = require('path');

function parseVersion(text) {
  var parts = String(text).replace(/^v/, '').split('.');
  return [Number(parts[0]) || 0, Number(parts[1]) || 0, Number(parts[2]) || 0];
}

function compare(a, b) {
  for (var i = 0; i < 3; i += 1) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/** One comparator: ">=X.Y.Z" (this or newer) or "^X.Y.Z" (this or newer within major X). */
function satisfiesOne(version, comparator) {
  var match = /^\s*(>=|\^)\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(comparator);
  if (!match) throw new Error('check-node understands only ">=X.Y.Z" and "^X.Y.Z" ranges, not "' + comparator + '"');
  var floor = parseVersion(match[2]);
  if (compare(version, floor) < 0) return false;
  return match[1] === '>=' || version[0] === floor[0];
}

/** Null when `actual` (like process.version) is in `range` (like "^20.19.0 || >=22.12.0"), else the one line to print. */
function nodeVersionProblem(actual, range) {
  var version = parseVersion(actual);
  var alternatives = String(range).split('||');
  for (var i = 0; i < alternatives.length; i += 1) {
    if (satisfiesOne(version, alternatives[i])) return null;
  }
  var floors = alternatives.map(function (alternative) {
    var floor = parseVersion(alternative.replace(/[>=^\sv]/g, ''));
    return floor[0] + '.' + floor[1] + '+';
  });
  return (
    'Leerzicht needs Node.js ' +
    floors.join(' or ') +
    ' (this is Node ' +
    String(actual).replace(/^v/, '') +
    '): install a current Node from https://nodejs.org and run the command again.'
  );
}

module.exports = { nodeVersionProblem: nodeVersionProblem };

if (require.main === module) {
  var manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  var problem = nodeVersionProblem(process.version, manifest.engines.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
