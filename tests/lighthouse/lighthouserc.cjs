// Lighthouse CI (`npm run test:lighthouse`, i.e. `lhci autorun --config=tests/lighthouse/lighthouserc.cjs`):
// one page of each type, one run each, mobile with simulated throttling, in Debian's Chromium.
// Accessibility, best practices and SEO must score 100; performance is printed for every page and
// fails only far below its target (it depends on how busy the machine is; `npm run bench` measures it).
// Run `npm run build` first.
// The Lighthouse that @lhci/cli runs, and its default categories.
const { default: lighthouseDefaults } = require(require.resolve('lighthouse/core/config/default-config.js', { paths: [require.resolve('@lhci/cli/package.json')] }));

/** The build's canonical links name http://127.0.0.1:4321 (the default SITE_URL); LH_PORT serves elsewhere. */
const port = Number(process.env.LH_PORT ?? 4321);
const origin = `http://127.0.0.1:${port}`;

const PAGES = {
  home: '/',
  subsystem: '/subsystems/memory-management/',
  search: '/search/',
  notFound: '/nope/',
};

/** Every audit that counts toward a category's score. */
const auditsOf = (category) => lighthouseDefaults.categories[category].auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id);

/** The 404 page is 404 and noindex on purpose: its three audits that fail for that reason, and only those, are excused. */
const NOT_FOUND_EXCEPTIONS = {
  // A page that answers 404 must not be indexed: <meta name="robots" content="noindex"> (is-crawlable fails every noindex page).
  'is-crawlable': 'off',
  // The 404 status is the point of the page (http-status-code fails every 4xx page).
  'http-status-code': 'off',
  // Chromium logs "Failed to load resource: … 404" for the document itself: that one line, no other.
  'errors-in-console': ['error', { maxLength: 1 }],
};

const notFound = `${PAGES.notFound.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

module.exports = {
  ci: {
    collect: {
      url: Object.values(PAGES).map((path) => `${origin}${path}`),
      numberOfRuns: 1,
      startServerCommand: `node tests/support/serve.ts ${process.env.TEST_DIST ?? 'dist'} ${port} /`,
      startServerReadyPattern: 'serving',
      chromePath: process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
      settings: {
        // The network here is closed: without these flags Chromium waits on connections it cannot make.
        chromeFlags: '--no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // Lighthouse refuses to audit a document that answers an error status unless told to (the 404 page).
        ignoreStatusCode: true,
      },
    },
    assert: {
      includePassedAssertions: true,
      assertMatrix: [
        {
          matchingUrlPattern: `^(?!.*${notFound})`,
          assertions: {
            'categories:accessibility': ['error', { minScore: 1 }],
            'categories:best-practices': ['error', { minScore: 1 }],
            'categories:seo': ['error', { minScore: 1 }],
          },
        },
        {
          matchingUrlPattern: notFound,
          assertions: {
            'categories:accessibility': ['error', { minScore: 1 }],
            ...Object.fromEntries([...auditsOf('best-practices'), ...auditsOf('seo')].map((id) => [id, ['error', { minScore: 1 }]])),
            ...NOT_FOUND_EXCEPTIONS,
          },
        },
        // Performance: a warning below the target, a failure only far below it.
        { assertions: { 'categories:performance': ['warn', { minScore: 0.95 }] } },
        { assertions: { 'categories:performance': ['error', { minScore: 0.5 }] } },
      ],
    },
  },
};
