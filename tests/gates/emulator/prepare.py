"""A root's work folder for the emulator: its filtered copy plus one override file.

``prepare`` writes ``<workdir>/<root>/cdk.tf.json`` (the root without what moto cannot
apply, see ``filtering``; nothing else is changed) and ``zz_emulator_override.tf.json``
(``write_override``: provider endpoints, S3 backend and remote-state reads pointed at the
emulator), and returns the ``EmulatedRoot`` that runs terraform there.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Sequence

from atlas.harness.mirror import find_mirror, write_cli_config
from atlas.harness.terraform import terraform_env
from tests.gates.emulator.filtering import UNSUPPORTED, filter_root
from tests.gates.emulator.root import EmulatedRoot
from tests.gates.emulator.server import FAKE_KEY, FAKE_SECRET

OVERRIDE = "zz_emulator_override.tf.json"
# Services the provider may call for the resource types the roots use; each gets an
# endpoint so nothing can reach real AWS by accident (the credentials are fake anyway).
SERVICES = ("acm", "apigateway", "athena", "cloudtrail", "cloudwatch", "dynamodb", "ec2", "ecr", "ecs", "elb",
            "elbv2", "events", "firehose", "glue", "iam", "kafka", "kafkaconnect", "kinesis", "kms", "lambda",
            "logs", "mwaa", "rds", "redshift", "redshiftserverless", "route53", "s3", "s3control",
            "secretsmanager", "sfn", "sns", "sqs", "ssm", "sts", "amp", "grafana", "dms", "elasticache",
            "budgets", "servicediscovery", "wafv2", "apigatewayv2", "cloudformation", "scheduler", "schemas",
            "efs", "backup")
# The provider's endpoint name of an IAM service prefix (atlas.stacks.bootstrap.SERVICE_OF_TYPE)
# where the two differ; tests/test_gate_emulator.py checks that every root's services have one.
ENDPOINT_OF_SERVICE = {"elasticfilesystem": "efs", "elasticloadbalancing": "elbv2", "states": "sfn", "aps": "amp",
                       "airflow": "mwaa", "redshift-serverless": "redshiftserverless", "kafka": "kafka"}


def _s3_config(config: dict, url: str) -> dict:
    """An S3 backend / remote-state config pointed at the emulator."""
    out = {k: v for k, v in config.items() if k not in ("endpoint", "endpoints", "force_path_style")}
    out.update({"endpoints": {"s3": url, "sts": url, "iam": url}, "use_path_style": True,
                "skip_credentials_validation": True, "skip_requesting_account_id": True,
                "skip_metadata_api_check": True, "skip_region_validation": True, "skip_s3_checksum": True,
                "access_key": FAKE_KEY, "secret_key": FAKE_SECRET})
    return out


def write_override(doc: dict, folder: Path, url: str) -> None:
    override: dict = {}
    backend = doc.get("terraform", {}).get("backend", {})
    if "s3" in backend:
        override["terraform"] = {"backend": {"s3": _s3_config(backend["s3"], url)}}
    if "aws" in doc.get("provider", {}):
        override["provider"] = {"aws": {
            # The account id is asked of the emulator's STS: skipping it leaves ARNs the
            # provider builds itself (Athena, Budgets) without an account, which breaks them.
            "allowed_account_ids": [], "skip_credentials_validation": True, "skip_requesting_account_id": False,
            "skip_metadata_api_check": True, "skip_region_validation": True, "s3_use_path_style": True,
            "max_retries": 2, "endpoints": [{service: url for service in SERVICES}]}}
    for name, block in sorted(doc.get("data", {}).get("terraform_remote_state", {}).items()):
        if block.get("backend") == "s3":
            override.setdefault("data", {}).setdefault("terraform_remote_state", {})[name] = {
                "config": _s3_config(block.get("config", {}), url)}
    (folder / OVERRIDE).write_text(json.dumps(override, indent=2, sort_keys=True))


def prepare(doc: dict, name: str, workdir: Path, url: str, *, excluded: Sequence[str] = tuple(UNSUPPORTED),
            env: dict[str, str] | None = None, examples: dict[str, object] | None = None) -> EmulatedRoot:
    """Copies the (filtered) root into ``workdir/name`` with the emulator override.

    ``examples`` are the root's published outputs' declared examples (``roots.json``): an
    output whose value depends on an excluded resource publishes its example instead.
    """
    folder = workdir / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    filtered, dropped, stand_ins = filter_root(doc, excluded, examples)
    (folder / "cdk.tf.json").write_text(json.dumps(filtered, indent=2, sort_keys=True))
    write_override(filtered, folder, url)
    return EmulatedRoot(name, folder, env or emulator_env(workdir), dropped, stand_ins=stand_ins)


def emulator_env(workdir: Path) -> dict[str, str]:
    """The harness's Terraform environment (mirror, no prompts) with the emulator's fake keys."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = terraform_env(write_cli_config(workdir / "terraformrc", find_mirror()))
    env.update({"AWS_ACCESS_KEY_ID": FAKE_KEY, "AWS_SECRET_ACCESS_KEY": FAKE_SECRET,
                "TF_PLUGIN_CACHE_DIR": str(_plugin_cache(workdir))})
    return env


def _plugin_cache(workdir: Path) -> Path:
    cache = workdir / "plugin-cache"
    cache.mkdir(parents=True, exist_ok=True)
    return cache
