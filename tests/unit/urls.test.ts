import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idOfRoute, localizedPath, normalizeBase, routeOf } from '../../src/lib/urls.ts';

describe('routeOf', () => {
  it('maps index to the root and other ids to a path with slashes at both ends', () => {
    assert.equal(routeOf('index'), '/');
    assert.equal(routeOf('keynote'), '/keynote/');
    assert.equal(routeOf('subsystems/aio'), '/subsystems/aio/');
  });
});

describe('idOfRoute', () => {
  it('is the inverse of routeOf', () => {
    for (const id of ['index', 'keynote', 'subsystems/aio', 'subsystems/cpu-scheduler']) assert.equal(idOfRoute(routeOf(id)), id);
  });
  it('returns undefined for paths that are not routes', () => {
    for (const path of ['', 'keynote', '/keynote', 'keynote/', '/Keynote/', '/sub systems/', '/a//b/', '/a_b/', '//']) {
      assert.equal(idOfRoute(path), undefined, path);
    }
  });
});

describe('normalizeBase', () => {
  it('treats undefined, empty and / as the root', () => {
    assert.equal(normalizeBase(undefined), '/');
    assert.equal(normalizeBase(''), '/');
    assert.equal(normalizeBase('/'), '/');
    assert.equal(normalizeBase('///'), '/');
  });
  it('gives a sub-path exactly one slash at each end', () => {
    for (const base of ['lfjs-2007', '/lfjs-2007', 'lfjs-2007/', '/lfjs-2007/', '//lfjs-2007//']) assert.equal(normalizeBase(base), '/lfjs-2007/', base);
    assert.equal(normalizeBase('a/b'), '/a/b/');
  });
});

describe('localizedPath', () => {
  it('serves Japanese at the root and English under /en/', () => {
    assert.equal(localizedPath('/', 'ja', '/'), '/');
    assert.equal(localizedPath('/', 'en', '/'), '/en/');
    assert.equal(localizedPath('/subsystems/aio/', 'ja', '/'), '/subsystems/aio/');
    assert.equal(localizedPath('/subsystems/aio/', 'en', '/'), '/en/subsystems/aio/');
  });
  it('puts the deploy base first, normalising it', () => {
    assert.equal(localizedPath('/', 'ja', '/lfjs-2007/'), '/lfjs-2007/');
    assert.equal(localizedPath('/', 'en', 'lfjs-2007'), '/lfjs-2007/en/');
    assert.equal(localizedPath('/process/', 'en', '/lfjs-2007'), '/lfjs-2007/en/process/');
    assert.equal(localizedPath('/glossary/', 'ja', ''), '/glossary/');
  });
});
