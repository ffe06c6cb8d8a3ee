"""Gate 5: real ``terraform apply`` / re-plan / destroy against a local moto server.

    python -m tests.gates.emulator [ROOT...] [--outdir cdktf.out] [--jobs N]   # after `python main.py`

The synthesized roots are run unchanged except for one Terraform override file
(``zz_emulator_override.tf.json``, the harness's mechanism, see ``atlas.harness``) that

* points every AWS service endpoint of the provider at the emulator, with the ``skip_*``
  flags fake credentials need, and clears ``allowed_account_ids`` (moto's account is not
  the environment's);
* replaces the S3 backend by the same S3 backend (same bucket, key, region, encryption and
  ``use_lockfile``) with ``endpoints.s3`` at the emulator and path-style addressing, so the
  state really lives in the emulator's S3 bucket;
* points every ``terraform_remote_state`` read (S3) at the emulator the same way, so a
  downstream root reads the state its upstream root wrote.

Nothing rewrites a root: orderings S3 needs (logging after the target bucket's policy,
object lock after versioning) must be declared by the root itself, and the gate fails a
root that lacks one (``ordering``).

Roots needing a provider the offline mirror lacks (``mongey/kafka``: the Kraken kafka
roots, which also need live Kafka brokers) are UNAVAILABLE here, as in the offline
harness; roots reading them find a state with their example outputs at the state key.

One module per concern:

* ``server``       the moto server process (``moto_patched``: moto with its bugs fixed);
* ``filtering``    what moto cannot apply (``UNSUPPORTED``) and the filtered copy of a root;
* ``ordering``     the orderings a root must declare itself (checked, never added);
* ``prepare``      a root's work folder: the filtered copy plus the emulator override;
* ``root``         terraform in one root's folder, and the re-plan drift check (``KNOWN_DRIFT``);
* ``network``      an existing network named by id in a root's settings, created first;
* ``teardown``     the operator's steps before a destroy (deletion protection, delivered logs);
* ``run``          every root in dependency order, independent ones in parallel;
* ``report``       the per-root report.

The fault-injection helpers (a TCP proxy that cuts the emulator off, the operator's
recovery) serve one test only and live next to it, in ``tests/fault_injection.py``.
"""
