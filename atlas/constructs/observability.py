"""Operator alerting: an SNS topic with the operator's email, CloudWatch alarms, a budget.

Alarms publish to the topic (KMS-encrypted with a key CloudWatch may use); the budget
emails the operator directly, because AWS Budgets cannot publish to an encrypted topic
without a key policy for budgets.amazonaws.com and email is all it needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal, Mapping, Sequence

from cdktf_cdktf_provider_aws.budgets_budget import BudgetsBudget, BudgetsBudgetNotification
from cdktf_cdktf_provider_aws.cloudwatch_dashboard import CloudwatchDashboard
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription

from atlas.cdk import Construct


@dataclass(frozen=True, kw_only=True)
class AlertTopicProps:
    name: str
    # None: no subscription in Terraform (the topic's subscribers are added elsewhere).
    email: str | None
    kms_key_arn: str  # the key policy must let cloudwatch.amazonaws.com use it


class AlertTopic(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: AlertTopicProps) -> None:
        super().__init__(scope, construct_id)
        self.topic = SnsTopic(self, "topic", name=props.name, kms_master_key_id=props.kms_key_arn)
        self.arn: str = self.topic.arn
        # Email subscriptions stay "pending confirmation" until the operator clicks the link.
        if props.email is not None:
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
    # Missing data is not an alarm by default (a quiet service at night is not an outage);
    # a heartbeat metric (published only on success) sets "breaching": silence is the alarm.
    treat_missing_data: Literal["notBreaching", "breaching", "ignore", "missing"] = "notBreaching"


def alarm(scope: Construct, construct_id: str, spec: AlarmSpec, topic_arn: str) -> CloudwatchMetricAlarm:
    """One metric alarm that notifies on alarm and on recovery."""
    return CloudwatchMetricAlarm(
        scope, construct_id, alarm_name=spec.name, alarm_description=spec.description,
        namespace=spec.namespace, metric_name=spec.metric, dimensions=dict(spec.dimensions),
        statistic=spec.statistic, period=spec.period, evaluation_periods=spec.evaluation_periods,
        threshold=spec.threshold, comparison_operator=spec.comparison, treat_missing_data=spec.treat_missing_data,
        alarm_actions=[topic_arn], ok_actions=[topic_arn])


def dashboard(scope: Construct, construct_id: str, *, name: str, region: str,
              specs: Sequence[AlarmSpec]) -> CloudwatchDashboard:
    """A CloudWatch dashboard with one graph per alarm spec (its metric, dimensions and
    threshold), in the order given: what pages the operator is what the dashboard shows."""
    widgets = []
    for i, spec in enumerate(specs):
        metric = [spec.namespace, spec.metric] + [part for k, v in sorted(spec.dimensions.items()) for part in (k, v)]
        widgets.append({"type": "metric", "x": 12 * (i % 2), "y": 6 * (i // 2), "width": 12, "height": 6,
                        "properties": {"title": spec.description, "region": region, "stat": spec.statistic,
                                       "period": spec.period, "view": "timeSeries", "metrics": [metric],
                                       "annotations": {"horizontal": [{"label": "alarm", "value": spec.threshold}]}}})
    return CloudwatchDashboard(scope, construct_id, dashboard_name=name,
                               dashboard_body=json.dumps({"widgets": widgets}, sort_keys=True))


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


# -- the alarm catalogue: metric names and dimensions exactly as each service publishes them --

def load_balancer_alarms(prefix: str, arn_suffix: str, target_groups: Mapping[str, str]) -> list[AlarmSpec]:
    """5xx from the ALB itself, and unhealthy targets per target group (key -> arn suffix)."""
    specs = [AlarmSpec(name=f"{prefix}-alb-5xx", description="The ALB answered with 5xx errors",
                       namespace="AWS/ApplicationELB", metric="HTTPCode_ELB_5XX_Count", statistic="Sum",
                       dimensions={"LoadBalancer": arn_suffix}, threshold=10)]
    for key, tg_suffix in target_groups.items():
        specs.append(AlarmSpec(name=f"{prefix}-{key}-unhealthy-targets", description=f"{key}: unhealthy ALB targets",
                               namespace="AWS/ApplicationELB", metric="UnHealthyHostCount", statistic="Maximum",
                               dimensions={"LoadBalancer": arn_suffix, "TargetGroup": tg_suffix}, threshold=1))
    return specs


def ecs_service_alarms(cluster_name: str, service_name: str) -> list[AlarmSpec]:
    """CPU and memory of one ECS service (Container Insights' service-level metrics)."""
    return [AlarmSpec(name=f"{service_name}-{label}", description=f"{service_name}: {label} above 85 %",
                      namespace="AWS/ECS", metric=metric, threshold=85,
                      dimensions={"ClusterName": cluster_name, "ServiceName": service_name})
            for metric, label in (("CPUUtilization", "cpu"), ("MemoryUtilization", "memory"))]


def rds_alarms(prefix: str, key: str, identifier: str) -> list[AlarmSpec]:
    """CPU above 80 % and less than 2 GiB of free storage on one RDS instance."""
    return [
        AlarmSpec(name=f"{prefix}-{key}-db-cpu", description=f"{key} database: CPU above 80 %",
                  namespace="AWS/RDS", metric="CPUUtilization", threshold=80,
                  dimensions={"DBInstanceIdentifier": identifier}),
        AlarmSpec(name=f"{prefix}-{key}-db-free-storage", description=f"{key} database: < 2 GiB free",
                  namespace="AWS/RDS", metric="FreeStorageSpace", threshold=2 * 1024 ** 3,
                  comparison="LessThanThreshold", statistic="Minimum",
                  dimensions={"DBInstanceIdentifier": identifier}),
    ]


def replication_slot_alarms(prefix: str, key: str, identifier: str, *, wal_cap_bytes: int) -> list[AlarmSpec]:
    """A logical replication slot falling behind on one RDS PostgreSQL instance.

    ``OldestReplicationSlotLag`` (bytes of WAL the most lagging slot has not confirmed) above
    half of ``max_slot_wal_keep_size`` (``wal_cap_bytes``): past the cap PostgreSQL invalidates
    the slot and the CDC reader needs a new snapshot, so the alarm leaves half the cap to act.
    ``TransactionLogsDiskUsage`` (bytes of WAL on disk) at the cap: WAL takes as much disk as a
    slot may hold back, whoever holds it. Both in AWS/RDS by ``DBInstanceIdentifier`` (Amazon
    RDS User Guide, "Amazon CloudWatch metrics for Amazon RDS": both apply to PostgreSQL)."""
    dimensions = {"DBInstanceIdentifier": identifier}
    return [
        AlarmSpec(name=f"{prefix}-{key}-db-replication-slot-lag",
                  description=f"{key} database: a replication slot holds back more than half of the WAL cap",
                  namespace="AWS/RDS", metric="OldestReplicationSlotLag", statistic="Maximum",
                  threshold=wal_cap_bytes // 2, comparison="GreaterThanThreshold", dimensions=dimensions),
        AlarmSpec(name=f"{prefix}-{key}-db-wal-disk",
                  description=f"{key} database: WAL on disk reached the replication slot WAL cap",
                  namespace="AWS/RDS", metric="TransactionLogsDiskUsage", statistic="Maximum",
                  threshold=wal_cap_bytes, dimensions=dimensions),
    ]


def msk_broker_disk_alarms(prefix: str, cluster_name: str, brokers: int) -> list[AlarmSpec]:
    """Data-disk use per broker (MSK publishes ``KafkaDataLogsDiskUsed`` per "Broker ID")."""
    return [AlarmSpec(name=f"{prefix}-msk-broker-{broker}-disk", description=f"MSK broker {broker}: "
                      "data disk above 80 %", namespace="AWS/Kafka", metric="KafkaDataLogsDiskUsed",
                      statistic="Maximum", threshold=80,
                      dimensions={"Cluster Name": cluster_name, "Broker ID": str(broker)})
            for broker in range(1, brokers + 1)]


def msk_cluster_alarms(prefix: str, cluster_name: str, brokers: int, *, cpu_percent: int = 60) -> list[AlarmSpec]:
    """Broker health beyond disk: CPU (``CpuUser`` per "Broker ID"; MSK advises keeping user
    plus system CPU under 60 %), under-replicated partitions per broker, and the cluster's
    active controller count (``ActiveControllerCount`` on "Cluster Name" only; the sum over
    the brokers is 1 when healthy, 0 when no controller is elected). Names and dimensions as
    MSK publishes them at the DEFAULT level."""
    specs = msk_broker_disk_alarms(prefix, cluster_name, brokers)
    for broker in range(1, brokers + 1):
        dimensions = {"Cluster Name": cluster_name, "Broker ID": str(broker)}
        specs += [
            AlarmSpec(name=f"{prefix}-msk-broker-{broker}-cpu", description=f"MSK broker {broker}: user CPU above "
                      f"{cpu_percent} %", namespace="AWS/Kafka", metric="CpuUser", threshold=cpu_percent,
                      dimensions=dimensions),
            AlarmSpec(name=f"{prefix}-msk-broker-{broker}-under-replicated", description=f"MSK broker {broker}: "
                      "under-replicated partitions", namespace="AWS/Kafka", metric="UnderReplicatedPartitions",
                      statistic="Maximum", threshold=1, dimensions=dimensions),
        ]
    specs.append(AlarmSpec(name=f"{prefix}-msk-active-controller", description="MSK: no active controller",
                           namespace="AWS/Kafka", metric="ActiveControllerCount", statistic="Sum", threshold=1,
                           comparison="LessThanThreshold", period=60, evaluation_periods=3,
                           dimensions={"Cluster Name": cluster_name}))
    return specs


def alarms(topic: AlertTopic, prefix: str, specs: Sequence[AlarmSpec]) -> list[CloudwatchMetricAlarm]:
    """One alarm per spec under the topic it notifies; each id is the spec name without the
    prefix (``alb_5xx``)."""
    return [alarm(topic, spec.name.removeprefix(f"{prefix}-").replace("-", "_"), spec, topic.arn) for spec in specs]


def load_balancer_latency_alarms(prefix: str, arn_suffix: str, *, latency_seconds: float = 2.0) -> list[AlarmSpec]:
    """Slow answers and 5xx from the targets (the ALB's own 5xx are in ``load_balancer_alarms``)."""
    return [
        AlarmSpec(name=f"{prefix}-alb-latency", description=f"ALB targets answer slower than {latency_seconds} s",
                  namespace="AWS/ApplicationELB", metric="TargetResponseTime", statistic="Average",
                  dimensions={"LoadBalancer": arn_suffix}, threshold=latency_seconds, evaluation_periods=3),
        AlarmSpec(name=f"{prefix}-alb-target-5xx", description="ALB targets answered with 5xx errors",
                  namespace="AWS/ApplicationELB", metric="HTTPCode_Target_5XX_Count", statistic="Sum",
                  dimensions={"LoadBalancer": arn_suffix}, threshold=10),
    ]


def ecs_running_tasks_alarm(cluster_name: str, service_name: str, desired_count: int) -> AlarmSpec:
    """Fewer running tasks than desired (Container Insights publishes RunningTaskCount per
    service in ECS/ContainerInsights)."""
    return AlarmSpec(name=f"{service_name}-running-tasks", description=f"{service_name}: fewer tasks running than "
                     f"the {desired_count} desired", namespace="ECS/ContainerInsights", metric="RunningTaskCount",
                     statistic="Minimum", comparison="LessThanThreshold", threshold=desired_count,
                     dimensions={"ClusterName": cluster_name, "ServiceName": service_name}, period=60,
                     evaluation_periods=5)


def state_machine_alarms(prefix: str, state_machine_arn: str) -> list[AlarmSpec]:
    """A pipeline run that failed, timed out or was aborted (AWS/States, by StateMachineArn)."""
    return [AlarmSpec(name=f"{prefix}-pipeline-{label}", description=f"pipeline run {label.replace('-', ' ')}",
                      namespace="AWS/States", metric=metric, statistic="Sum", threshold=1, evaluation_periods=1,
                      dimensions={"StateMachineArn": state_machine_arn})
            for metric, label in (("ExecutionsFailed", "failed"), ("ExecutionsTimedOut", "timed-out"),
                                  ("ExecutionsAborted", "aborted"))]


def freshness_alarms(prefix: str, *, namespace: str, metric: str, dimensions: Mapping[str, str],
                     tables: Sequence[str], stale_after_hours: int) -> list[AlarmSpec]:
    """One alarm per table on a heartbeat the pipeline publishes on success (``metric`` = 1
    with ``dimensions`` plus ``Table``): no data point for ``stale_after_hours`` hourly
    periods is the alarm, so missing data is breaching."""
    return [AlarmSpec(name=f"{prefix}-stale-silver-{table.replace('_', '-')}",
                      description=f"silver table {table} not refreshed for {stale_after_hours} h",
                      namespace=namespace, metric=metric, statistic="Sum", comparison="LessThanThreshold",
                      threshold=1, period=3600, evaluation_periods=stale_after_hours,
                      dimensions={**dimensions, "Table": table}, treat_missing_data="breaching")
            for table in tables]
