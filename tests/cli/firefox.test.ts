// The Firefox resolver's decisions (lib/cli/firefox.ts), with the file system, root check and apt-get
// injected: FIREFOX_PATH, the usual paths in order, installing Debian's firefox-esr as root, and the
// advice when none can be had.
import { describe, expect, it } from 'vitest';
import { CANDIDATES as CHROMIUM_CANDIDATES } from '../../lib/cli/chromium';
import {
  FIREFOX_CANDIDATES,
  FIREFOX_HELP,
  FirefoxNotFound,
  cli,
  ensureFirefox,
  findFirefox,
  type BrowserDeps,
} from '../../lib/cli/firefox';

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
  const deps: BrowserDeps = {
    env: opts.env ?? {},
    isExecutable: (p) => files.has(p),
    isRoot: () => opts.root ?? false,
    hasAptGet: () => opts.apt ?? true,
    run(cmd, args, env) {
      runs.push([cmd, ...args]);
      expect(env.DEBIAN_FRONTEND).toBe('noninteractive');
      if (opts.aptFails) throw new Error('E: Unable to locate package firefox-esr');
      if (args.includes('install')) for (const f of opts.installs ?? []) files.add(f);
    },
    log: (s) => logs.push(s),
  };
  return { deps, runs, logs };
}

describe('findFirefox', () => {
  it('takes FIREFOX_PATH first when it is executable', () => {
    const { deps } = fake({ env: { FIREFOX_PATH: '/opt/firefox/firefox' }, files: ['/opt/firefox/firefox', '/usr/bin/firefox-esr'] }); // prettier-ignore
    expect(findFirefox(deps)).toBe('/opt/firefox/firefox');
  });

  it('refuses a FIREFOX_PATH that points nowhere instead of silently using another Firefox', () => {
    const { deps } = fake({ env: { FIREFOX_PATH: '/no/such/firefox' }, files: ['/usr/bin/firefox-esr'] });
    expect(() => findFirefox(deps)).toThrow(FirefoxNotFound);
    expect(() => findFirefox(deps)).toThrow(/FIREFOX_PATH is set to \/no\/such\/firefox, but that is not an executable/); // prettier-ignore
  });

  it('falls back to /usr/bin/firefox-esr, then /usr/bin/firefox, in order; never a Chromium', () => {
    expect(findFirefox(fake({ files: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] }).deps)).toBe('/usr/bin/firefox-esr'); // prettier-ignore
    expect(findFirefox(fake({ files: ['/usr/bin/firefox'] }).deps)).toBe('/usr/bin/firefox');
    expect(FIREFOX_CANDIDATES.slice(0, 2)).toEqual(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
    expect(findFirefox(fake({ files: CHROMIUM_CANDIDATES }).deps)).toBeNull();
    expect(findFirefox(fake({}).deps)).toBeNull();
  });

  it('treats an empty FIREFOX_PATH as unset and ignores CHROMIUM_PATH', () => {
    expect(findFirefox(fake({ env: { FIREFOX_PATH: '' }, files: ['/usr/bin/firefox-esr'] }).deps)).toBe('/usr/bin/firefox-esr'); // prettier-ignore
    expect(findFirefox(fake({ env: { CHROMIUM_PATH: '/usr/bin/chromium' }, files: ['/usr/bin/chromium'] }).deps)).toBeNull(); // prettier-ignore
  });
});

describe('ensureFirefox', () => {
  it('installs nothing when a Firefox is there', () => {
    const f = fake({ files: ['/usr/bin/firefox-esr'], root: true });
    expect(ensureFirefox(f.deps)).toBe('/usr/bin/firefox-esr');
    expect(f.runs).toEqual([]);
  });

  it("as root with apt-get and no Firefox: installs Debian's firefox-esr (waiting for apt's lock) and returns it", () => {
    const f = fake({ root: true, installs: ['/usr/bin/firefox-esr'] });
    expect(ensureFirefox(f.deps)).toBe('/usr/bin/firefox-esr');
    expect(f.runs.map((r) => r.filter((a) => !a.startsWith('-')).join(' '))).toEqual([
      'apt-get DPkg::Lock::Timeout=300 update',
      'apt-get DPkg::Lock::Timeout=300 install firefox-esr',
    ]);
    expect(f.runs[1]).toContain('-y');
    expect(f.logs.join('\n')).toMatch(/installing Debian’s firefox-esr package/);
  });

  it('not root: installs nothing and says what to do', () => {
    const f = fake({ root: false });
    expect(() => ensureFirefox(f.deps)).toThrow(FIREFOX_HELP);
    expect(f.runs).toEqual([]);
    expect(FIREFOX_HELP).toMatch(/sudo apt-get install -y firefox-esr/);
    expect(FIREFOX_HELP).toMatch(/FIREFOX_PATH=\/path\/to\/firefox/);
    expect(FIREFOX_HELP).toMatch(/skipped, except under CI=true/);
  });

  it('root without apt-get (not Debian): says what to do', () => {
    const f = fake({ root: true, apt: false });
    expect(() => ensureFirefox(f.deps)).toThrow(FIREFOX_HELP);
    expect(f.runs).toEqual([]);
  });

  it('apt-get failing: the error names apt and carries the advice', () => {
    const f = fake({ root: true, aptFails: true });
    expect(() => ensureFirefox(f.deps)).toThrow(/Installing firefox-esr with apt-get failed \(E: Unable to locate package firefox-esr\)/); // prettier-ignore
    expect(() => ensureFirefox(f.deps)).toThrow(/FIREFOX_PATH=/);
  });

  it('apt-get succeeding without a binary afterwards is an error, not a bad path', () => {
    const f = fake({ root: true, installs: [] });
    expect(() => ensureFirefox(f.deps)).toThrow(/no Firefox binary was found afterwards/);
  });

  it('a FIREFOX_PATH to a missing file is never "fixed" by installing', () => {
    const f = fake({ env: { FIREFOX_PATH: '/missing' }, root: true, installs: ['/usr/bin/firefox-esr'] });
    expect(() => ensureFirefox(f.deps)).toThrow(/FIREFOX_PATH is set to \/missing/);
    expect(f.runs).toEqual([]);
  });
});

describe('tsx lib/cli/firefox.ts', () => {
  it('prints only the path on stdout and exits 0', () => {
    const out: string[] = [];
    expect(cli(fake({ files: ['/usr/bin/firefox-esr'] }).deps, (s) => out.push(s))).toBe(0);
    expect(out).toEqual(['/usr/bin/firefox-esr\n']);
  });

  it('prints the advice on stderr and exits 1 when none can be had', () => {
    const out: string[] = [];
    const f = fake({});
    expect(cli(f.deps, (s) => out.push(s))).toBe(1);
    expect(out).toEqual([]);
    expect(f.logs.join('\n')).toContain(FIREFOX_HELP);
  });
});
