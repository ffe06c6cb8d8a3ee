"""Reliability and security gates that run over every synthesized root.

Each gate reads the synthesized output (``cdktf.out/roots.json`` and
``stacks/<root>/cdk.tf.json``), never a hand-kept list of roots, so a root added by a
platform is covered as soon as it is synthesized:

* ``atlas.gates.checkov``   IaC security scan with committed, reasoned suppressions;
* ``atlas.gates.secrets``   no password/token/key literal reaches the JSON;
* ``atlas.gates.addresses`` resource addresses never change without a ``moved`` block;
* ``atlas.gates.emulator``  apply / re-plan / destroy against a local moto server.

The gates are tools, not constructs: nothing under ``atlas/constructs`` or
``atlas/stacks`` imports them.
"""
