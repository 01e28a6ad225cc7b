// `npm run demo`: vite's dev server in this process, stopped whenever npm is. npm passes a
// SIGTERM on to the shell it runs a script in, but the shell does not pass it on, so a plain
// `vite` script outlived `kill <npm's pid>` and kept port 5173 from the next `npm run demo`.
// Here the server closes on a signal, and also when npm is gone: this process's parent (npm's
// shell) or, where /proc tells, the shell's parent (npm itself, even after `kill -9`).
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 5173;
const server = await createServer({ server: { host: '127.0.0.1', port, strictPort: true } });
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop());
/** The parent of process `pid`, read from /proc (Linux); undefined elsewhere. */
function parentOf(pid) {
  try {
    // The fourth field of /proc/<pid>/stat, after the name in brackets (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}
const parent = process.ppid;
const grandparent = parentOf(parent);
setInterval(() => {
  if (process.ppid !== parent || parentOf(parent) !== grandparent) void stop();
}, 250);
