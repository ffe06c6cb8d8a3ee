"""An Application Load Balancer with an HTTPS listener and host-header routing.

HTTP exists only to redirect to HTTPS. Each target group is declared in the props with the
host names (and/or path patterns) routed to it; one of them is the listener's default action.
Without a certificate (``certificate_arn = None``, a development environment with no domain
yet) the HTTP listener forwards instead of redirecting; the settings of each platform decide
where that is allowed. Access logs go to a
bucket of their own: Elastic Load Balancing can only write SSE-S3 encrypted objects, so
that bucket uses AES256 rather than a customer key; that bucket's own S3 server access logs
go to the caller's log bucket (``server_access_log_bucket``).

An internet-facing load balancer gets a WAFv2 web ACL with AWS managed rule groups
(``web_acl``, on by default when ``internal`` is false), logging to a KMS-encrypted log
group; an internal one is reachable only from the VPC and needs none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Mapping, Sequence

from cdktf_cdktf_provider_aws.lb import Lb, LbAccessLogs
from cdktf_cdktf_provider_aws.lb_listener import LbListener, LbListenerDefaultAction, LbListenerDefaultActionRedirect
from cdktf_cdktf_provider_aws.lb_listener_rule import (
    LbListenerRule,
    LbListenerRuleAction,
    LbListenerRuleActionFixedResponse,
    LbListenerRuleCondition,
    LbListenerRuleConditionHostHeader,
    LbListenerRuleConditionPathPattern,
    LbListenerRuleConditionSourceIp,
)
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup, LbTargetGroupHealthCheck
from cdktf_cdktf_provider_aws.route53_record import Route53Record, Route53RecordAlias
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.wafv2_web_acl import (
    Wafv2WebAcl,
    Wafv2WebAclDefaultAction,
    Wafv2WebAclDefaultActionAllow,
    Wafv2WebAclRule,
    Wafv2WebAclRuleOverrideAction,
    Wafv2WebAclRuleOverrideActionNone,
    Wafv2WebAclRuleVisibilityConfig,
    Wafv2WebAclVisibilityConfig,
)
from cdktf_cdktf_provider_aws.wafv2_web_acl_association import Wafv2WebAclAssociation
from cdktf_cdktf_provider_aws.wafv2_web_acl_logging_configuration import Wafv2WebAclLoggingConfiguration

from atlas.cdk import Construct, TerraformResource
from atlas.constructs.iam import Statement
from atlas.constructs.logs import log_group
from atlas.constructs.s3 import SecureBucket, SecureBucketProps
from atlas.constructs.security_group import Connections, WorkloadSecurityGroup
from atlas.naming import KINDS, Name

# TLS 1.3 with TLS 1.2 fallback and forward-secret ciphers only (AWS's recommended policy).
MODERN_TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06"

# AWS managed rule groups (no subscription fee): OWASP-style common rules, known bad inputs
# (Log4j/JNDI and similar exploit payloads), Amazon's IP reputation list, and anonymising
# sources (Tor, VPN exits).
DEFAULT_WAF_RULE_GROUPS = ("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                           "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesAnonymousIpList")
# Rules of those groups that only count: server-to-server clients legitimately call from
# cloud hosting ranges, which HostingProviderIPList would block.
DEFAULT_WAF_COUNT_ONLY = {"AWSManagedRulesAnonymousIpList": ("HostingProviderIPList",)}

# Regions older than August 2022 deliver access logs from a regional ELB account; newer
# regions use the log-delivery service principal instead.
_ELB_LOG_ACCOUNTS = {
    "us-east-1": "127311923021", "us-east-2": "033677994240", "us-west-1": "027434742980",
    "us-west-2": "797873946194", "eu-west-1": "156460612806", "eu-west-2": "652711504416",
    "eu-west-3": "009996457667", "eu-central-1": "054676820928", "eu-north-1": "897822967062",
    "eu-south-1": "635631232127", "ap-southeast-1": "114774131450", "ap-southeast-2": "783225319266",
    "ap-northeast-1": "582318560864", "ca-central-1": "985666609251",
}


def load_balancer_names(name: str, target_keys: Sequence[str], *, account_id: str, access_log_bucket_name: str | None = None,
                        waf: bool = True, waf_rule_groups: Sequence[str] = DEFAULT_WAF_RULE_GROUPS,
                        waf_hosts: int = 0) -> dict:
    """Every AWS name a ``LoadBalancer`` derives from its props (the construct uses these)."""
    names = {"load_balancer": Name("load_balancer", name),
             "target_groups": {key: Name("target_group", f"{name}-{key}") for key in target_keys},
             "log_bucket": Name("s3_bucket", access_log_bucket_name or f"{name}-alb-logs-{account_id}")}
    if waf:
        names.update(web_acl=Name("waf_web_acl", name), waf_log_group=Name("log_group", f"aws-waf-logs-{name}"),
                     waf_metrics={m: Name("waf_metric", f"{name}-{m}" if m else name)
                                  for m in ("", "rate-limit", "body-size", *waf_rule_groups,
                                            *(f"{kind}-{i}" for i in range(waf_hosts) for kind in ("host", "rate-host")))})
    return names


@dataclass(frozen=True, kw_only=True)
class TargetGroupSpec:
    key: str  # short, stable: part of the resource address and the AWS name
    port: int
    hosts: Sequence[str] = ()  # host-header values routed here; may be empty for the default only
    paths: Sequence[str] = ()  # path patterns routed here ("/api/*"); combined with hosts when both are given
    priority: int = 0  # listener rule priority, required when hosts or paths are given
    health_check_path: str = "/health"
    health_check_matcher: str = "200-399"
    # Client CIDRs allowed to reach ``hosts`` (a source-ip condition on the host rule; other
    # sources get a 403 from a rule just after it instead of the default target). Empty: any.
    source_cidrs: Sequence[str] = ()


@dataclass(frozen=True, kw_only=True)
class WafHostLimits:
    rate_limit: int | None = None  # requests per 5 minutes from one IP; None = the ACL's waf_rate_limit
    large_bodies: bool = False  # exempt from SizeRestrictions_BODY (8 KB) of the common rule set


# The label the common rule set's body-size rule adds (it counts instead of blocking when
# some hosts take large bodies; "body-size-limit" blocks for the other hosts).
_BODY_LABEL = "awswaf:managed:aws:core-rule-set:SizeRestrictions_Body"
_COMMON = "AWSManagedRulesCommonRuleSet"


@dataclass(frozen=True, kw_only=True)
class LoadBalancerProps:
    name: str  # at most 32 characters (an ELB limit); target groups are "<name>-<key>"
    vpc_id: str
    subnet_ids: Sequence[str]
    # The load balancer's own security group (``connections``, port 443): AWS name and description.
    security_group_name: str
    security_group_description: str
    # Names the group in the ids of rules admitting it (default: the construct id).
    security_group_label: str | None = None
    # None: HTTP only, no redirect (see the module docstring).
    certificate_arn: str | None
    region: str
    account_id: str
    target_groups: Sequence[TargetGroupSpec]
    default_target: str  # key of the target group the listener forwards unmatched requests to
    internal: bool = False
    ssl_policy: str = MODERN_TLS_POLICY
    deletion_protection: bool = False
    idle_timeout: int = 60
    access_log_bucket_name: str | None = None  # None: "<name>-alb-logs-<account>"
    access_log_retention_days: int = 90
    # Bucket that receives the S3 server access logs of the ALB log bucket; None = none. Its
    # policy, when that bucket is in the same root, orders the logging after it (see
    # SecureBucketProps.access_log_bucket_policy).
    server_access_log_bucket: str | None = None
    server_access_log_bucket_policy: S3BucketPolicy | None = None
    # WAFv2 web ACL in front of the listeners. None (default): on for an internet-facing
    # load balancer, off for an internal one; True/False force it.
    web_acl: bool | None = None
    waf_rule_groups: Sequence[str] = DEFAULT_WAF_RULE_GROUPS  # AWS managed rule groups, in priority order
    # Rule group -> rules of it that count instead of block.
    waf_count_only_rules: Mapping[str, Sequence[str]] = field(default_factory=lambda: dict(DEFAULT_WAF_COUNT_ONLY))
    # Requests per 5 minutes from one client IP before WAF blocks it; 0 = no rate rule.
    waf_rate_limit: int = 2000
    # The web ACL logs to "aws-waf-logs-<name>" (a prefix WAF requires) encrypted with this key.
    log_kms_key_arn: str | None = None
    waf_log_retention_days: int = 90
    waf_mode: Literal["block", "count"] = "block"  # "count" to observe a new rule set before it blocks
    # Per host (the Host header): its own per-IP rate limit instead of waf_rate_limit, and/or
    # bodies over the 8 KB the common rule set blocks (server-to-server ingestion batches).
    waf_hosts: Mapping[str, "WafHostLimits"] = field(default_factory=dict)

    @property
    def waf_enabled(self) -> bool:
        return (not self.internal) if self.web_acl is None else self.web_acl

    @property
    def names(self) -> dict:
        return load_balancer_names(self.name, [t.key for t in self.target_groups], account_id=self.account_id,
                                   access_log_bucket_name=self.access_log_bucket_name, waf=self.waf_enabled,
                                   waf_rule_groups=self.waf_rule_groups, waf_hosts=len(self.waf_hosts))

    def __post_init__(self) -> None:
        if self.waf_enabled and not self.log_kms_key_arn:
            raise ValueError(f"load balancer {self.name}: the WAF web ACL needs log_kms_key_arn for its log group")
        if self.waf_enabled and not self.waf_rule_groups and not self.waf_rate_limit:
            raise ValueError(f"load balancer {self.name}: the WAF web ACL needs waf_rule_groups or waf_rate_limit")
        if self.waf_rate_limit and not 10 <= self.waf_rate_limit <= 2_000_000_000:
            raise ValueError(f"load balancer {self.name}: waf_rate_limit must be 0 or 10-2000000000")
        if len(self.waf_hosts) > 4:
            raise ValueError(f"load balancer {self.name}: at most 4 hosts with WAF limits of their own (their rules "
                             "sit before the managed rule groups, priorities 1-9)")
        keys = [t.key for t in self.target_groups]
        if self.default_target not in keys:
            raise ValueError(f"default_target {self.default_target!r} is not one of the target groups {keys}")
        for name in (self.names["load_balancer"], *self.names["target_groups"].values()):
            wrong = KINDS[name.kind].problem(name.value)
            if wrong:
                raise ValueError(f"{name.value} {wrong}")
        for t in self.target_groups:
            if (t.hosts or t.paths) and t.priority <= 0:
                raise ValueError(f"target group {t.key!r} routes hosts or paths but has no listener rule priority")
        priorities = [t.priority for t in self.target_groups if t.hosts or t.paths]
        priorities += [t.priority + 1 for t in self.target_groups if (t.hosts or t.paths) and t.source_cidrs]
        if len(set(priorities)) != len(priorities):
            raise ValueError("listener rule priorities must be unique")


class LoadBalancer(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: LoadBalancerProps) -> None:
        super().__init__(scope, construct_id)
        self.security_group = WorkloadSecurityGroup(self, "security_group", name=props.security_group_name,
                                                    description=props.security_group_description,
                                                    vpc_id=props.vpc_id, label=props.security_group_label or construct_id)
        self.connections = Connections(self.security_group, 443 if props.certificate_arn else 80)
        names = props.names
        bucket_name = names["log_bucket"].value
        prefix = "alb"
        log_objects = f"arn:aws:s3:::{bucket_name}/{prefix}/AWSLogs/{props.account_id}/*"
        elb_account = _ELB_LOG_ACCOUNTS.get(props.region)
        writer = ({"AWS": f"arn:aws:iam::{elb_account}:root"} if elb_account
                  else {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"})
        self.log_bucket = SecureBucket(self, "access_logs", SecureBucketProps(
            name=bucket_name, encryption="AES256", expire_after_days=props.access_log_retention_days,
            access_log_bucket=props.server_access_log_bucket, access_log_prefix=f"{bucket_name}/",
            access_log_bucket_policy=props.server_access_log_bucket_policy,
            policy_statements=[Statement(sid="ElbWritesAccessLogs", actions=["s3:PutObject"], principals=writer,
                                         resources=[log_objects])]))
        self.lb = Lb(self, "lb", name=names["load_balancer"].value, load_balancer_type="application", internal=props.internal,
                     subnets=list(props.subnet_ids), security_groups=[self.security_group.id],
                     # Requests with malformed headers are a request-smuggling vector.
                     drop_invalid_header_fields=True, enable_deletion_protection=props.deletion_protection,
                     idle_timeout=props.idle_timeout,
                     access_logs=LbAccessLogs(bucket=self.log_bucket.name, prefix=prefix, enabled=True),
                     # ELB checks that it may write to the log bucket when access logs are
                     # switched on, so the bucket policy admitting it must exist first.
                     depends_on=[self.log_bucket.policy])
        self.arn: str = self.lb.arn
        self.arn_suffix: str = self.lb.arn_suffix
        self.dns_name: str = self.lb.dns_name
        self.zone_id: str = self.lb.zone_id

        self.target_groups: dict[str, LbTargetGroup] = {}
        for spec in props.target_groups:
            self.target_groups[spec.key] = LbTargetGroup(
                self, f"{spec.key.replace('-', '_')}_target_group", name=names["target_groups"][spec.key].value,
                port=spec.port, protocol="HTTP", target_type="ip", vpc_id=props.vpc_id,
                # Fargate tasks drain quickly; the 300 s default only slows deployments.
                deregistration_delay="30",
                health_check=LbTargetGroupHealthCheck(
                    enabled=True, path=spec.health_check_path, matcher=spec.health_check_matcher, protocol="HTTP",
                    interval=30, timeout=5, healthy_threshold=2, unhealthy_threshold=3))

        forward = [LbListenerDefaultAction(type="forward",
                                           target_group_arn=self.target_groups[props.default_target].arn)]
        if props.certificate_arn:
            LbListener(self, "http_listener", load_balancer_arn=self.arn, port=80, protocol="HTTP",
                       default_action=[LbListenerDefaultAction(
                           type="redirect", redirect=LbListenerDefaultActionRedirect(
                               status_code="HTTP_301", protocol="HTTPS", port="443"))])
            self.https_listener: LbListener | None = LbListener(
                self, "https_listener", load_balancer_arn=self.arn, port=443, protocol="HTTPS",
                ssl_policy=props.ssl_policy, certificate_arn=props.certificate_arn, default_action=forward)
            self.listener = self.https_listener
        else:
            self.https_listener = None
            self.listener = LbListener(self, "http_listener", load_balancer_arn=self.arn, port=80, protocol="HTTP",
                                       default_action=forward)
        # What forwards to each target group: its host/path rule, else (the default target)
        # the listener. A target group nothing forwards to has no load balancer in AWS's
        # eyes, and ECS refuses to register a service with it.
        self.forwarders: dict[str, TerraformResource] = {props.default_target: self.listener}
        for spec in props.target_groups:
            if not (spec.hosts or spec.paths):
                continue
            conditions = []
            if spec.hosts:
                conditions.append(LbListenerRuleCondition(
                    host_header=LbListenerRuleConditionHostHeader(values=list(spec.hosts))))
            if spec.paths:
                conditions.append(LbListenerRuleCondition(
                    path_pattern=LbListenerRuleConditionPathPattern(values=list(spec.paths))))
            kind = "host" if spec.hosts else "path"
            label = spec.key.replace('-', '_')
            source = [LbListenerRuleCondition(source_ip=LbListenerRuleConditionSourceIp(values=list(spec.source_cidrs)))]
            self.forwarders[spec.key] = LbListenerRule(
                self, f"{label}_{kind}_rule", listener_arn=self.listener.arn, priority=spec.priority,
                condition=conditions + (source if spec.source_cidrs else []),
                action=[LbListenerRuleAction(type="forward", target_group_arn=self.target_groups[spec.key].arn)])
            if spec.source_cidrs:
                # The same requests from anywhere else: refused here, never passed to the default target.
                LbListenerRule(self, f"{label}_{kind}_refused", listener_arn=self.listener.arn,
                               priority=spec.priority + 1, condition=conditions,
                               action=[LbListenerRuleAction(type="fixed-response",
                                                            fixed_response=LbListenerRuleActionFixedResponse(
                                                                content_type="text/plain", status_code="403",
                                                                message_body="Forbidden"))])

        self.web_acl: Wafv2WebAcl | None = self._web_acl(props) if props.waf_enabled else None

    def _web_acl(self, props: LoadBalancerProps) -> Wafv2WebAcl:
        names = props.names

        def visibility(metric: str) -> dict:
            return {"cloudwatch_metrics_enabled": True, "metric_name": names["waf_metrics"][metric].value,
                    "sampled_requests_enabled": True}

        override = ({"none": Wafv2WebAclRuleOverrideActionNone()} if props.waf_mode == "block"
                    else {"count": {}})
        count_only = {g: tuple(r) for g, r in props.waf_count_only_rules.items()}
        if any(l.large_bodies for l in props.waf_hosts.values()) and _COMMON in props.waf_rule_groups:
            count_only[_COMMON] = (*count_only.get(_COMMON, ()), "SizeRestrictions_BODY")
        rules = [Wafv2WebAclRule(
            name=group, priority=10 * (i + 1), override_action=Wafv2WebAclRuleOverrideAction(**override),
            statement={"managed_rule_group_statement": {
                "name": group, "vendor_name": "AWS",
                **({"rule_action_override": [{"name": rule, "action_to_use": {"count": {}}}
                                             for rule in count_only[group]]}
                   if count_only.get(group) else {})}},
            visibility_config=Wafv2WebAclRuleVisibilityConfig(**visibility(group)))
            for i, group in enumerate(props.waf_rule_groups)]
        block = {"block": {}} if props.waf_mode == "block" else {"count": {}}
        own_rate = {h: l for h, l in props.waf_hosts.items() if l.rate_limit}
        large = [h for h, l in props.waf_hosts.items() if l.large_bodies]
        # Hosts with limits of their own are labelled first; later rules match the labels
        # (a label match without a namespace looks at labels of this web ACL).
        for i, (host, limits) in enumerate(sorted(props.waf_hosts.items())):
            labels = ([f"atlas:host:{i}"] + (["atlas:own-rate-limit"] if limits.rate_limit else [])
                      + (["atlas:large-bodies"] if limits.large_bodies else []))
            rules.append(Wafv2WebAclRule(
                name=f"host-{i}-label", priority=1 + i, action={"count": {}},
                rule_label=[{"name": label} for label in labels],
                statement={"byte_match_statement": {
                    "field_to_match": {"single_header": {"name": "host"}}, "positional_constraint": "EXACTLY",
                    "search_string": host, "text_transformation": [{"priority": 0, "type": "LOWERCASE"}]}},
                visibility_config=Wafv2WebAclRuleVisibilityConfig(**visibility(f"host-{i}"))))
        if props.waf_rate_limit:
            statement = {"limit": props.waf_rate_limit, "aggregate_key_type": "IP"}
            if own_rate:
                statement["scope_down_statement"] = {"not_statement": {"statement": {"label_match_statement": {
                    "scope": "LABEL", "key": "atlas:own-rate-limit"}}}}
            rules.append(Wafv2WebAclRule(
                name="rate-limit-per-ip", priority=1 + len(props.waf_hosts), action=block,
                statement={"rate_based_statement": statement},
                visibility_config=Wafv2WebAclRuleVisibilityConfig(**visibility("rate-limit"))))
        for i, (host, limits) in enumerate(sorted(props.waf_hosts.items())):
            if limits.rate_limit:
                rules.append(Wafv2WebAclRule(
                    name=f"rate-limit-host-{i}", priority=2 + len(props.waf_hosts) + i, action=block,
                    statement={"rate_based_statement": {
                        "limit": limits.rate_limit, "aggregate_key_type": "IP",
                        "scope_down_statement": {"label_match_statement": {"scope": "LABEL",
                                                                           "key": f"atlas:host:{i}"}}}},
                    visibility_config=Wafv2WebAclRuleVisibilityConfig(**visibility(f"rate-host-{i}"))))
        if large and _COMMON in props.waf_rule_groups:
            # The common rule set's 8 KB body rule only labels; this blocks for the other hosts.
            rules.append(Wafv2WebAclRule(
                name="body-size-limit", priority=10 * (len(props.waf_rule_groups) + 1), action=block,
                statement={"and_statement": {"statement": [
                    {"label_match_statement": {"scope": "LABEL", "key": _BODY_LABEL}},
                    {"not_statement": {"statement": {"label_match_statement": {"scope": "LABEL",
                                                                               "key": "atlas:large-bodies"}}}}]}},
                visibility_config=Wafv2WebAclRuleVisibilityConfig(**visibility("body-size"))))
        acl = Wafv2WebAcl(self, "web_acl", name=names["web_acl"].value, scope="REGIONAL",
                          description=f"{props.name} load balancer",
                          default_action=Wafv2WebAclDefaultAction(allow=Wafv2WebAclDefaultActionAllow()),
                          rule=sorted(rules, key=lambda r: r.priority),
                          visibility_config=Wafv2WebAclVisibilityConfig(**visibility("")))
        Wafv2WebAclAssociation(self, "web_acl_association", resource_arn=self.arn, web_acl_arn=acl.arn)
        logs = log_group(self, "waf_log_group", name=names["waf_log_group"].value,
                         retention_days=props.waf_log_retention_days, kms_key_arn=props.log_kms_key_arn or "")
        Wafv2WebAclLoggingConfiguration(self, "web_acl_logging", resource_arn=acl.arn,
                                        log_destination_configs=[logs.arn])
        return acl

    def target_group_arn(self, key: str) -> str:
        return self.target_groups[key].arn

    def plain_http_listener(self, construct_id: str, *, port: int, target: str) -> LbListener:
        """Plain HTTP on ``port`` straight to one target group, for machine clients inside the
        VPC that cannot validate the HTTPS certificate (a public ACM certificate cannot name a
        private zone or the load balancer's own AWS name, and they trust no private CA).
        Nobody reaches it until the caller admits named client groups on ``port``
        (``connections.allow_from(client, port=port)``): never a CIDR, never the internet."""
        if port in (80, 443):
            raise ValueError(f"{construct_id}: ports 80 and 443 are the load balancer's own listeners")
        return LbListener(self, construct_id, load_balancer_arn=self.arn, port=port, protocol="HTTP",
                          default_action=[LbListenerDefaultAction(type="forward",
                                                                  target_group_arn=self.target_groups[target].arn)])

    def forwarder(self, key: str) -> TerraformResource | None:
        """The listener rule (or the listener, for the default target) forwarding to ``key``'s
        target group; None when nothing does (a host-routed target without hosts)."""
        return self.forwarders.get(key)

    def alias_records(self, scope: Construct, zone_id: str, names: Mapping[str, str]) -> None:
        """An alias A record per ``{construct id: host name}`` in ``zone_id``, answering with
        the load balancer (created under ``scope``, where their addresses have always been)."""
        for construct_id, name in names.items():
            Route53Record(scope, construct_id, zone_id=zone_id, name=name, type="A", alias=Route53RecordAlias(
                name=self.dns_name, zone_id=self.zone_id, evaluate_target_health=True))
