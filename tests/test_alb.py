"""LoadBalancer: HTTPS with a modern policy, HTTP redirect, host rules, default target, logs."""

from __future__ import annotations

import pytest

from atlas.constructs.alb import MODERN_TLS_POLICY, LoadBalancer, LoadBalancerProps, TargetGroupSpec
from tests.helpers import policy, resources, synth_construct

CERT = "arn:aws:acm:eu-west-1:111111111111:certificate/abc"
PROPS = dict(name="edge", vpc_id="vpc-1", subnet_ids=["subnet-a", "subnet-b"], security_group_name="edge-alb",
             security_group_description="edge load balancer",
             certificate_arn=CERT, region="eu-west-1", account_id="111111111111", default_target="api",
             log_kms_key_arn="arn:aws:kms:eu-west-1:111111111111:key/logs",
             target_groups=[TargetGroupSpec(key="api", port=8080, hosts=["api.example.com"], priority=10),
                            TargetGroupSpec(key="ui", port=3000, hosts=["ui.example.com"], priority=20,
                                            health_check_path="/ready")])


@pytest.fixture(scope="module")
def doc():
    return synth_construct(lambda stack: LoadBalancer(stack, "alb", LoadBalancerProps(**PROPS)))


def test_internet_facing_with_dropped_invalid_headers_and_access_logs(doc):
    (lb,) = resources(doc, "aws_lb").values()
    assert lb["internal"] is False and lb["load_balancer_type"] == "application"
    assert lb["drop_invalid_header_fields"] is True
    assert lb["access_logs"]["enabled"] is True and lb["access_logs"]["prefix"] == "alb"
    (sse,) = resources(doc, "aws_s3_bucket_server_side_encryption_configuration").values()
    assert sse["rule"][0]["apply_server_side_encryption_by_default"]["sse_algorithm"] == "AES256"
    (bucket_policy,) = resources(doc, "aws_s3_bucket_policy").values()
    writer = policy(bucket_policy)["Statement"][1]
    assert writer["Principal"] == {"AWS": "arn:aws:iam::156460612806:root"}  # ELB account of eu-west-1
    assert writer["Resource"] == "arn:aws:s3:::edge-alb-logs-111111111111/alb/AWSLogs/111111111111/*"


def test_the_load_balancer_waits_for_its_log_bucket_policy(doc):
    """ELB verifies it may write to the log bucket when access logs are switched on."""
    (lb,) = resources(doc, "aws_lb").values()
    assert lb["access_logs"]["bucket"] == "${aws_s3_bucket.alb_access_logs_bucket.bucket}"
    assert lb["depends_on"] == ["aws_s3_bucket_policy.alb_access_logs_policy"]
    assert resources(doc, "aws_s3_bucket_logging") == {}  # no server access log bucket given


def test_the_log_bucket_access_logging_waits_for_the_server_access_log_bucket_policy():
    from atlas.constructs.s3 import server_access_log_bucket

    def make(stack, ordered: bool):
        logs = server_access_log_bucket(stack, "logs", name="logs-bucket", account_id="111111111111",
                                        retention_days=90)
        LoadBalancer(stack, "alb", LoadBalancerProps(**PROPS, server_access_log_bucket=logs.name,
                                                     server_access_log_bucket_policy=logs.policy if ordered else None))
    (logging,) = resources(synth_construct(lambda s: make(s, True)), "aws_s3_bucket_logging").values()
    assert logging["target_bucket"] == "${aws_s3_bucket.logs_bucket.bucket}"
    assert logging["depends_on"] == ["aws_s3_bucket_policy.logs_policy"]
    (logging,) = resources(synth_construct(lambda s: make(s, False)), "aws_s3_bucket_logging").values()
    assert "depends_on" not in logging


def test_https_listener_and_http_redirect(doc):
    listeners = resources(doc, "aws_lb_listener")
    https = listeners["alb_https_listener"]
    assert https["port"] == 443 and https["protocol"] == "HTTPS" and https["certificate_arn"] == CERT
    assert https["ssl_policy"] == MODERN_TLS_POLICY
    assert https["default_action"][0]["target_group_arn"] == "${aws_lb_target_group.alb_api_target_group.arn}"
    redirect = listeners["alb_http_listener"]["default_action"][0]
    assert redirect["type"] == "redirect" and redirect["redirect"]["protocol"] == "HTTPS"
    assert redirect["redirect"]["status_code"] == "HTTP_301"


def test_host_rules_and_target_groups(doc):
    rules = resources(doc, "aws_lb_listener_rule")
    assert {n: (r["priority"], r["condition"][0]["host_header"]["values"]) for n, r in rules.items()} == {
        "alb_api_host_rule": (10, ["api.example.com"]), "alb_ui_host_rule": (20, ["ui.example.com"])}
    groups = resources(doc, "aws_lb_target_group")
    ui = groups["alb_ui_target_group"]
    assert ui["name"] == "edge-ui" and ui["target_type"] == "ip" and ui["port"] == 3000
    assert ui["health_check"]["path"] == "/ready"


def test_internal_switch():
    doc = synth_construct(lambda stack: LoadBalancer(stack, "alb", LoadBalancerProps(**{**PROPS, "internal": True})))
    (lb,) = resources(doc, "aws_lb").values()
    assert lb["internal"] is True
    # Reachable only from the VPC: no web ACL unless asked for.
    assert resources(doc, "aws_wafv2_web_acl") == {} and resources(doc, "aws_wafv2_web_acl_association") == {}


def test_internet_facing_gets_a_logged_web_acl_with_managed_rules(doc):
    (acl,) = resources(doc, "aws_wafv2_web_acl").values()
    assert acl["scope"] == "REGIONAL" and acl["default_action"] == {"allow": {}}
    rules = {r["name"]: r for r in acl["rule"]}
    groups = {n: r["statement"]["managed_rule_group_statement"] for n, r in rules.items()
              if "managed_rule_group_statement" in r["statement"]}
    assert set(groups) == {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                           "AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesAnonymousIpList"}
    assert all(g["vendor_name"] == "AWS" and rules[n]["override_action"] == {"none": {}} for n, g in groups.items())
    assert groups["AWSManagedRulesAnonymousIpList"]["rule_action_override"] == [
        {"name": "HostingProviderIPList", "action_to_use": {"count": {}}}]
    assert rules["rate-limit-per-ip"]["statement"]["rate_based_statement"] == {"limit": 2000, "aggregate_key_type": "IP"}
    assert rules["rate-limit-per-ip"]["action"] == {"block": {}}
    (assoc,) = resources(doc, "aws_wafv2_web_acl_association").values()
    assert assoc == {**assoc, "resource_arn": "${aws_lb.alb_lb.arn}", "web_acl_arn": "${aws_wafv2_web_acl.alb_web_acl.arn}"}
    (group,) = resources(doc, "aws_cloudwatch_log_group").values()
    assert group["name"] == "aws-waf-logs-edge" and group["kms_key_id"].startswith("arn:aws:kms:")
    (logging,) = resources(doc, "aws_wafv2_web_acl_logging_configuration").values()
    assert logging["log_destination_configs"] == ["${aws_cloudwatch_log_group.alb_waf_log_group.arn}"]


def test_web_acl_switch_and_count_mode():
    off = synth_construct(lambda stack: LoadBalancer(stack, "alb", LoadBalancerProps(**{**PROPS, "web_acl": False})))
    assert resources(off, "aws_wafv2_web_acl") == {} and resources(off, "aws_cloudwatch_log_group") == {}
    internal_on = synth_construct(lambda stack: LoadBalancer(stack, "alb", LoadBalancerProps(
        **{**PROPS, "internal": True, "web_acl": True, "waf_mode": "count", "waf_rate_limit": 0})))
    (acl,) = resources(internal_on, "aws_wafv2_web_acl").values()
    assert "rate-limit-per-ip" not in {r["name"] for r in acl["rule"]}
    assert {str(r["override_action"]) for r in acl["rule"]} == {"{'count': {}}"}


def test_log_bucket_server_access_logging_switch(doc):
    assert resources(doc, "aws_s3_bucket_logging") == {}
    logged = synth_construct(lambda stack: LoadBalancer(stack, "alb", LoadBalancerProps(
        **{**PROPS, "server_access_log_bucket": "logs-bucket"})))
    (logging,) = resources(logged, "aws_s3_bucket_logging").values()
    assert logging["target_bucket"] == "logs-bucket" and logging["target_prefix"] == "edge-alb-logs-111111111111/"


@pytest.mark.parametrize("change, message", [
    (dict(default_target="nope"), "default_target"),
    (dict(name="x" * 33), "load balancer names allow at most 32"),
    (dict(name="x" * 30), "target group names allow at most 32"),  # "<name>-<key>" (atlas.naming, as the settings check)
    (dict(target_groups=[TargetGroupSpec(key="api", port=1, hosts=["a.example.com"])]), "priority"),
    (dict(log_kms_key_arn=None), "needs log_kms_key_arn"),
    (dict(waf_rate_limit=5), "waf_rate_limit"),
])
def test_bad_props_are_refused(change, message):
    with pytest.raises(ValueError, match=message):
        LoadBalancerProps(**{**PROPS, **change})


def test_the_load_balancer_owns_its_group_and_admits_nobody_until_told(doc):
    (group,) = resources(doc, "aws_security_group").values()
    assert group["name"] == "edge-alb" and group["vpc_id"] == "vpc-1"
    (lb,) = resources(doc, "aws_lb").values()
    assert lb["security_groups"] == ["${aws_security_group.alb_security_group_group.id}"]
    assert resources(doc, "aws_vpc_security_group_ingress_rule") == {}


def test_connections_open_https_by_default_and_other_ports_when_named():
    def make(stack):
        alb = LoadBalancer(stack, "alb", LoadBalancerProps(**PROPS))
        alb.connections.allow_from_cidrs("office", ["198.51.100.0/24"], description="HTTPS from the office")
        alb.connections.allow_from_cidrs("office", ["198.51.100.0/24"], port=80, description="redirect")
    rules = resources(synth_construct(make), "aws_vpc_security_group_ingress_rule")
    assert sorted((r["from_port"], r["cidr_ipv4"]) for r in rules.values()) == [(80, "198.51.100.0/24"),
                                                                                (443, "198.51.100.0/24")]
