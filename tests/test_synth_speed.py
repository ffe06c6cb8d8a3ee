"""The mechanisms that keep a synth fast must not change what it produces (issue 18).

* plain-literal environment files are read by ``atlas.config.literal_hcl``, exactly as
  python-hcl2 reads them (``tests/test_literal_hcl.py``);
* readable addresses are computed in the Node kernel (``provider_loader_node.js``) by the
  rule of ``atlas.cdk.stack.address_of``, collisions included;
* registering the platforms imports no composition: a single-root synth imports only the
  bindings its own root uses.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_addresses_are_computed_in_node_with_the_python_rule(tmp_path):
    from atlas.cdk import App, Construct, provider_loader  # first: it installs the lazy loader
    from atlas.cdk.stack import ReadableAddressStack, _ReadableInNode, address_of
    from cdktf_cdktf_provider_aws.vpc import Vpc

    # (the class in use depends on how this session loaded the bindings; both follow one rule)
    assert (ReadableAddressStack is _ReadableInNode) == provider_loader.node_preloaded
    app = App(outdir=str(tmp_path))
    stack = ReadableAddressStack(app, "root")
    group = Construct(stack, "Net-Work")
    vpc = Vpc(Construct(group, "Default"), "main.vpc", cidr_block="10.0.0.0/16")
    assert stack.get_logical_id(vpc) == address_of(vpc.node.path) == "net_work_main_vpc"

    clash = ReadableAddressStack(app, "clash")
    Vpc(clash, "a-b", cidr_block="10.0.0.0/16")
    Vpc(clash, "a_b", cidr_block="10.1.0.0/16")
    with pytest.raises(Exception, match="clash/a_b and clash/a-b would share the address a_b"):
        app.synth()


def test_a_synth_computes_addresses_in_node():
    code = ("import atlas.cdk.stack as s; from atlas.cdk import provider_loader; "
            "print(provider_loader.mode, s.ReadableAddressStack.__name__)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.stdout.split() == ["lazy", "_ReadableInNode"], proc.stderr[-2000:]


def test_registering_the_platforms_imports_no_composition():
    """Only the provider block's binding (``atlas.stacks.base``) and nothing of any
    composition: ``atlas.constructs`` is imported when a root is built."""
    code = ("import sys; from atlas.app import platforms; platforms(); "
            "print(sorted(m for m in sys.modules if m.startswith('atlas.constructs')"
            " or m.startswith('cdktf_cdktf_provider_aws.') and not m.startswith('cdktf_cdktf_provider_aws.provider')"
            " and not m.startswith('cdktf_cdktf_provider_aws._jsii')))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "[]"
