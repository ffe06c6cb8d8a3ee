"""The one table of AWS and Kafka naming rules, and the check of every name a root derives.

A setting that is valid on its own can still produce a name AWS refuses once a construct
adds its prefixes and suffixes (a 22-character prefix is fine, ``<prefix>-svc-registry`` is
not a target group name). So constructs build every AWS name with a function of their own
module (``atlas.constructs.alb.load_balancer_names`` and so on), the construct itself uses
that function, and each platform registers what its environment file turns into
(``Platform.names``: a list of ``DerivedName``, the builder's result plus the settings that
went into it). The app checks that list against ``KINDS`` before anything is built:

    <file>: <key>: <derived name> is N characters; <kind> names allow at most M; shorten <key>

``tests/test_naming.py`` checks the other direction: every name in the synthesized JSON is
one the platform's registered builders derived, so a construct cannot grow a name the
validation does not know.

Each kind cites where its rule comes from (the API reference of the create call, checked
2026-12-02 unless said otherwise).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, NamedTuple, Sequence


@dataclass(frozen=True)
class NameKind:
    """What AWS (or Kafka) accepts as one kind of name."""

    label: str  # "target group", as the message says it
    max_len: int
    pattern: str  # the characters allowed, as a regular expression for the whole name
    rule: str  # the same in words, for the message
    min_len: int = 1
    # Further rules (start/end characters, reserved words): returns why the name breaks one.
    extra: Callable[[str], str | None] | None = field(default=None, compare=False)
    source: str = ""

    def problem(self, value: str) -> str | None:
        """Why ``value`` is not a valid name of this kind (None when it is)."""
        # "target group names", but "tag keys": a tag key is not a name of something.
        one, many = (self.label, self.label + "s") if self.label.startswith("tag ") else \
            (f"{self.label} name", f"{self.label} names")
        if len(value) > self.max_len:
            return f"is {len(value)} characters; {many} allow at most {self.max_len}"
        if len(value) < self.min_len:
            return f"is {len(value)} characters; {many} need at least {self.min_len}"
        if not re.fullmatch(self.pattern, value):
            return f"is not a valid {one} ({self.rule})"
        return self.extra(value) if self.extra else None


def _hyphens(value: str) -> str | None:
    if value.startswith("-") or value.endswith("-"):
        return "must not start or end with a hyphen"
    return None


def _db_identifier(value: str) -> str | None:
    if not value[:1].isalpha():
        return "must start with a letter"
    if value.endswith("-") or "--" in value:
        return "must not end with a hyphen or hold two hyphens in a row"
    return None


def _alb(value: str) -> str | None:
    if value.lower().startswith("internal-"):
        return 'must not start with "internal-"'
    return _hyphens(value)


def _bucket(value: str) -> str | None:
    if not (value[0].isalnum() and value[-1].isalnum()):
        return "must start and end with a letter or digit"
    if ".." in value or ".-" in value or "-." in value:
        return "must not hold two periods in a row or a period next to a hyphen"
    try:
        ipaddress.IPv4Address(value)
        return "must not look like an IP address"
    except ValueError:
        pass
    for prefix in ("xn--", "sthree-", "amzn-s3-demo-"):
        if value.startswith(prefix):
            return f'must not start with "{prefix}" (reserved by S3)'
    for suffix in ("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"):
        if value.endswith(suffix):
            return f'must not end with "{suffix}" (reserved by S3)'
    return None


def _topic(value: str) -> str | None:
    return "must not be \".\" or \"..\"" if value in (".", "..") else None


# PostgreSQL's reserved key words (PostgreSQL docs, appendix "SQL Key Words", the
# "reserved" and "reserved (can be function or type)" entries; checked 2026-12-02): RDS
# refuses them as the initial database name and as the master user name.
POSTGRES_RESERVED = frozenset("""
all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate
collation column concurrently constraint create cross current_catalog current_date current_role
current_schema current_time current_timestamp current_user default deferrable desc distinct do else
end except false fetch for foreign freeze from full grant group having ilike in initially inner
intersect into is isnull join lateral leading left like limit localtime localtimestamp natural not
notnull null offset on only or order outer overlaps placing primary references returning right
select session_user similar some symmetric system_user table tablesample then to trailing true union
unique user using variadic verbose when where window with
""".split())


def _postgres_word(value: str) -> str | None:
    if value.lower() in POSTGRES_RESERVED:
        return f'"{value}" is a PostgreSQL reserved word'
    return None


def _cloudtrail(value: str) -> str | None:
    if not (value[0].isalnum() and value[-1].isalnum()):
        return "must start and end with a letter or digit"
    if re.search(r"[._-]{2}", value):
        return "must not hold two of . _ - in a row"
    return None


_SG_CHARS = r"[a-zA-Z0-9 ._\-:/()#,@\[\]+=&;{}!$*]"
_TAG_CHARS = r"[\w\s.:/=+\-@]"  # Unicode letters, digits and spaces, and _ . : / = + - @

KINDS: dict[str, NameKind] = {
    "load_balancer": NameKind(
        "load balancer", 32, r"[A-Za-z0-9-]+", "letters, digits and hyphens", extra=_alb,
        source="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html"),
    "target_group": NameKind(
        "target group", 32, r"[A-Za-z0-9-]+", "letters, digits and hyphens", extra=_hyphens,
        source="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html"),
    "host_header": NameKind(
        "ALB host header", 128, r"[A-Za-z0-9.*?-]+", "letters, digits, hyphens, periods and the wildcards * ?",
        source="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_HostHeaderConditionConfig.html"),
    "s3_bucket": NameKind(
        "S3 bucket", 63, r"[a-z0-9.-]+", "lowercase letters, digits, periods and hyphens", min_len=3, extra=_bucket,
        source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html"),
    "iam_role": NameKind(
        "IAM role", 64, r"[\w+=,.@-]+", "letters, digits and + = , . @ _ -",
        source="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html"),
    "iam_policy": NameKind(
        "IAM policy", 128, r"[\w+=,.@-]+", "letters, digits and + = , . @ _ -",
        source="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html"),
    "kafka_topic": NameKind(
        "Kafka topic", 249, r"[A-Za-z0-9._-]+", 'letters, digits, ".", "_" and "-"', extra=_topic,
        source="Apache Kafka org.apache.kafka.common.internals.Topic (MAX_NAME_LENGTH = 249, LEGAL_CHARS)"),
    "glue_database": NameKind(
        "Glue database", 255, r"[a-z0-9_]+", "lowercase letters, digits and underscores, as Athena requires",
        source="https://docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html"),
    "glue_table": NameKind(
        "Glue table", 255, r"[a-z0-9_]+", "lowercase letters, digits and underscores, as Athena requires",
        source="https://docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html"),
    "glue_crawler": NameKind(
        "Glue crawler", 255, r"[^\x00-\x1f\x7f]+", "one line of printable characters",
        source="https://docs.aws.amazon.com/glue/latest/webapi/API_CreateCrawler.html"),
    "glue_job": NameKind(
        "Glue job", 255, r"[^\x00-\x1f\x7f]+", "one line of printable characters",
        source="https://docs.aws.amazon.com/glue/latest/webapi/API_CreateJob.html"),
    "db_instance": NameKind(
        "RDS DB instance identifier", 63, r"[A-Za-z0-9-]+", "letters, digits and hyphens", extra=_db_identifier,
        source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html"),
    "db_snapshot": NameKind(
        "RDS snapshot identifier", 255, r"[A-Za-z0-9-]+", "letters, digits and hyphens", extra=_db_identifier,
        source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBSnapshot.html"),
    "db_parameter_group": NameKind(
        "RDS parameter group", 255, r"[a-z0-9-]+", "lowercase letters, digits and hyphens", extra=_db_identifier,
        source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBParameterGroup.html"),
    "db_subnet_group": NameKind(
        "RDS subnet group", 255, r"[a-z0-9 ._-]+", "lowercase letters, digits, spaces, periods, underscores "
        "and hyphens", extra=lambda v: 'must not be "default"' if v == "default" else None,
        source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBSubnetGroup.html"),
    "postgres_database": NameKind(
        "PostgreSQL database", 63, r"[a-z][a-z0-9_]*", "lowercase letters, digits and underscores, starting with "
        "a letter", extra=_postgres_word,
        source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html (DBName)"),
    "postgres_user": NameKind(
        "PostgreSQL master user", 63, r"[a-z][a-z0-9_]*", "lowercase letters, digits and underscores, starting "
        "with a letter", extra=_postgres_word,
        source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html "
               "(MasterUsername)"),
    "replication_slot": NameKind(
        "PostgreSQL replication slot", 63, r"[a-z0-9_]+", "lowercase letters, digits and underscores",
        source="https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION-SLOTS "
               "(NAMEDATALEN - 1)"),
    "cache_replication_group": NameKind(
        "ElastiCache replication group", 40, r"[A-Za-z0-9-]+", "letters, digits and hyphens",
        extra=_db_identifier,
        source="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html"),
    "cache_subnet_group": NameKind(
        "ElastiCache subnet group", 255, r"[a-z0-9-]+", "lowercase letters, digits and hyphens",
        source="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSubnetGroup.html"),
    "secret": NameKind(
        "Secrets Manager secret", 512, r"[A-Za-z0-9/_+=.@-]+", "letters, digits and / _ + = . @ -",
        source="https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html"),
    "log_group": NameKind(
        "CloudWatch log group", 512, r"[A-Za-z0-9._/#-]+", "letters, digits and . _ - / #",
        source="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html"),
    "security_group": NameKind(
        "security group", 255, _SG_CHARS + "+", "letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*",
        extra=lambda v: 'must not start with "sg-"' if v.lower().startswith("sg-") else None,
        source="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSecurityGroup.html"),
    "kms_alias": NameKind(
        "KMS alias", 256, r"alias/[A-Za-z0-9/_-]+", 'letters, digits and / _ - after "alias/"',
        extra=lambda v: 'must not start with "alias/aws/" (reserved)' if v.startswith("alias/aws/") else None,
        source="https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html"),
    "msk_cluster": NameKind(
        "MSK cluster", 64, r"[A-Za-z0-9][A-Za-z0-9-]*", "letters, digits and hyphens, starting with a letter or digit",
        source="https://docs.aws.amazon.com/msk/1.0/apireference/clusters.html (ClusterName)"),
    "msk_configuration": NameKind(
        "MSK configuration", 64, r"[A-Za-z0-9][A-Za-z0-9-]*", "letters, digits and hyphens, starting with a "
        "letter or digit",
        source="https://docs.aws.amazon.com/msk/latest/developerguide/msk-configuration-operations-create.html "
               "(pattern; the length as the cluster name's)"),
    "msk_connect": NameKind(
        "MSK Connect connector, plugin or worker configuration", 128, r"[^\x00-\x1f\x7f]+",
        "one line of printable characters",
        source="https://docs.aws.amazon.com/MSKC/latest/mskc/API_CreateConnector.html"),
    "ecs": NameKind(
        "ECS cluster, service, task family or container", 255, r"[A-Za-z0-9_-]+",
        "letters, digits, underscores and hyphens",
        source="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html"),
    "cloud_map_namespace": NameKind(
        "Cloud Map namespace", 1024, r"[!-~]+", "printable ASCII without spaces",
        source="https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateHttpNamespace.html"),
    "sns_topic": NameKind(
        "SNS topic", 256, r"[A-Za-z0-9_-]+", "letters, digits, underscores and hyphens",
        source="https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html"),
    "alarm": NameKind(
        "CloudWatch alarm", 255, r"[ -~]+", "printable ASCII",
        source="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html"),
    "budget": NameKind(
        "budget", 100, r"[^:\\]+", 'any characters but ":" and "\\"',
        source="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_budgets_Budget.html"),
    "athena_workgroup": NameKind(
        "Athena workgroup", 128, r"[A-Za-z0-9._-]+", "letters, digits, periods, underscores and hyphens",
        source="https://docs.aws.amazon.com/athena/latest/APIReference/API_CreateWorkGroup.html"),
    "cloudtrail": NameKind(
        "CloudTrail trail", 128, r"[A-Za-z0-9._-]+", "letters, digits, periods, underscores and hyphens",
        min_len=3, extra=_cloudtrail,
        source="https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html"),
    "waf_web_acl": NameKind(
        "WAF web ACL", 128, r"[\w-]+", "letters, digits, underscores and hyphens",
        source="https://docs.aws.amazon.com/waf/latest/APIReference/API_CreateWebACL.html"),
    "waf_metric": NameKind(
        "WAF metric", 255, r"[\w#:./-]+", "letters, digits and _ # : . / -",
        source="https://docs.aws.amazon.com/waf/latest/APIReference/API_VisibilityConfig.html"),
    "tag_key": NameKind(
        "tag key", 128, _TAG_CHARS + "+", "letters, digits, spaces and _ . : / = + - @",
        extra=lambda v: 'must not start with "aws:" (reserved)' if v.lower().startswith("aws:") else None,
        source="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"),
    "tag_value": NameKind(
        "tag value", 256, _TAG_CHARS + "*", "letters, digits, spaces and _ . : / = + - @", min_len=0,
        source="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"),
}


# Where a name must be unique, for the kinds two environments could collide on: "global"
# (S3 buckets), "account" (IAM roles, budgets) or "region" (an account's region). Kinds
# scoped inside another resource (a security group's VPC, a topic's cluster, an inline
# policy's role, a tag) are not listed: two environments cannot collide on them.
SCOPES: dict[str, str] = {
    "s3_bucket": "global", "iam_role": "account", "budget": "account",
    **{kind: "region" for kind in (
        "load_balancer", "target_group", "glue_database", "glue_crawler", "glue_job", "db_instance", "db_snapshot",
        "db_parameter_group", "db_subnet_group", "cache_replication_group", "cache_subnet_group", "secret",
        "log_group", "kms_alias", "msk_cluster", "msk_configuration", "msk_connect", "ecs", "cloud_map_namespace",
        "sns_topic", "alarm", "athena_workgroup", "cloudtrail", "waf_web_acl")},
}


class Name(NamedTuple):
    """One name a construct gives an AWS (or Kafka) resource, with its kind (a ``KINDS`` key)."""

    kind: str
    value: str


def names_in(built: object) -> list[Name]:
    """Every ``Name`` in a builder's result (a Name, or tuples, lists and dicts of them)."""
    if isinstance(built, Name):
        return [built]
    if isinstance(built, dict):
        return [n for v in built.values() for n in names_in(v)]
    if isinstance(built, (tuple, list)):
        return [n for v in built for n in names_in(v)]
    return []


@dataclass(frozen=True)
class DerivedName:
    """A name a setting turns into: the builder's ``Name`` and the settings it is made of,
    the one to change first (the key the message is on) leading."""

    name: Name
    keys: Sequence[str]


def derived(built: object, *keys: str) -> list[DerivedName]:
    """Every name of a builder's result, made of the settings ``keys``."""
    return [DerivedName(n, keys) for n in names_in(built)]


@dataclass(frozen=True)
class NameProblem:
    key: str
    message: str


def check(names: Iterable[DerivedName]) -> list[NameProblem]:
    """One problem per setting: for each key, its worst name (the one furthest over its
    limit, else the first it makes invalid), so shortening that setting once fixes all."""
    worst: dict[str, tuple[int, DerivedName, str]] = {}
    for d in names:
        kind = KINDS[d.name.kind]
        why = kind.problem(d.name.value)
        if why is None:
            continue
        over = len(d.name.value) - kind.max_len
        key = d.keys[0]
        if key not in worst or over > worst[key][0]:
            worst[key] = (over, d, why)
    found = []
    for key, (over, d, why) in worst.items():
        others = [k for k in d.keys[1:]]
        fix = f"shorten {key}" + (f" (or {' or '.join(others)})" if others else "") if over > 0 \
            else f"change {key}"
        found.append(NameProblem(key, f"{d.name.value} {why}; {fix}"))
    return found
