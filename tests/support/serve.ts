import { resolve } from 'node:path';
import { serveStatic } from './static-server.ts';

// Usage: node tests/support/serve.ts [dir] [port] [base] — serves a built site on 127.0.0.1 until killed.
const [dir = 'dist', port = '4173', base = '/'] = process.argv.slice(2);
const { url } = await serveStatic(resolve(dir), base, Number(port));
console.log(`serving ${dir} at ${url}`);
