// Loaded with `node --import`: names every module the process resolves, on standard error, so a
// test can tell what a command loads.
import { register } from 'node:module';

register(`data:text/javascript,${encodeURIComponent("export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('resolved ' + r.url + '\\n'); return r; }")}`);
