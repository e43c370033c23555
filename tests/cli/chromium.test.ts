// The Chromium resolver's decisions (lib/cli/chromium.ts), with the file system, root check and apt-get
// injected: a fresh machine with no Chromium, CHROMIUM_PATH pointing nowhere, not root, apt failing.
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CANDIDATES,
  ChromiumNotFound,
  cli,
  ensureChromium,
  findChromium,
  HELP,
  systemDeps,
  type ChromiumDeps,
} from '../../lib/cli/chromium';

function fake(opts: {
  env?: Record<string, string>;
  files?: string[];
  root?: boolean;
  apt?: boolean;
  /** Files the install creates. */
  installs?: string[];
  aptFails?: boolean;
}) {
  const files = new Set(opts.files ?? []);
  const runs: string[][] = [];
  const logs: string[] = [];
  const deps: ChromiumDeps = {
    env: opts.env ?? {},
    isExecutable: (p) => files.has(p),
    isRoot: () => opts.root ?? false,
    hasAptGet: () => opts.apt ?? true,
    run(cmd, args, env) {
      runs.push([cmd, ...args]);
      expect(env.DEBIAN_FRONTEND).toBe('noninteractive');
      if (opts.aptFails) throw new Error('E: Unable to locate package chromium');
      if (args.includes('install')) for (const f of opts.installs ?? []) files.add(f);
    },
    log: (s) => logs.push(s),
  };
  return { deps, runs, logs };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first when it is executable', () => {
    const { deps } = fake({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', '/usr/bin/chromium'] }); // prettier-ignore
    expect(findChromium(deps)).toBe('/opt/chrome/chrome');
  });

  it('refuses a CHROMIUM_PATH that points nowhere instead of silently using another browser', () => {
    const { deps } = fake({ env: { CHROMIUM_PATH: '/no/such/chromium' }, files: ['/usr/bin/chromium'] });
    expect(() => findChromium(deps)).toThrow(ChromiumNotFound);
    expect(() => findChromium(deps)).toThrow(/CHROMIUM_PATH is set to \/no\/such\/chromium, but that is not an executable/); // prettier-ignore
  });

  it('falls back to /usr/bin/chromium, then the other usual places, in order', () => {
    expect(findChromium(fake({ files: ['/usr/bin/chromium', '/usr/bin/google-chrome'] }).deps)).toBe('/usr/bin/chromium'); // prettier-ignore
    expect(findChromium(fake({ files: ['/usr/bin/google-chrome'] }).deps)).toBe('/usr/bin/google-chrome');
    expect(CANDIDATES[0]).toBe('/usr/bin/chromium');
    expect(findChromium(fake({}).deps)).toBeNull();
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    expect(findChromium(fake({ env: { CHROMIUM_PATH: '' }, files: ['/usr/bin/chromium'] }).deps)).toBe('/usr/bin/chromium'); // prettier-ignore
  });
});

describe('ensureChromium', () => {
  it('installs nothing when a Chromium is there', () => {
    const f = fake({ files: ['/usr/bin/chromium'], root: true });
    expect(ensureChromium(f.deps)).toBe('/usr/bin/chromium');
    expect(f.runs).toEqual([]);
  });

  it("as root with apt-get and no Chromium: installs Debian's chromium (waiting for apt's lock) and returns it", () => {
    const f = fake({ root: true, installs: ['/usr/bin/chromium'] });
    expect(ensureChromium(f.deps)).toBe('/usr/bin/chromium');
    expect(f.runs.map((r) => r.filter((a) => !a.startsWith('-')).join(' '))).toEqual([
      'apt-get DPkg::Lock::Timeout=300 update',
      'apt-get DPkg::Lock::Timeout=300 install chromium',
    ]);
    expect(f.runs[1]).toContain('-y');
    expect(f.logs.join('\n')).toMatch(/installing Debian’s chromium package/);
  });

  it('not root: installs nothing and says what to do', () => {
    const f = fake({ root: false });
    expect(() => ensureChromium(f.deps)).toThrow(HELP);
    expect(f.runs).toEqual([]);
    expect(HELP).toMatch(/sudo apt-get install -y chromium/);
    expect(HELP).toMatch(/CHROMIUM_PATH=\/path\/to\/chrome/);
    expect(HELP).toMatch(/npm test -- --no-e2e/);
  });

  it('root without apt-get (not Debian): says what to do', () => {
    const f = fake({ root: true, apt: false });
    expect(() => ensureChromium(f.deps)).toThrow(HELP);
    expect(f.runs).toEqual([]);
  });

  it('apt-get failing: the error names apt and carries the advice', () => {
    const f = fake({ root: true, aptFails: true });
    expect(() => ensureChromium(f.deps)).toThrow(/Installing chromium with apt-get failed \(E: Unable to locate package chromium\)/); // prettier-ignore
    expect(() => ensureChromium(f.deps)).toThrow(/CHROMIUM_PATH=/);
  });

  it('apt-get succeeding without a binary afterwards is an error, not a bad path', () => {
    const f = fake({ root: true, installs: [] });
    expect(() => ensureChromium(f.deps)).toThrow(/no Chromium binary was found afterwards/);
  });

  it('a CHROMIUM_PATH to a missing file is never "fixed" by installing', () => {
    const f = fake({ env: { CHROMIUM_PATH: '/missing' }, root: true, installs: ['/usr/bin/chromium'] });
    expect(() => ensureChromium(f.deps)).toThrow(/CHROMIUM_PATH is set to \/missing/);
    expect(f.runs).toEqual([]);
  });
});

describe('tsx lib/cli/chromium.ts (the entry .ci/run uses)', () => {
  it('prints only the path on stdout and exits 0', () => {
    const out: string[] = [];
    expect(cli(fake({ files: ['/usr/bin/chromium'] }).deps, (s) => out.push(s))).toBe(0);
    expect(out).toEqual(['/usr/bin/chromium\n']);
  });

  it('prints the advice on stderr and exits 1 when none can be had', () => {
    const out: string[] = [];
    const f = fake({});
    expect(cli(f.deps, (s) => out.push(s))).toBe(1);
    expect(out).toEqual([]);
    expect(f.logs.join('\n')).toContain(HELP);
  });
});

describe('the real file check', () => {
  it('accepts an executable file, refuses a missing one, a non-executable one and a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-chromium-'));
    try {
      const exe = join(dir, 'chrome');
      const plain = join(dir, 'notes.txt');
      writeFileSync(exe, '#!/bin/sh\n');
      chmodSync(exe, 0o755);
      writeFileSync(plain, 'x');
      chmodSync(plain, 0o644);
      expect(systemDeps.isExecutable(exe)).toBe(true);
      expect(systemDeps.isExecutable(join(dir, 'missing'))).toBe(false);
      expect(systemDeps.isExecutable(dir)).toBe(false);
      // root may execute a 0644 file per access(2) only if some x bit is set: none is here.
      expect(systemDeps.isExecutable(plain)).toBe(false);
      expect(findChromium({ env: { CHROMIUM_PATH: exe }, isExecutable: systemDeps.isExecutable })).toBe(exe);
      expect(() =>
        findChromium({ env: { CHROMIUM_PATH: join(dir, 'missing') }, isExecutable: systemDeps.isExecutable }),
      ).toThrow(ChromiumNotFound);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
