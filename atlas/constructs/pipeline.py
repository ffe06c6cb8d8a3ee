"""The lake pipeline on Step Functions: Glue bronze -> silver, the silver crawler, dbt on
Athena (silver -> gold) as an ECS task, then a freshness heartbeat per silver table.

Every name the definition uses is a reference to a resource of the same root (the job,
crawler, cluster, task definition, subnets, security group and alert topic), never a
spelled name: renaming any of them updates the definition in the same plan
(``atlas.rules.terraform.state_machine_names_own_resources`` checks it). Each step retries
with exponential backoff, then takes the failure path (an SNS message with the error, then
a Fail state, which the ExecutionsFailed alarm sees). Executions are logged (ALL events,
with execution data) to a KMS-encrypted log group and traced in X-Ray; the definition and
execution data are encrypted with the platform key. The role may start exactly this job,
crawler and task, and pass exactly the task's two roles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Sequence

from cdktf_cdktf_provider_aws.glue_crawler import GlueCrawler
from cdktf_cdktf_provider_aws.glue_job import GlueJob
from cdktf_cdktf_provider_aws.scheduler_schedule import (
    SchedulerSchedule,
    SchedulerScheduleFlexibleTimeWindow,
    SchedulerScheduleTarget,
    SchedulerScheduleTargetRetryPolicy,
)
from cdktf_cdktf_provider_aws.sfn_state_machine import (
    SfnStateMachine,
    SfnStateMachineEncryptionConfiguration,
    SfnStateMachineLoggingConfiguration,
    SfnStateMachineTracingConfiguration,
)

from atlas.cdk import Construct
from atlas.constructs.ecs import FargateService
from atlas.constructs.iam import Statement
from atlas.constructs.kms import EncryptionKey
from atlas.constructs.logs import log_group
from atlas.constructs.service_roles import ServiceRoles

FRESHNESS_NAMESPACE = "EDP/Pipeline"
FRESHNESS_METRIC = "SilverTableRefreshed"


@dataclass(frozen=True, kw_only=True)
class PipelineProps:
    name: str
    region: str
    account_id: str
    job: GlueJob
    crawler: GlueCrawler
    dbt: FargateService  # a task (run_as_service=False)
    cluster_arn: str
    subnet_ids: Sequence[str]
    alert_topic_arn: str
    key: EncryptionKey  # encrypts the definition, execution data and the alert topic
    logs_key_arn: str
    log_retention_days: int
    roles: ServiceRoles  # holds "states" (and "scheduler" when a schedule is given)
    silver_tables: Sequence[str]
    schedule: str | None = None
    max_attempts: int = 3
    crawler_poll_seconds: int = 30
    # The whole run, crawler polling included, ends after this long (then: timed out).
    timeout_seconds: int = 4 * 3600


class Pipeline(Construct):
    def __init__(self, scope: Construct, construct_id: str, props: PipelineProps) -> None:
        super().__init__(scope, construct_id)
        p = props
        self.log_group = log_group(self, "log_group", name=f"/aws/vendedlogs/states/{p.name}",
                                   retention_days=p.log_retention_days, kms_key_arn=p.logs_key_arn)
        self.definition = definition(p)
        policy = p.roles.grant("states", self._statements(p))
        self.state_machine = SfnStateMachine(
            self, "state_machine", name=p.name, role_arn=p.roles.arn("states"), type="STANDARD",
            definition=json.dumps(self.definition, sort_keys=True),
            logging_configuration=SfnStateMachineLoggingConfiguration(
                log_destination=f"{self.log_group.arn}:*", include_execution_data=True, level="ALL"),
            tracing_configuration=SfnStateMachineTracingConfiguration(enabled=True),
            encryption_configuration=SfnStateMachineEncryptionConfiguration(
                type="CUSTOMER_MANAGED_KMS_KEY", kms_key_id=p.key.arn, kms_data_key_reuse_period_seconds=300),
            # Step Functions validates the role's logging and KMS rights at create time.
            depends_on=[policy])
        self.arn: str = self.state_machine.arn
        if p.schedule:
            scheduler_policy = p.roles.grant("scheduler", [
                Statement(sid="StartPipeline", actions=["states:StartExecution"], resources=[self.arn]),
                p.key.grant_use("ScheduleKey")])
            SchedulerSchedule(self, "schedule", name=p.name, schedule_expression=p.schedule,
                              schedule_expression_timezone="UTC", description=f"{p.name}: daily lake refresh",
                              kms_key_arn=p.key.arn,
                              flexible_time_window=SchedulerScheduleFlexibleTimeWindow(mode="OFF"),
                              target=SchedulerScheduleTarget(
                                  arn=self.arn, role_arn=p.roles.arn("scheduler"),
                                  retry_policy=SchedulerScheduleTargetRetryPolicy(maximum_retry_attempts=3)),
                              depends_on=[scheduler_policy])

    def _statements(self, p: PipelineProps) -> list[Statement]:
        region, account = p.region, p.account_id
        task = p.dbt.task_definition
        return [
            Statement(sid="RunBronzeToSilver", actions=["glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns",
                                                        "glue:BatchStopJobRun"],
                      resources=[f"arn:aws:glue:{region}:{account}:job/{p.job.name}"]),
            Statement(sid="RunSilverCrawler", actions=["glue:StartCrawler", "glue:GetCrawler"],
                      resources=[f"arn:aws:glue:{region}:{account}:crawler/{p.crawler.name}"]),
            Statement(sid="RunDbt", actions=["ecs:RunTask"],
                      resources=[f"arn:aws:ecs:{region}:{account}:task-definition/{task.family}:*"],
                      conditions={"ArnEquals": {"ecs:cluster": p.cluster_arn}}),
            Statement(sid="WatchDbt", actions=["ecs:StopTask", "ecs:DescribeTasks"],
                      resources=[f"arn:aws:ecs:{region}:{account}:task/*"],
                      conditions={"ArnEquals": {"ecs:cluster": p.cluster_arn}}),
            Statement(sid="PassDbtRoles", actions=["iam:PassRole"],
                      resources=[p.dbt.task_role.arn, p.dbt.execution_role.arn],
                      conditions={"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}),
            # The .sync integration with ECS learns of task ends through this managed rule.
            Statement(sid="SyncRule", actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                      resources=[f"arn:aws:events:{region}:{account}:rule/StepFunctionsGetEventsForECSTaskRule"]),
            Statement(sid="Alert", actions=["sns:Publish"], resources=[p.alert_topic_arn]),
            Statement(sid="Heartbeat", actions=["cloudwatch:PutMetricData"], resources=["*"],
                      conditions={"StringEquals": {"cloudwatch:namespace": FRESHNESS_NAMESPACE}}),
            p.key.grant_use("PlatformKey"),
            # CloudWatch Logs delivery and X-Ray have no resource-level permissions.
            Statement(sid="LogDelivery", actions=["logs:CreateLogDelivery", "logs:GetLogDelivery",
                                                  "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                                                  "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                                                  "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"],
                      resources=["*"]),
            Statement(sid="Tracing", actions=["xray:PutTraceSegments", "xray:PutTelemetryRecords",
                                              "xray:GetSamplingRules", "xray:GetSamplingTargets"],
                      resources=["*"]),
        ]


def definition(p: PipelineProps) -> dict[str, Any]:
    """The Amazon States Language document (a dict; tokens become references)."""
    retry = ([{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 30, "MaxAttempts": p.max_attempts - 1,
               "BackoffRate": 2.0}] if p.max_attempts > 1 else [])
    catch = [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "NotifyFailure"}]

    def task(resource: str, parameters: dict, nxt: str, **extra: Any) -> dict:
        state = {"Type": "Task", "Resource": resource, "Parameters": parameters, "Catch": catch, "Next": nxt,
                 "ResultPath": None, **extra}
        if retry:
            state["Retry"] = extra.pop("Retry", None) or retry
        return state

    container = p.dbt.props.name
    states = {
        "BronzeToSilver": task("arn:aws:states:::glue:startJobRun.sync", {"JobName": p.job.name}, "StartCrawler"),
        "StartCrawler": task("arn:aws:states:::aws-sdk:glue:startCrawler", {"Name": p.crawler.name},
                             "WaitForCrawler",
                             # A crawl still running from an earlier start is waited out.
                             Retry=[{"ErrorEquals": ["Glue.CrawlerRunningException"], "IntervalSeconds": 60,
                                     "MaxAttempts": 10, "BackoffRate": 1.0}] + retry),
        "WaitForCrawler": {"Type": "Wait", "Seconds": p.crawler_poll_seconds, "Next": "GetCrawler"},
        "GetCrawler": {**task("arn:aws:states:::aws-sdk:glue:getCrawler", {"Name": p.crawler.name},
                              "CrawlerFinished"),
                       "ResultSelector": {"State.$": "$.Crawler.State", "LastCrawl.$": "$.Crawler.LastCrawl"},
                       "ResultPath": "$.crawler"},
        "CrawlerFinished": {"Type": "Choice", "Default": "WaitForCrawler", "Choices": [
            {"Variable": "$.crawler.State", "StringEquals": "READY", "Next": "CrawlerSucceeded"}]},
        "CrawlerSucceeded": {"Type": "Choice", "Default": "NotifyFailure", "Choices": [
            {"Variable": "$.crawler.LastCrawl.Status", "StringEquals": "SUCCEEDED", "Next": "SilverToGold"}]},
        "SilverToGold": task("arn:aws:states:::ecs:runTask.sync", {
            "Cluster": p.cluster_arn, "TaskDefinition": p.dbt.task_definition.arn, "LaunchType": "FARGATE",
            "NetworkConfiguration": {"AwsvpcConfiguration": {
                "Subnets": list(p.subnet_ids), "SecurityGroups": [p.dbt.security_group.id],
                "AssignPublicIp": "DISABLED"}},
            "Overrides": {"ContainerOverrides": [{"Name": container, "Environment": [
                {"Name": "PIPELINE_EXECUTION", "Value.$": "$$.Execution.Name"}]}]}}, "PublishFreshness"),
        "PublishFreshness": task("arn:aws:states:::aws-sdk:cloudwatch:putMetricData", {
            "Namespace": FRESHNESS_NAMESPACE,
            "MetricData": [{"MetricName": FRESHNESS_METRIC, "Unit": "Count", "Value": 1,
                            "Dimensions": [{"Name": "Pipeline", "Value": p.name}, {"Name": "Table", "Value": t}]}
                           for t in p.silver_tables]}, "Succeeded"),
        "NotifyFailure": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "ResultPath": None,
                          "Parameters": {"TopicArn": p.alert_topic_arn, "Subject": f"{p.name} failed",
                                         "Message.$": "States.JsonToString($)"},
                          "Next": "Failed"},
        "Failed": {"Type": "Fail", "Error": "PipelineFailed", "Cause": "a step failed after its retries; "
                   "the alert message holds the error"},
        "Succeeded": {"Type": "Succeed"},
    }
    return {"Comment": f"{p.name}: bronze -> silver (Glue), silver crawler, silver -> gold (dbt on Athena)",
            "StartAt": "BronzeToSilver", "TimeoutSeconds": p.timeout_seconds, "States": states}
