"""The secrets scan: no password, token or key reaches a synthesized root as a literal value.

Credentials come from managed secrets (``manage_master_user_password``, Secrets Manager
rotation), write-only arguments, or references to other resources; a literal in the JSON
would sit in the repository, in CI logs and in the Terraform state. The rules, applied to
every string in a root's JSON (cdktf's ``//`` metadata excepted):

1. **Sensitive name, literal value**: a key whose name says it holds a credential
   (``SENSITIVE_NAME``: password, secret, token, api key, private key, access key,
   credentials, auth string, connection string) and whose value is a non-empty string
   with no ``${...}`` reference. Names that only *point at* a credential are safe
   (``SAFE_NAME``: ``..._arn``, ``..._id``, ``kms_key_id``, ``secret_name``, ...), and so
   is any value that is itself an ARN or a KMS alias.
2. **AWS key material** anywhere, including inside policy documents: access key ids
   (``AKIA``/``ASIA`` + 16), and PEM private keys.
4. **High entropy**: a run of 24+ base64 characters (``[A-Za-z0-9+/=]``) mixing upper
   case, lower case and digits whose Shannon entropy is at least 4.3 bits per character,
   outside ``${...}``. Resource names, ARNs, CIDRs and policy text split into short or
   low-entropy runs; a generated secret does not.
5. **Sensitive outputs and variables**: an output marked ``sensitive`` must be a
   reference (a literal would be a secret typed into the code), and a variable marked
   ``sensitive`` must not have a default.

``scan(doc)`` returns findings as ``"<json path>: <rule>"`` strings; the test runs it on
every synthesized root and on small crafted documents that must fail.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from typing import Any, Iterator

SENSITIVE_NAME = re.compile(
    r"(pass(word|wd|phrase)?|secret|token|api_?key|private_?key|access_?key|credential|auth_?string|"
    r"connection_?string|client_?secret|sasl_?(username|password))", re.IGNORECASE)
SAFE_NAME = re.compile(
    r"(_arns?|_ids?|_names?|_type|_version_stage|_length|_count|_enabled|_rotation\w*|_days|_ttl|"
    r"_reference|_path|_kms_key_id|_key_name|_policy)$|^(kms_key_id|key_name|token_validity_units|"
    r"manage_master_user_password|secret_string_wo_version|password_wo_version|iam_database_authentication_enabled|"
    # EC2 instance metadata: "required" turns on IMDSv2 session tokens (no credential).
    r"http_tokens|manage_admin_password)$",
    re.IGNORECASE)
# Attributes whose whole value is a secret's payload: judged by content, not by name.
SECRET_DOCUMENT = re.compile(r"^(secret_string|secret_binary)$")
# Extra credential-like names inside a secret's JSON (beyond SENSITIVE_NAME).
SECRET_CONTENT_NAME = re.compile(r"(license_?key|signing_?key|encryption_?key|(^|_)dsn$|(^|_)pwd?$|(^|_)pin$)",
                                 re.IGNORECASE)
# scheme://user:password@host with a password that is not a ${...} reference.
URL_CREDENTIALS = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:(?!\$\{)[^/\s@]+@", re.IGNORECASE)
AWS_ACCESS_KEY = re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b")
PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
_REFERENCE = re.compile(r"\$\{[^}]*\}")
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]{24,}")
# An EKS cluster's OIDC issuer (in IRSA trust policies) ends in a 32-digit hex id: a public
# identifier of the cluster, not a secret, though "com/id/<ID>" reads as a high-entropy run.
_EKS_OIDC_ISSUER = re.compile(r"oidc\.eks\.[a-z0-9-]+\.amazonaws\.com/id/[0-9A-F]{32}\b")
ENTROPY_BITS = 4.3


def shannon(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def high_entropy_runs(text: str) -> list[str]:
    literal = _EKS_OIDC_ISSUER.sub(" ", _REFERENCE.sub(" ", text))
    return [run for run in _BASE64_RUN.findall(literal)
            if re.search(r"[a-z]", run) and re.search(r"[A-Z]", run) and re.search(r"\d", run)
            and shannon(run) >= ENTROPY_BITS]


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """(json path, key name, value) of every leaf; the key of list items is the list's."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "//":
                continue
            child = f"{path}.{key}" if path else key
            if isinstance(value, (dict, list)):
                yield from _walk(value, child)
            else:
                yield child, key, value
    elif isinstance(node, list):
        key = path.rsplit(".", 1)[-1]
        for i, value in enumerate(node):
            if isinstance(value, (dict, list)):
                yield from _walk(value, f"{path}[{i}]")
            else:
                yield f"{path}[{i}]", key, value


def _is_reference_or_pointer(value: str) -> bool:
    return "${" in value or value.startswith(("arn:aws", "arn:aws-", "alias/"))


def _is_credential_name(key: str) -> bool:
    return bool(SENSITIVE_NAME.search(key) or SECRET_CONTENT_NAME.search(key)) and not SAFE_NAME.search(key)


def secret_document_findings(path: str, value: str) -> list[str]:
    """Findings for the payload of a secret (``secret_string``), judged by its content."""
    try:
        content = json.loads(value)
    except ValueError:
        content = None
        if "${" in value:
            return []  # built from references (a generated password, a data source), as before
    if not isinstance(content, dict):
        return [f"{path}: a secret's payload is a literal (not a JSON object of settings); "
                "seed empty placeholders and let operators or rotation set the value"]
    findings = []
    for inner_path, key, inner in _walk(content, path):
        if not isinstance(inner, str) or not inner.strip():
            continue  # empty placeholder (or a number/boolean setting)
        if _is_credential_name(key) and "${" not in inner:
            findings.append(f"{inner_path}: secret key `{key}` looks like a credential and is seeded with a "
                            "literal value; seed it empty and set it in Secrets Manager")
    return findings


def scan(doc: dict) -> list[str]:
    findings: list[str] = []
    for path, key, value in _walk(doc, ""):
        if not isinstance(value, str) or not value:
            continue
        if SECRET_DOCUMENT.match(key):
            findings += secret_document_findings(path, value)
        elif SENSITIVE_NAME.search(key) and not SAFE_NAME.search(key) and not _is_reference_or_pointer(value):
            findings.append(f"{path}: `{key}` looks like a credential and holds a literal value; "
                            "use a managed secret, a write-only argument or a reference")
        if URL_CREDENTIALS.search(value):
            findings.append(f"{path}: a URL carries a literal password (scheme://user:password@host)")
        if AWS_ACCESS_KEY.search(value):
            findings.append(f"{path}: contains an AWS access key id")
        if PRIVATE_KEY.search(value):
            findings.append(f"{path}: contains a PEM private key")
        for run in high_entropy_runs(value):
            findings.append(f"{path}: high-entropy literal {run[:6]}... ({shannon(run):.1f} bits/char) "
                            "looks like a generated secret")
    for name, output in sorted(doc.get("output", {}).items()):
        value = output.get("value")
        if output.get("sensitive") and not (isinstance(value, str) and "${" in value):
            findings.append(f"output.{name}: is marked sensitive but its value is a literal")
    for name, variable in sorted(doc.get("variable", {}).items()):
        if variable.get("sensitive") and "default" in variable:
            findings.append(f"variable.{name}: is marked sensitive but has a default value")
    return findings
