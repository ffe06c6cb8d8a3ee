// Node.js side of atlas/provider_loader.py: load only the AWS provider submodules used.
//
// The jsii kernel runs `require("@cdktf/provider-aws")` when Python loads the assembly, and
// that package's lib/index.js is nothing but ~2,100 lines of `exports.vpc = require("./vpc");`:
// about 3 s and 0.5 GB of compiled classes in the Node process, for the handful of resource
// types a root uses. Python's provider_loader preloads this file (NODE_OPTIONS=--require) into
// the Node processes jsii starts. It answers that one require with an object whose
// properties require each submodule on first access. The kernel finds a type by walking that
// object (`closure.vpc.Vpc`), so it sees the same classes, loaded when first used.
//
// Only an index.js made entirely of such lines is replaced; anything else in it (a newer
// package layout) and the real file is loaded as usual. Nothing on disk is modified.
"use strict";

const fs = require("fs");
const path = require("path");
const Module = require("module");

const PACKAGE = "@cdktf/provider-aws";
const SUBMODULE = /^exports\.([A-Za-z_$][\w$]*) = require\("(\.\/[a-z0-9-]+)"\);$/;
const HARMLESS = [
  /^$/, /^"use strict";$/, /^\/\/.*$/, /^\/\*\*$/, /^ \*( .*)?$/, /^ ?\*\/$/,
  /^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);$/,
  /^(exports\.[A-Za-z_$][\w$]* = )+void 0;$/,
];

function lazyExports(filename) {
  const submodules = [];
  for (const line of fs.readFileSync(filename, "utf8").split("\n")) {
    const found = SUBMODULE.exec(line.trim());
    if (found) submodules.push([found[1], found[2]]);
    else if (!HARMLESS.some((pattern) => pattern.test(line.trimEnd()))) return null;
  }
  if (submodules.length === 0) return null;
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  module.loaded = true;
  const exports = module.exports;
  Object.defineProperty(exports, "__esModule", { value: true });
  for (const [name, relative] of submodules) {
    Object.defineProperty(exports, name, {
      enumerable: true,
      configurable: true,
      get() {
        const value = module.require(relative);
        Object.defineProperty(exports, name, { value, enumerable: true, configurable: true, writable: false });
        return value;
      },
    });
  }
  return module;
}

function packageOfIndex(filename) {
  if (path.basename(filename) !== "index.js" || path.basename(path.dirname(filename)) !== "lib") return null;
  try {
    const manifest = path.join(path.dirname(filename), "..", "package.json");
    return JSON.parse(fs.readFileSync(manifest, "utf8")).name;
  } catch (error) {
    return null;
  }
}

function isProviderIndex(filename) {
  return packageOfIndex(filename) === PACKAGE;
}

// Readable addresses (atlas/cdk/stack.py) computed here, in the kernel, for the stacks that
// ask for them (context READABLE): cdktf asks the stack for every element's logical id, and
// a Python override of allocateLogicalId made that one Node -> Python -> Node round trip per
// element. Same rule as atlas.cdk.stack.address_of: the construct path below the stack,
// without "Default" parts, every character but [a-zA-Z0-9_] as "_", lower case; two
// elements with one address are an error.
const READABLE = "atlas:readable-addresses";

function patchCdktf(exports) {
  const Stack = exports && exports.TerraformStack;
  const Element = exports && exports.TerraformElement;
  if (!Stack || !Element || typeof Stack.prototype.allocateLogicalId !== "function") return;
  if (Stack.prototype.allocateLogicalId.atlasReadable) return;
  const original = Stack.prototype.allocateLogicalId;
  const owners = new WeakMap();
  const readable = function allocateLogicalId(element) {
    if (this.node.tryGetContext(READABLE) !== true) return original.call(this, element);
    const node = Element.isTerraformElement(element) ? element.node : element;
    const elementPath = node.path;
    const logical = elementPath.split("/").slice(1).filter((part) => part !== "Default").join("_")
      .replace(/[^a-zA-Z0-9_]/gu, "_").toLowerCase();
    let seen = owners.get(this);
    if (!seen) owners.set(this, (seen = new Map()));
    const owner = seen.get(logical);
    if (owner === undefined) seen.set(logical, elementPath);
    else if (owner !== elementPath) throw new Error(`${elementPath} and ${owner} would share the address ${logical}`);
    return logical;
  };
  readable.atlasReadable = true;
  Stack.prototype.allocateLogicalId = readable;
  process.env.ATLAS_READABLE_ADDRESSES_IN_NODE = "1";

  const Resource = exports.TerraformResource;
  const Token = exports.Token;
  if (!Resource || !Token || typeof Stack.prototype.prepareStack !== "function") return;
  const prepare = Stack.prototype.prepareStack;
  const tagging = function prepareStack() {
    const tags = this.node.tryGetContext(TAGS);
    if (tags !== undefined && tags !== null && typeof tags === "object") applyTags(this, tags, Resource, Token);
    return prepare.apply(this, arguments);
  };
  Stack.prototype.prepareStack = tagging;
}

// Tags (atlas/cdk/tags.py) merged here, in the kernel, for the stacks whose context TAGS
// holds them: reading and writing each resource's tags from Python took two round trips per
// taggable resource. Same rule as atlas.cdk.tags.apply_tags: the root's tags in key order,
// then the resource's own (which win); a resource whose tags are one Terraform value (a map
// token) is left alone.
const TAGS = "atlas:tags";

function applyTags(stack, tags, Resource, Token) {
  const ordered = {};
  for (const key of Object.keys(tags).sort()) ordered[key] = tags[key];
  for (const node of stack.node.findAll()) {
    if (!Resource.isTerraformResource(node) || !("tagsInput" in node)) continue;
    const own = node.tagsInput;
    if (own !== undefined && own !== null && (typeof own !== "object" || Array.isArray(own) || Token.isUnresolved(own))) {
      continue;
    }
    node.tags = Object.assign({}, ordered, own || {});
  }
}

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  // The kernel requires the package by its absolute path in a temporary node_modules/
  // folder, which may be a symlink into jsii's package cache, so the name is checked in the
  // package's own package.json.
  if (typeof request === "string" && request.includes("provider-aws")) {
    let filename = null;
    try {
      filename = Module._resolveFilename(request, parent, isMain);
    } catch (error) {
      filename = null;
    }
    if (filename && isProviderIndex(filename)) {
      const cached = Module._cache[filename];
      if (cached) return cached.exports;
      const module = lazyExports(filename);
      if (module) {
        Module._cache[filename] = module;
        return module.exports;
      }
    }
  }
  if (typeof request === "string" && request.includes("cdktf")) {
    const loaded = originalLoad.apply(this, arguments);
    let filename = null;
    try {
      filename = Module._resolveFilename(request, parent, isMain);
    } catch (error) {
      filename = null;
    }
    if (filename && packageOfIndex(filename) === "cdktf") patchCdktf(loaded);
    return loaded;
  }
  return originalLoad.apply(this, arguments);
};
