import { topLevelRules } from './stylesheet';
import { staticClosure } from './report';
import type { Metafile } from 'esbuild';

describe('topLevelRules', () => {
  it('splits rules and keeps at-rule blocks whole', () => {
    const css = '._a{color:red}@media (min-width:1px){._b{color:blue}}._c:hover{color:green}';
    expect(topLevelRules(css)).toEqual(['._a{color:red}', '@media (min-width:1px){._b{color:blue}}', '._c:hover{color:green}']);
  });

  it('does not cut a rule at a brace inside a quoted string', () => {
    expect(topLevelRules('._q:after{content:"}"}._r{margin:0}')).toEqual(['._q:after{content:"}"}', '._r{margin:0}']);
  });

  it('returns nothing for an empty stylesheet', () => {
    expect(topLevelRules('  ')).toEqual([]);
  });
});

function output(imports: Metafile['outputs'][string]['imports']): Metafile['outputs'][string] {
  return { bytes: 1, inputs: {}, imports, exports: [] };
}

describe('staticClosure', () => {
  it('follows static imports transitively and leaves dynamic imports out', () => {
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        'index.js': output([
          { path: 'a.js', kind: 'import-statement' },
          { path: 'lazy.js', kind: 'dynamic-import' },
        ]),
        'a.js': output([{ path: 'b.js', kind: 'import-statement' }]),
        'b.js': output([]),
        'lazy.js': output([{ path: 'b.js', kind: 'import-statement' }]),
      },
    };
    expect(staticClosure(metafile, 'index.js').sort()).toEqual(['a.js', 'b.js', 'index.js']);
  });
});
