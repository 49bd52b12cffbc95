import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentError, fieldName, formatProblem } from '../../src/lib/problems.ts';
import { frontmatterLine, yamlLine } from '../../src/lib/source-lines.ts';

describe('content problems', () => {
  it('name the file, line, entry and field, what was found and what is allowed', () => {
    assert.equal(formatProblem({ file: 'content/pages.yaml', line: 41, entry: 'subsystems/aio', field: 'related[0]', found: '"subsystems/kevent"', allowed: 'a subsystem slug' }),
      'content/pages.yaml:41: subsystems/aio → related[0]: found "subsystems/kevent"; allowed: a subsystem slug');
    assert.equal(formatProblem({ file: 'content/en/aio.mdx', field: 'title', found: 'missing', allowed: 'text' }), 'content/en/aio.mdx: title: missing; allowed: text');
  });
  it('are reported together, sorted by file and line, with the content guide named and no stack trace', () => {
    const error = new ContentError([
      { file: 'content/pages.yaml', line: 9, field: 'b', found: 'x', allowed: 'y' },
      { file: 'content/en/qa.mdx', line: 3, field: 'a', found: 'x', allowed: 'y' },
      { file: 'content/pages.yaml', line: 2, field: 'c', found: 'x', allowed: 'y' },
    ]);
    assert.deepEqual(error.message.split('\n'), [
      '3 content errors (the rules: docs/content-guide.md):',
      '  content/en/qa.mdx:3: a: found x; allowed: y',
      '  content/pages.yaml:2: c: found x; allowed: y',
      '  content/pages.yaml:9: b: found x; allowed: y',
    ]);
    assert.equal(error.stack, '');
  });
  it('write a field path as an author reads it', () => {
    assert.equal(fieldName(['related', 0]), 'related[0]');
    assert.equal(fieldName(['name', 'en']), 'name.en');
    assert.equal(fieldName([]), '(the entry)');
  });
});

describe('source lines', () => {
  const yaml = ['# pages', '- id: index', '  section: overview', '- id: subsystems/aio', '  section: subsystem', '  related: [kevent, subsystems/fs]', '  stauts: stalled', ''].join('\n');

  it('find a field of a list entry, an item of a list, an unknown key, and the entry for a missing field', () => {
    assert.equal(yamlLine(yaml, ['section'], 'subsystems/aio'), 5);
    assert.equal(yamlLine(yaml, ['related', 1], 'subsystems/aio'), 6);
    assert.equal(yamlLine(yaml, ['stauts'], 'subsystems/aio'), 7);
    assert.equal(yamlLine(yaml, ['position'], 'subsystems/aio'), 4);
    assert.equal(yamlLine(yaml, ['section'], 'nowhere'), undefined);
  });
  it('find a frontmatter field below the opening ---', () => {
    const mdx = '---\ntitle: AIO\ndescription: short\n---\n\nBody.\n';
    assert.equal(frontmatterLine(mdx, ['description']), 3);
    assert.equal(frontmatterLine(mdx, ['navTitle']), 2);
  });
});
