"""Operator alerting: an SNS topic with the operator's email, CloudWatch alarms, a budget.

Alarms publish to the topic (KMS-encrypted with a key CloudWatch may use); the budget
emails the operator directly, because AWS Budgets cannot publish to an encrypted topic
without a key policy for budgets.amazonaws.com and email is all it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Mapping

from cdktf_cdktf_provider_aws.budgets_budget import BudgetsBudget, BudgetsBudgetNotification
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription

from atlas.cdk import Construct


@dataclass(frozen=True, kw_only=True)
class AlertTopicProps:
    name: str
    email: str
    kms_key_arn: str  # the key policy must let cloudwatch.amazonaws.com use it


class AlertTopic(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: AlertTopicProps) -> None:
        super().__init__(scope, construct_id)
        self.topic = SnsTopic(self, "topic", name=props.name, kms_master_key_id=props.kms_key_arn)
        self.arn: str = self.topic.arn
        # Email subscriptions stay "pending confirmation" until the operator clicks the link.
        SnsTopicSubscription(self, "email", topic_arn=self.arn, protocol="email", endpoint=props.email)


@dataclass(frozen=True, kw_only=True)
class AlarmSpec:
    name: str
    description: str
    namespace: str
    metric: str
    dimensions: Mapping[str, str]
    threshold: float
    comparison: Literal["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold",
                        "LessThanOrEqualToThreshold"] = "GreaterThanOrEqualToThreshold"
    statistic: Literal["Average", "Sum", "Maximum", "Minimum"] = "Average"
    period: int = 300
    evaluation_periods: int = 2


def alarm(scope: Construct, construct_id: str, spec: AlarmSpec, topic_arn: str) -> CloudwatchMetricAlarm:
    """One metric alarm that notifies on alarm and on recovery; missing data is not an alarm
    (a quiet service at night is not an outage)."""
    return CloudwatchMetricAlarm(
        scope, construct_id, alarm_name=spec.name, alarm_description=spec.description,
        namespace=spec.namespace, metric_name=spec.metric, dimensions=dict(spec.dimensions),
        statistic=spec.statistic, period=spec.period, evaluation_periods=spec.evaluation_periods,
        threshold=spec.threshold, comparison_operator=spec.comparison, treat_missing_data="notBreaching",
        alarm_actions=[topic_arn], ok_actions=[topic_arn])


@dataclass(frozen=True, kw_only=True)
class MonthlyBudgetProps:
    name: str
    limit_usd: int
    email: str
    # Alert at these percentages of the limit on actual spend, and at 100 % of forecast.
    actual_thresholds: tuple[int, ...] = (80, 100)


class MonthlyBudget(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: MonthlyBudgetProps) -> None:
        super().__init__(scope, construct_id)
        notifications = [BudgetsBudgetNotification(
            comparison_operator="GREATER_THAN", notification_type="ACTUAL", threshold=t, threshold_type="PERCENTAGE",
            subscriber_email_addresses=[props.email]) for t in props.actual_thresholds]
        notifications.append(BudgetsBudgetNotification(
            comparison_operator="GREATER_THAN", notification_type="FORECASTED", threshold=100,
            threshold_type="PERCENTAGE", subscriber_email_addresses=[props.email]))
        self.budget = BudgetsBudget(self, "budget", name=props.name, budget_type="COST", time_unit="MONTHLY",
                                    limit_amount=str(props.limit_usd), limit_unit="USD", notification=notifications)
