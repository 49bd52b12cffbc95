/** Compares kernel versions numerically, so 2.6.9 < 2.6.20 < 3.0 < 6.12. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The anchor of a kernel version on the timeline: 2.6.22 → linux-2-6-22. */
export function versionAnchor(version: string): string {
  return `linux-${version.replaceAll('.', '-')}`;
}
