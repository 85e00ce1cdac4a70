// npm 11 with this machine's registry mirror leaves rollup's optional platform packages for other
// systems out of package-lock.json, and `npm ci` then refuses the lock. This adds the missing
// optional entries (os/cpu/libc from the package name, so npm skips them here without fetching).
// Run after `npm install` changes the lock:  node scripts/fix-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
const CPU = { 'arm-eabi': 'arm', 'arm-gnueabihf': 'arm', 'arm-musleabihf': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };
let added = 0;
for (const [path, entry] of Object.entries(pk)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pk[key] || pk[`${path}/${key}`]) continue;
    const m = /-(android|darwin|freebsd|linux|openbsd|openharmony|win32)-([a-z0-9]+(?:-(?:eabi|gnueabihf|musleabihf))?)(?:-(gnu|musl|msvc))?$/.exec(name);
    if (!m || !OS.includes(m[1])) continue;
    const cpu = CPU[m[2]] ?? m[2].split('-')[0];
    pk[key] = {
      version,
      optional: true,
      ...(entry.dev ? { dev: true } : {}),
      os: [m[1]],
      cpu: [cpu],
      ...(m[3] === 'gnu' || m[3] === 'musl' ? { libc: [m[3] === 'gnu' ? 'glibc' : 'musl'] } : /musleabihf/.test(m[2]) ? { libc: ['musl'] } : /gnueabihf/.test(m[2]) ? { libc: ['glibc'] } : {}),
    };
    added++;
  }
}
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`fix-lock: added ${added} optional platform entries`);
