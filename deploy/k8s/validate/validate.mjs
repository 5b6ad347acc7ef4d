#!/usr/bin/env node
// Offline validation of the production manifests, without a cluster and without kubectl:
//  - every Kubernetes object that `kubectl kustomize deploy/k8s` renders (resources, nested kustomizations,
//    configMapGenerator), plus every other *.yaml under deploy/k8s (secret.example.yaml), against the
//    Kubernetes OpenAPI schemas: types, required fields, enums and formats by kubernetes-models' validators,
//    unknown (misspelled, misplaced) fields by the generated type map of @kubernetes/client-node — the
//    schema validators alone accept any extra field, and a misspelled field is what a real API server
//    silently drops;
//  - the production shape the README promises: every Deployment of ours (image registry.example/mensenhandel/*)
//    has resource requests and a memory limit, liveness/readiness/startup probes on the actuator, a
//    PodDisruptionBudget and a HorizontalPodAutoscaler (autoscaling/v2, CPU) pointing at it;
//  - deploy/compose/compose.yaml against the Compose specification's JSON schema (as dclint ships it).
// usage: node validate.mjs [--k8s <dir with kustomization.yaml>] [--compose <compose file>]
// Prints one line per problem and exits 1 if there is any; exits 0 with a summary otherwise.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
// the generated models only: the package's main entry also loads an HTTP client this check does not need
import * as models from '@kubernetes/client-node/dist/gen/models/ObjectSerializer.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? resolve(args[i + 1]) : fallback;
};
const k8sDir = option('--k8s', resolve(here, '..'));
const composeFile = option('--compose', resolve(here, '../../compose/compose.yaml'));
const onlyK8s = args.includes('--k8s') && !args.includes('--compose');
const onlyCompose = args.includes('--compose') && !args.includes('--k8s');

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

function readYaml(file) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  const values = [];
  for (const doc of docs) {
    if (doc.errors.length) {
      doc.errors.forEach((e) => problem(file, `YAML: ${e.message}`));
      continue;
    }
    const value = doc.toJS({ maxAliasCount: 1000 });
    if (value !== null && value !== undefined) values.push(value);
  }
  return values;
}

// --- kustomize, the parts this repository uses: resources (files and directories), configMapGenerator
const KUSTOMIZATION_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'configMapGenerator',
  'generatorOptions', 'images', 'labels', 'commonLabels', 'commonAnnotations']);

function render(dir, objects, seenFiles) {
  const file = join(dir, 'kustomization.yaml');
  if (!existsSync(file)) {
    problem(dir, 'no kustomization.yaml');
    return;
  }
  const [k] = readYaml(file);
  seenFiles.add(file);
  Object.keys(k ?? {}).filter((key) => !KUSTOMIZATION_FIELDS.has(key))
    .forEach((key) => problem(file, `kustomization field '${key}' is not one this check renders`));
  for (const resource of k.resources ?? []) {
    const path = resolve(dir, resource);
    if (!existsSync(path)) {
      problem(file, `resource ${resource} does not exist`);
    } else if (statSync(path).isDirectory()) {
      render(path, objects, seenFiles);
    } else {
      seenFiles.add(path);
      readYaml(path).forEach((object) => objects.push({ file: path, object, namespace: k.namespace }));
    }
  }
  for (const generator of k.configMapGenerator ?? []) {
    const data = {};
    for (const entry of generator.files ?? []) {
      const source = resolve(dir, entry.includes('=') ? entry.split('=')[1] : entry);
      if (!existsSync(source)) problem(file, `configMapGenerator ${generator.name}: ${entry} does not exist`);
      else data[entry.includes('=') ? entry.split('=')[0] : basename(source)] = readFileSync(source, 'utf8');
    }
    objects.push({ file, namespace: k.namespace, object: {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: generator.name, labels: k.generatorOptions?.labels }, data } });
  }
  // an image override whose name matches no container changes nothing, silently
  for (const image of k.images ?? []) {
    const used = objects.some(({ object }) => containersOf(object)
      .some((c) => (c.image ?? '').split(':')[0] === image.name));
    if (!used) problem(file, `images: ${image.name} is used by no container`);
  }
}

function containersOf(object) {
  const pod = object?.kind === 'Pod' ? object.spec : object?.spec?.jobTemplate?.spec?.template?.spec
    ?? object?.spec?.template?.spec;
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
}

// --- schema validation of one object
const PRIMITIVES = new Set(['string', 'number', 'boolean', 'Date', 'any', 'object', 'IntOrString']);

function unknownFields(value, type, path, where) {
  if (value === null || value === undefined || PRIMITIVES.has(type)) return;
  let inner = /^Array<(.+)>$/.exec(type);
  if (inner) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, inner[1], `${path}[${i}]`, where));
    return;
  }
  inner = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (inner) {
    if (typeof value === 'object') Object.entries(value)
      .forEach(([k, v]) => unknownFields(v, inner[1], `${path}.${k}`, where));
    return;
  }
  const model = models[type];
  if (!model?.attributeTypeMap) {
    problem(where, `${path}: no type map for ${type} (update @kubernetes/client-node)`);
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return; // a wrong type: the schema validator says so
  const known = new Map(model.attributeTypeMap.map((a) => [a.baseName, a.type]));
  for (const [key, v] of Object.entries(value)) {
    if (!known.has(key)) problem(where, `${path}.${key}: unknown field (not in ${type})`);
    else unknownFields(v, known.get(key), `${path}.${key}`, where);
  }
}

async function validateObject({ file, object }) {
  const where = `${file} ${object?.kind ?? '?'}/${object?.metadata?.name ?? '?'}`;
  if (typeof object !== 'object' || !object.apiVersion || !object.kind) {
    problem(where, 'not a Kubernetes object (apiVersion and kind required)');
    return;
  }
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  let Model;
  try {
    Model = (await import(`kubernetes-models/${object.apiVersion}`))[object.kind];
  } catch {
    Model = undefined;
  }
  if (!Model) {
    problem(where, `unknown apiVersion/kind ${object.apiVersion} ${object.kind}`);
    return;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problem(where, e.message.replace(/\n/g, '; '));
  }
  const typeName = version[0].toUpperCase() + version.slice(1) + object.kind;
  unknownFields(object, typeName, '', `${where} (${group || 'core'})`);
}

// --- the production shape
const OUR_IMAGE = /^registry\.example\/mensenhandel\//;

function productionShape(objects) {
  const of = (kind) => objects.map((o) => o.object).filter((o) => o?.kind === kind);
  const matches = (selector, labels) => selector && Object.entries(selector.matchLabels ?? {})
    .every(([k, v]) => labels?.[k] === v);
  for (const d of of('Deployment')) {
    const containers = containersOf(d);
    if (!containers.some((c) => OUR_IMAGE.test(c.image ?? ''))) continue;
    const name = `Deployment/${d.metadata.name}`;
    for (const c of containers) {
      const r = c.resources ?? {};
      if (!r.requests?.cpu || !r.requests?.memory) problem(name, `container ${c.name}: cpu and memory requests required`);
      if (!r.limits?.memory) problem(name, `container ${c.name}: a memory limit required`);
      for (const [probe, path] of [['livenessProbe', '/actuator/health/liveness'],
        ['readinessProbe', '/actuator/health/readiness'], ['startupProbe', '/actuator/health/liveness']]) {
        if (c[probe]?.httpGet?.path !== path) problem(name, `container ${c.name}: ${probe} on ${path} required`);
      }
      if (c.securityContext?.readOnlyRootFilesystem !== true) problem(name, `container ${c.name}: read-only root filesystem required`);
    }
    const labels = d.spec.template.metadata.labels;
    if (!of('PodDisruptionBudget').some((p) => matches(p.spec?.selector, labels))) {
      problem(name, 'no PodDisruptionBudget selects its pods');
    }
    const hpa = of('HorizontalPodAutoscaler').find((h) => h.apiVersion === 'autoscaling/v2'
      && h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name);
    if (!hpa) {
      problem(name, 'no HorizontalPodAutoscaler (autoscaling/v2) scales it');
    } else {
      if (!(hpa.spec.metrics ?? []).some((m) => m.type === 'Resource' && m.resource?.name === 'cpu')) {
        problem(name, `HorizontalPodAutoscaler ${hpa.metadata.name}: no cpu metric`);
      }
      if ((hpa.spec.minReplicas ?? 1) < 2) problem(name, `HorizontalPodAutoscaler ${hpa.metadata.name}: minReplicas below 2`);
    }
  }
  for (const h of of('HorizontalPodAutoscaler')) {
    if (!of('Deployment').some((d) => d.metadata.name === h.spec?.scaleTargetRef?.name)) {
      problem(`HorizontalPodAutoscaler/${h.metadata?.name}`, `scales ${h.spec?.scaleTargetRef?.name}, which is not rendered`);
    }
  }
}

// --- compose: the Compose specification's JSON schema as the linter dclint ships it (draft-07)
function validateCompose(file) {
  const schema = JSON.parse(readFileSync(join(here, 'node_modules/dclint/schemas/compose.schema.json'), 'utf8'));
  // strict: false only for the schema's own annotations (deprecated, ...); the document is held to
  // additionalProperties: false, so a misspelled or misplaced key fails
  const ajv = new Ajv({ allErrors: true, strict: false });
  delete schema.$schema; // spelled https://json-schema.org/draft-07/schema; Ajv's default draft is draft-07
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const [compose] = readYaml(file);
  if (!validate(compose)) {
    for (const e of validate.errors) {
      problem(file, `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ''}`);
    }
  }
}

// --- main
let summary = [];
if (!onlyCompose) {
  const objects = [];
  const seen = new Set();
  render(k8sDir, objects, seen);
  // every other manifest in the folder (not rendered by kustomize, e.g. the secret's example) too
  for (const entry of readdirSync(k8sDir)) {
    const path = join(k8sDir, entry);
    if (entry.endsWith('.yaml') && !seen.has(path)) {
      readYaml(path).forEach((object) => objects.push({ file: path, object, extra: true }));
    }
  }
  for (const o of objects) await validateObject(o);
  productionShape(objects.filter((o) => !o.extra));
  summary.push(`k8s: ${objects.length} objects checked (${objects.filter((o) => !o.extra).length} rendered by the kustomization)`);
}
if (!onlyK8s) {
  validateCompose(composeFile);
  summary.push(`compose: ${composeFile} checked`);
}
if (problems.length) {
  problems.forEach((p) => console.log(`INVALID ${p}`));
  console.log(`${problems.length} problem(s); ${summary.join('; ')}`);
  process.exit(1);
}
console.log(`manifests valid: ${summary.join('; ')}`);
