// @vitest-environment jsdom
// The shared pipeline as the browser runs it: the DOM is the page's own DOMParser (here jsdom's),
// through the very environment /add uses (src/mine/browser-parse.ts). Same rows as the build.
import { describe, expect, it } from 'vitest';
import { nodeParseEnvironment } from '../../../src/ingest/ingest-file.ts';
import { browserParseEnvironment } from '../../../src/mine/browser-parse.ts';
import { PIPELINE_CASES, runCase } from './shared-pipeline-cases.ts';

describe('shared pipeline, browser DOM (/add)', () => {
  it('runs on the browser\'s DOMParser, not linkedom', () => {
    expect(typeof DOMParser).toBe('function');
    expect(browserParseEnvironment.parseDocument('<p>x</p>')).toBeInstanceOf(window.Document);
  });

  it.each(PIPELINE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const inBrowser = runCase(c, browserParseEnvironment);
    // One module, two callers: the build's DOM gives the same article.
    const atBuild = runCase(c, nodeParseEnvironment);
    expect(inBrowser).toEqual(atBuild);
  });

  it('a pasted page\'s styles are dropped before parsing (its own DOM would report them to the CSP)', () => {
    const doc = browserParseEnvironment.parseDocument('<html><head><style>p{color:red}</style></head><body><p style="color:blue">Text</p></body></html>');
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.querySelector('p')!.getAttribute('style')).toBeNull();
    expect(doc.querySelector('p')!.textContent).toBe('Text');
  });
});
