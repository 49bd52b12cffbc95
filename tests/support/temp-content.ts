import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a content/ folder into a new temp dir: keys are paths relative to it. Returns its path. */
export function writeContent(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lfjs-content-')), 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function removeContent(dir: string): void {
  rmSync(dirname(dir), { recursive: true, force: true });
}

/** A small content folder: two people, three glossary terms, a few pages with heading ids. */
export const SAMPLE_CONTENT: Record<string, string> = {
  'glossary.yaml': [
    '- id: kvm',
    '  kind: term',
    '  term: { ja: KVM, en: KVM }',
    '  definition:',
    '    ja: Linuxカーネルをハイパーバイザーとして働かせる仮想化機構。',
    '    en: A Linux virtualization facility that turns the kernel into a hypervisor.',
    '- id: xen',
    '  kind: term',
    '  term: { ja: Xen, en: Xen }',
    '  definition: { ja: ハイパーバイザー。, en: A hypervisor. }',
    '- id: linux-foundation',
    '  kind: organisation',
    '  term: { ja: The Linux Foundation, en: The Linux Foundation }',
    '  definition: { ja: 非営利団体。, en: A non-profit. }',
    '',
  ].join('\n'),
  'people.yaml': [
    '- id: andrew-morton',
    '  name: { ja: Andrew Morton, en: Andrew Morton }',
    '  role: { ja: メインテナー, en: maintainer }',
    '- id: con-kolivas',
    '  name: { ja: Con Kolivas, en: Con Kolivas }',
    '  role: { ja: 開発者, en: developer }',
    '',
  ].join('\n'),
  'ja/index.mdx': '---\ntitle: 概要\n---\n\n## 名称の変更 \\{#renaming}\n\n本文。\n',
  'en/index.mdx': '---\ntitle: Overview\n---\n\n## The renaming \\{#renaming}\n\nText.\n',
  'ja/process.mdx': '---\ntitle: プロセス\n---\n\n## 開発サイクル \\{#cycle}\n\n### 回帰テストの不足 \\{#regression-testing}\n\n本文。\n',
  'en/process.mdx': '---\ntitle: Process\n---\n\n## The cycle \\{#cycle}\n\n### Regression testing \\{#regression-testing}\n\nText.\n',
  'ja/subsystems/aio.mdx': '---\ntitle: AIO\n---\n\n## syslets \\{#syslets}\n\n本文。\n',
  'en/subsystems/aio.mdx': '---\ntitle: AIO\n---\n\n## Syslets \\{#syslets}\n\nText.\n',
};
