"""Alert topic with email, alarms wired to it, and the monthly budget."""

from __future__ import annotations

from atlas.constructs.observability import AlarmSpec, AlertTopic, AlertTopicProps, MonthlyBudget, \
    MonthlyBudgetProps, alarm
from tests.helpers import resources, synth_construct


def test_topic_alarm_and_budget():
    def make(stack):
        topic = AlertTopic(stack, "alerts", AlertTopicProps(name="ops", email="ops@example.com",
                                                            kms_key_arn="arn:aws:kms:eu-west-1:1:key/k"))
        alarm(stack, "cpu", AlarmSpec(name="svc-cpu", description="cpu", namespace="AWS/ECS", metric="CPUUtilization",
                                      dimensions={"ClusterName": "c", "ServiceName": "s"}, threshold=85), topic.arn)
        MonthlyBudget(stack, "budget", MonthlyBudgetProps(name="ops-monthly", limit_usd=500, email="ops@example.com"))
    doc = synth_construct(make)
    (topic,) = resources(doc, "aws_sns_topic").values()
    assert topic["kms_master_key_id"].startswith("arn:aws:kms:")
    (sub,) = resources(doc, "aws_sns_topic_subscription").values()
    assert sub["protocol"] == "email" and sub["endpoint"] == "ops@example.com"
    (cpu,) = resources(doc, "aws_cloudwatch_metric_alarm").values()
    assert cpu["alarm_actions"] == cpu["ok_actions"] == ["${aws_sns_topic.alerts_topic.arn}"]
    assert cpu["threshold"] == 85 and cpu["treat_missing_data"] == "notBreaching"
    (budget,) = resources(doc, "aws_budgets_budget").values()
    assert budget["limit_amount"] == "500" and budget["time_unit"] == "MONTHLY"
    kinds = sorted((n["notification_type"], n["threshold"]) for n in budget["notification"])
    assert kinds == [("ACTUAL", 80), ("ACTUAL", 100), ("FORECASTED", 100)]
    assert all(n["subscriber_email_addresses"] == ["ops@example.com"] for n in budget["notification"])
