// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkReportContent from './src/plugins/remark-report-content.ts';
import pagefind from './src/integrations/pagefind.ts';
import { normalizeBase } from './src/lib/urls.ts';

// The public origin and sub-path come from the environment so one build script serves every host.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = normalizeBase(process.env.SITE_BASE);
// A second build (the sub-path test) writes elsewhere so it does not replace dist/.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, [remarkReportContent, { contentDir: fileURLToPath(new URL('./content/', import.meta.url)), base }]],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  integrations: [
    mdx(),
    sitemap({ i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } } }),
    pagefind(),
  ],
});
