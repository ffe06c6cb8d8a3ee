"""Delivery: everything that runs the synthesized roots, generated from the app's root graph.

The roots, their order (the remote-state reads), their rollout steps and their resources are
the one source; every file here turns ``roots.json`` and the synthesized ``cdk.tf.json``
files into something a person or a runner uses, so a new environment file or platform
appears in all of them with no hand edit:

* ``graph``     the root graph as text or Mermaid (``python main.py --graph``);
* ``spacelift`` ``.spacelift/config.yml`` and ``.spacelift/workflow.yml``;
* ``pictures``  Mermaid pictures under ``docs/`` (the root graph, one architecture per root);
* ``generate``  ``python -m atlas.delivery``: writes the committed files above;
* ``rollout_hook`` the before-plan step of a Spacelift run (``rollout.auto.tfvars.json``);
* ``runner``    ``python -m atlas.delivery.runner``: plain Terraform over roots in order.
"""
