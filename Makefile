# Every target runs inside the project's virtualenv; `make setup` creates it.
PYTHON ?= .venv/bin/python

.PHONY: setup synth test plan bench gen

setup:
	./scripts/setup

synth: setup
	$(PYTHON) main.py

test: setup
	$(PYTHON) -m pytest

plan: synth
	$(PYTHON) -m atlas.harness

bench: setup
	$(PYTHON) bench/run.py
