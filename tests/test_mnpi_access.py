"""MNPI separation in depth (issue 13, finding 16): IAM alone no longer decides who reads MNPI.

For every IAM role of the three Kraken roots (plus the deploy role, a break-glass role and
an account administrator, each with an identity policy allowing everything) and every MNPI
resource (the MNPI lake buckets, the MNPI tiers' Athena results buckets, the MNPI key), a
small policy evaluator combines the identity policies, the bucket policy, the key policy
and explicit Denies for get / put (S3) and decrypt / encrypt (KMS), and the result must be
the matrix below, written from the settings (who the document says needs MNPI), not from
the contract the roots are built from. The pre-finding policies (the key administered and
used by the account, no bucket Deny) fail the same matrix.

The evaluator knows what these policies use, and refuses what it does not know (an
operator, a condition key, an unresolved reference in a statement about S3 or KMS):
Allow/Deny, Action/NotAction and Resource/NotResource with wildcards, AWS principals
(``*``, the account root, a role ARN), the String/Arn/Bool operators with ``IfExists``.
Same-account rules: S3 allows when the identity or the bucket policy allows; KMS when the
key policy allows the role itself, or allows the account and the identity policy allows;
any explicit Deny wins. A managed policy attached from outside the roots is assumed to
allow everything (the worst case).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from atlas.config import load_settings
from atlas.config.errors import SettingError
from atlas.config.kraken import KrakenSettings, MnpiAccessSettings
from tests.conftest import ENVIRONMENTS

ENVS = ("dev", "prod")
LAYERS = ("infra", "kafka", "data-plane")
ACTIONS = {"get": "s3:GetObject", "put": "s3:PutObject", "decrypt": "kms:Decrypt", "encrypt": "kms:GenerateDataKey"}
EVERYTHING = {"Effect": "Allow", "Action": "*", "Resource": "*"}


def settings_of(env: str) -> KrakenSettings:
    return load_settings(ENVIRONMENTS / "kraken" / f"{env}.tfvars", KrakenSettings)


@pytest.fixture(scope="module")
def roots(tmp_path_factory) -> dict[str, dict[str, dict]]:
    """The Kraken roots only (env -> layer -> cdk.tf.json): cheaper than every root."""
    from atlas.app import load_environments, plan_roots, synthesize

    out = tmp_path_factory.mktemp("mnpi") / "cdktf.out"
    synthesize(plan_roots(load_environments(ENVIRONMENTS), ["kraken-*"]), out)
    return {env: {layer: json.loads((out / "stacks" / f"kraken-{env}-{layer}" / "cdk.tf.json").read_text())
                  for layer in LAYERS} for env in ENVS}


# -- references -> concrete ARNs -----------------------------------------------------------------

class Resolver:
    """Replaces Terraform references in policy text with the values they stand for: remote
    state outputs by the upstream root's output values, bucket / role / key attributes by
    ARNs built from the resources' arguments (a key's ARN names its address)."""

    def __init__(self, docs: dict[str, dict], settings: KrakenSettings) -> None:
        self.docs, self.s = docs, settings

    def __call__(self, text: str, layer: str, *, opaque: bool = False) -> str:
        """``opaque``: what stays unresolved (Terraform functions) becomes the word UNRESOLVED."""
        for _ in range(8):
            new = self._once(text, layer)
            if new == text:
                break
            text = new
        return self._once(text, layer, opaque=True) if opaque else text

    def _once(self, text: str, layer: str, *, opaque: bool = False) -> str:
        out, i = [], 0
        while (start := text.find("${", i)) >= 0:
            depth, j = 0, start + 1
            while j < len(text):
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                if depth == 0:
                    break
                j += 1
            out.append(text[i:start])
            raw = text[start:j + 1]
            value = self._value(text[start + 2:j], layer, raw)
            out.append("UNRESOLVED" if opaque and value == raw else value)
            i = j + 1
        return "".join(out) + text[i:]

    def _value(self, expr: str, layer: str, raw: str) -> str:
        doc, s = self.docs[layer], self.s
        remote = re.fullmatch(r'data\.terraform_remote_state\.(\w+)_state\.outputs\.(\w+)(?:\["([^"]+)"\]|\.([\w-]+))?',
                              expr)
        if remote:
            upstream, name, key = remote[1], remote[2], remote[3] or remote[4]
            value = self.docs[upstream.replace("_", "-")]["output"][name]["value"]
            value = value[key] if key else value
            return self(value, upstream.replace("_", "-")) if isinstance(value, str) else raw
        ref = re.fullmatch(r"(local|aws_\w+)\.(\w+)(?:\.(\w+))?", expr)
        if ref and ref[1] == "local":
            return doc.get("locals", {}).get(ref[2], raw)
        if ref:
            body = doc.get("resource", {}).get(ref[1], {}).get(ref[2])
            if body is None:
                return raw
            if ref[1] == "aws_s3_bucket":
                return f"arn:aws:s3:::{body['bucket']}" if ref[3] == "arn" else body["bucket"]
            if ref[1] == "aws_iam_role":
                return f"arn:aws:iam::{s.account_id}:role/{body['name']}" if ref[3] == "arn" else body["name"]
            if ref[1] == "aws_kms_key" and ref[3] == "arn":
                return f"arn:aws:kms:{s.region}:{s.account_id}:key/{layer}/{ref[2]}"
        return raw

    def policy(self, text: str, layer: str) -> list[dict]:
        statements = json.loads(self(text, layer, opaque=True))["Statement"]
        return [statements] if isinstance(statements, dict) else statements


# -- the evaluator -------------------------------------------------------------------------------

def _listed(value) -> list:
    return [value] if isinstance(value, (str, dict)) else list(value or [])


def _glob(pattern: str, value: str, *, fold: bool = False) -> bool:
    if fold:
        pattern, value = pattern.lower(), value.lower()
    return re.fullmatch("".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern),
                        value, re.S) is not None


_OPERATORS = {"StringEquals": (False, False), "StringNotEquals": (True, False), "StringLike": (False, True),
              "StringNotLike": (True, True), "ArnEquals": (False, False), "ArnNotEquals": (True, False),
              "ArnLike": (False, True), "ArnNotLike": (True, True), "Bool": (False, False)}


def _conditions(block: dict, context: dict) -> bool:
    for operator, tests in block.items():
        base, if_exists = (operator[:-8], True) if operator.endswith("IfExists") else (operator, False)
        if base not in _OPERATORS:
            raise AssertionError(f"the evaluator does not know the condition operator {operator}")
        negated, wildcards = _OPERATORS[base]
        for key, wanted in tests.items():
            if key not in KNOWN_KEYS:
                raise AssertionError(f"the evaluator does not know the condition key {key}")
            if key not in context:
                if if_exists or negated:
                    continue
                return False
            value = context[key]
            hit = any(_glob(w, value) if wildcards else w.lower() == value.lower() if base == "Bool" else w == value
                      for w in _listed(wanted))
            if hit == negated:
                return False
    return True


KNOWN_KEYS = {"aws:PrincipalArn", "aws:SecureTransport", "kms:ViaService",
              "s3:x-amz-server-side-encryption-aws-kms-key-id", "aws:SourceAccount", "aws:SourceArn", "s3:prefix",
              "s3:x-amz-acl", "kms:EncryptionContext:aws:logs:arn"}


def _matches(statement: dict, action: str, resource: str, context: dict) -> bool:
    if "NotAction" in statement:
        if any(_glob(a, action, fold=True) for a in _listed(statement["NotAction"])):
            return False
    elif not any(_glob(a, action, fold=True) for a in _listed(statement.get("Action"))):
        return False
    if "NotResource" in statement:
        if any(_glob(r, resource) for r in _listed(statement["NotResource"])):
            return False
    elif not any(_glob(r, resource) for r in _listed(statement.get("Resource", "*"))):
        return False
    return _conditions(statement.get("Condition", {}), context)


def _principal(statement: dict, role_arn: str, account: str) -> str | None:
    """How a resource policy statement names the caller: "role", "account" (delegated to
    IAM), "anyone", or None."""
    principal = statement.get("Principal")
    if principal == "*":
        return "anyone"
    found = None
    for value in _listed((principal or {}).get("AWS")):
        if value == "*":
            return "anyone"
        if value == role_arn:
            return "role"
        if value in (f"arn:aws:iam::{account}:root", account):
            found = "account"
    return found


@dataclass(frozen=True)
class Role:
    name: str
    arn: str
    statements: tuple  # identity policy statements


@dataclass(frozen=True)
class Target:
    """One MNPI resource: a bucket (object ARN to test, its policy and key) or the key."""

    label: str
    kind: str  # "bucket" | "key"
    arn: str
    policy: tuple
    key_arn: str = ""


def allowed(role: Role, target: Target, action: str, account: str, region: str) -> bool:
    context = {"aws:PrincipalArn": role.arn, "aws:SecureTransport": "true", "kms:ViaService": f"s3.{region}.amazonaws.com"}
    if action == "s3:PutObject":
        context["s3:x-amz-server-side-encryption-aws-kms-key-id"] = target.key_arn
    for s in role.statements:
        if s["Effect"] == "Allow" and _matches(s, action, target.arn, context) and "UNRESOLVED" in json.dumps(
                s.get("Resource", "")) and action.split(":")[0] in json.dumps(s.get("Action", "")):
            raise AssertionError(f"{role.name}: unresolved resource in {s}")
    identity_deny = any(s["Effect"] == "Deny" and _matches(s, action, target.arn, context) for s in role.statements)
    identity_allow = any(s["Effect"] == "Allow" and _matches(s, action, target.arn, context) for s in role.statements)
    resource = [(s, _principal(s, role.arn, account)) for s in target.policy]
    resource = [(s, how) for s, how in resource if how and _matches(s, action, target.arn, context)]
    if identity_deny or any(s["Effect"] == "Deny" for s, _ in resource):
        return False
    grants = {how for s, how in resource if s["Effect"] == "Allow"}
    if target.kind == "bucket":
        return identity_allow or bool(grants & {"role", "anyone"})
    return bool(grants & {"role", "anyone"}) or ("account" in grants and identity_allow)


def everyone(docs: dict[str, dict], resolve: Resolver, s: KrakenSettings) -> list[Role]:
    """Every role of the roots with its identity policies, and the roles outside them that
    matter: the deploy role, the break-glass roles and any other account administrator."""
    roles = []
    for layer, doc in docs.items():
        res = doc.get("resource", {})
        for address, body in sorted(res.get("aws_iam_role", {}).items()):
            assert not body.get("inline_policy") and not body.get("managed_policy_arns"), address
            refs = {f"${{aws_iam_role.{address}.{a}}}" for a in ("id", "name")}
            statements = [st for p in res.get("aws_iam_role_policy", {}).values() if p["role"] in refs
                          for st in resolve.policy(p["policy"], layer)]
            for attachment in res.get("aws_iam_role_policy_attachment", {}).values():
                if attachment["role"] in refs:
                    own = re.fullmatch(r"\$\{aws_iam_policy\.(\w+)\.arn\}", attachment["policy_arn"])
                    statements += (resolve.policy(res["aws_iam_policy"][own[1]]["policy"], layer) if own
                                   else [EVERYTHING])
            roles.append(Role(body["name"], f"arn:aws:iam::{s.account_id}:role/{body['name']}", tuple(statements)))
    extra = {"kraken-terraform-deploy": "deploy", f"{s.name_prefix}-someone-admin": "administrator"}
    for pattern in s.mnpi_access.break_glass_role_arns:
        extra[pattern.split(":role/", 1)[1].replace("*", "x").replace("?", "x")] = "break-glass"
    roles += [Role(name, f"arn:aws:iam::{s.account_id}:role/{name}", (EVERYTHING,)) for name in extra]
    return roles


def targets(docs: dict[str, dict], resolve: Resolver, s: KrakenSettings) -> list[Target]:
    infra = docs["infra"]
    key_arn = resolve(infra["output"]["lake_kms_key_arns"]["value"]["mnpi"], "infra")
    (key_address,) = [a for a, k in infra["resource"]["aws_kms_key"].items()
                      if key_arn.endswith(f"/infra/{a}")]
    found = [Target("key", "key", key_arn, tuple(resolve.policy(infra["resource"]["aws_kms_key"][key_address]["policy"],
                                                                 "infra")))]
    buckets = {name: ("infra", f"lake {area}", "cdc/cdc.mnpi.trades/year=2026/month=12/day=02/hour=10/part.parquet"
                      if area.startswith("raw") else "trades/part-0.parquet")
               for area, name in infra["output"]["lake_bucket_names"]["value"].items() if area.endswith("-mnpi")}
    for tier, conf in s.access_tiers.items():
        if conf.mnpi:
            buckets[f"{s.name_prefix}-athena-{tier}-{s.account_id}"] = ("data-plane", f"results {tier}", "results/q.csv")
    for name, (layer, label, obj) in sorted(buckets.items()):
        res = docs[layer]["resource"]
        (address,) = [a for a, b in res["aws_s3_bucket"].items() if b["bucket"] == name]
        (body,) = [p for p in res["aws_s3_bucket_policy"].values() if p["bucket"] == f"${{aws_s3_bucket.{address}.id}}"]
        found.append(Target(label, "bucket", f"arn:aws:s3:::{name}/{obj}", tuple(resolve.policy(body["policy"], layer)),
                            key_arn))
    return found


def matrix(docs: dict[str, dict], s: KrakenSettings) -> dict[tuple[str, str, str], bool]:
    """(role, resource, action) -> allowed, for every role and MNPI resource."""
    resolve = Resolver(docs, s)
    return {(role.name, t.label, verb): allowed(role, t, ACTIONS[verb], s.account_id, s.region)
            for role in everyone(docs, resolve, s) for t in targets(docs, resolve, s)
            for verb in (("get", "put") if t.kind == "bucket" else ("decrypt", "encrypt"))}


def expected(s: KrakenSettings) -> set[tuple[str, str, str]]:
    """Who may do what to MNPI data, read off the document: the cells that are allowed."""
    p = s.name_prefix
    cells = set()
    mnpi_tiers = {t: conf for t, conf in s.access_tiers.items() if conf.mnpi}
    for tier, conf in mnpi_tiers.items():
        cells |= {(f"{p}-{tier}", f"lake {layer}-mnpi", "get") for layer in conf.layers}
        cells |= {(f"{p}-{tier}", f"results {tier}", verb) for verb in ("get", "put")}
        cells |= {(f"{p}-{tier}", "key", verb) for verb in ("decrypt", "encrypt")}  # reads data, writes results
    sink, crawler = f"{p}-s3-sink-mnpi-connector", f"{p}-raw-mnpi-crawler"
    cells |= {(sink, "lake raw-mnpi", "get"), (sink, "lake raw-mnpi", "put"), (sink, "key", "decrypt"),
              (sink, "key", "encrypt"), (crawler, "lake raw-mnpi", "get"), (crawler, "key", "decrypt")}
    exempt = (["kraken-terraform-deploy"] if s.mnpi_access.deploy_role_exempt else []) + [
        a.split(":role/", 1)[1].replace("*", "x").replace("?", "x") for a in s.mnpi_access.break_glass_role_arns]
    labels = [f"lake {layer}-mnpi" for layer in ("raw", "curated", "analytics")] + [f"results {t}" for t in mnpi_tiers]
    for role in exempt:
        cells |= {(role, label, verb) for label in labels for verb in ("get", "put")}
        cells |= {(role, "key", verb) for verb in ("decrypt", "encrypt")}
    return cells


def granted(found: dict) -> set:
    return {cell for cell, ok in found.items() if ok}


# -- the tests -----------------------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_only_the_roles_the_document_names_reach_mnpi_data(roots, env):
    s = settings_of(env)
    found = matrix(roots[env], s)
    roles = {role for role, _, _ in found}
    # The matrix covers every role of the three roots, and the roles outside them.
    assert {f"{s.name_prefix}-{n}" for n in ("s3-sink-mnpi-connector", "s3-sink-public-connector", "raw-mnpi-crawler",
                                             "data-analysts", "kafka-admin", "rds-monitoring")} <= roles
    assert {"kraken-terraform-deploy", f"{s.name_prefix}-someone-admin"} <= roles
    assert len({label for _, label, _ in found}) == 1 + 3 + sum(t.mnpi for t in s.access_tiers.values())
    assert granted(found) == expected(s), (
        f"allowed but not expected: {sorted(granted(found) - expected(s))}; "
        f"expected but refused: {sorted(expected(s) - granted(found))}")


def _before_finding_16(docs: dict[str, dict]) -> dict[str, dict]:
    """The roots as they were: the MNPI key administered and used by the account (its IAM
    policies decide), no Deny of other principals in the MNPI bucket policies."""
    docs = copy.deepcopy(docs)
    for layer in ("infra", "data-plane"):
        res = docs[layer]["resource"]
        for body in res.get("aws_kms_key", {}).values():
            policy = json.loads(body["policy"])
            if any(st.get("Sid") == "NamedPrincipalsUse" for st in policy["Statement"]):
                policy["Statement"] = [{**policy["Statement"][0], "Action": "kms:*"}]
                body["policy"] = json.dumps(policy)
        for body in res.get("aws_s3_bucket_policy", {}).values():
            policy = json.loads(body["policy"])  # bucket policies hold no quoted references
            policy["Statement"] = [st for st in policy["Statement"]
                                   if st.get("Sid") not in ("DenyObjectsToOthers", "DenyListingToOthers")]
            body["policy"] = json.dumps(policy)
    return docs


def test_the_same_matrix_fails_on_the_policies_before_the_finding(roots):
    s = settings_of("dev")
    old = matrix(_before_finding_16(roots["dev"]), s)
    leaked = granted(old) - expected(s)
    # Any administrator of the account, and the RDS monitoring role (its AWS-managed policy
    # is not in the roots: assumed to allow everything), read and decrypt MNPI.
    assert {(f"{s.name_prefix}-someone-admin", "lake raw-mnpi", "get"), (f"{s.name_prefix}-someone-admin", "key",
                                                                           "decrypt"),
            (f"{s.name_prefix}-rds-monitoring", "lake analytics-mnpi", "get")} <= leaked


def test_a_broad_grant_to_a_public_role_later_does_not_reach_mnpi(roots):
    s = settings_of("dev")
    docs = copy.deepcopy(roots["dev"])
    policy = docs["data-plane"]["resource"]["aws_iam_role_policy"]["access_data_analysts_policy"]
    body = policy["policy"]
    policy["policy"] = body.replace('"Statement":[', '"Statement":[{"Action":["s3:*","kms:*"],"Effect":"Allow",'
                                                     '"Resource":"*"},', 1)
    found = matrix(docs, s)
    assert not {cell for cell in granted(found) if cell[0] == f"{s.name_prefix}-data-analysts"}
    old = matrix(_before_finding_16(docs), s)
    assert (f"{s.name_prefix}-data-analysts", "lake analytics-mnpi", "get") in granted(old)


def test_without_the_deploy_exemption_the_deploy_role_is_refused_too(tmp_path):
    from atlas.app import synthesize
    from atlas.stacks.kraken import roots as kraken_roots

    s = replace(settings_of("dev"), mnpi_access=MnpiAccessSettings(deploy_role_exempt=False))
    synthesize([spec for spec in kraken_roots("dev", s)], tmp_path / "out")
    docs = {layer: json.loads((tmp_path / "out" / "stacks" / f"kraken-dev-{layer}" / "cdk.tf.json").read_text())
            for layer in LAYERS}
    found = matrix(docs, s)
    assert not {cell for cell in granted(found) if cell[0] == "kraken-terraform-deploy"}
    assert granted(found) == expected(s)


def test_the_contracts_role_names_are_the_ones_the_constructs_build():
    from atlas.constructs.access_tiers import tier_names
    from atlas.constructs.msk_connect import connector_names
    from atlas.stacks.kraken.names import KrakenNames

    names = KrakenNames("kraken-dev")
    for k in ("mnpi", "public"):
        assert connector_names(names.sink_connector(k))["role"].value == names.sink_role(k)
    assert connector_names(names.debezium_connector)["role"].value == names.debezium_role
    assert tier_names("kraken-dev", "finance-analysts")["role"].value == names.tier_role("finance-analysts")


# -- settings -------------------------------------------------------------------------------------

def _problems(**mnpi) -> list[SettingError]:
    s = replace(settings_of("dev"), mnpi_access=MnpiAccessSettings(**mnpi))
    return [e for e in [*s.mnpi_access.checks(), *s.checks()] if "break_glass" in e.key]


@pytest.mark.parametrize("arns, message", [
    (["arn:aws:iam::333333333333:user/alice"], "is not an IAM role ARN"),
    (["arn:aws:iam::333333333333:role/*"], "must start with a literal character"),
    (["arn:aws:iam::444444444444:role/break-glass"], "is in account 444444444444, not 333333333333"),
    (["arn:aws:iam::333333333333:role/kraken-dev-*"], "also matches kraken-dev-kafka-admin"),
    (["arn:aws:iam::333333333333:role/kraken-dev-data-*"], "also matches kraken-dev-data-analysts"),
])
def test_a_break_glass_pattern_names_a_role_of_the_account_and_no_public_one(arns, message):
    problems = _problems(break_glass_role_arns=tuple(arns))
    assert problems and message in str(problems[0]), problems


def test_a_narrow_break_glass_pattern_passes():
    assert _problems(break_glass_role_arns=(
        "arn:aws:iam::333333333333:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_KrakenBreakGlass_*",
        "arn:aws:iam::333333333333:role/kraken-break-glass")) == []
