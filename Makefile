# Every target runs inside the project's virtualenv; `make setup` creates it.
PYTHON ?= .venv/bin/python

.PHONY: setup synth test plan gates emulator bench gen

setup:
	./scripts/setup

synth: setup
	$(PYTHON) -O main.py

test: setup
	$(PYTHON) -m pytest

plan: synth
	$(PYTHON) -m atlas.harness

# The gates are test tooling (tests/gates/), run here by hand on the synthesized output.
gates: synth
	$(PYTHON) -m tests.gates.checkov
	$(PYTHON) -m tests.gates.addresses
	$(PYTHON) -m tests.gates.fingerprints

emulator: synth
	$(PYTHON) -m tests.gates.emulator

bench: setup
	$(PYTHON) bench/run.py

# Regenerate the provider bindings in .gen/ from cdktf.json without the
# Terraform registry: cdktf-cli's schema cache is fed from schemas/, whose
# files are named as the cache keys them (<provider name>@<version>.json),
# so nothing is downloaded. The check refuses to run on a cache miss, which
# would make cdktf run `terraform init` against the registry.
gen:
	@for f in $$(node -p 'require("./cdktf.json").terraformProviders.map(p => typeof p === "string" ? p : p.name + "@" + (p.version || "")).map(p => { const [fqn, v] = p.split("@"); return "schemas/" + encodeURIComponent(fqn.split("/").pop()) + "@" + encodeURIComponent(v || "") + ".json"; }).join(" ")'); do \
	  test -f "$$f" || { echo "gen: missing provider schema $$f" >&2; exit 1; }; \
	done
	@if [ "$$(node -p 'require("./.build/cdktf-cli/node_modules/cdktf-cli/package.json").version' 2>/dev/null)" != "0.21.0" ]; then \
	  npm install --prefix .build/cdktf-cli --no-audit --no-fund cdktf-cli@0.21.0; \
	fi
	PATH="$(CURDIR)/.venv/bin:$$PATH" CHECKPOINT_DISABLE=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 \
	  .build/cdktf-cli/node_modules/.bin/cdktf get --force --experimental-provider-schema-cache-path schemas
