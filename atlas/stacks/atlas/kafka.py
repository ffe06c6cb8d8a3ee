"""``atlas-<env>-kafka``: the topics a workload plane uses, created on its MSK cluster.

The cluster refuses auto-creation (``auto.create.topics.enable = false``), so nothing else
creates the events topic, the DLQs or the scoring output topic. This root creates them with
the ``mongey/kafka`` provider signing in with IAM (the provider version every platform uses,
``schemas/kafka@0.13.1.json``), on the brokers the cluster owner publishes: its own
``atlas-<env>`` root, or the owner's for an environment that shares a cluster (staging2
reads ``atlas-staging``). It runs after the owner's root (its state is read), and needs
network access to the brokers at plan time (``kafka_admin.endpoint``); the runner's IAM
policy must allow ``kafka-cluster:Connect``, ``DescribeCluster``, ``CreateTopic``,
``DescribeTopic``, ``AlterTopic``, ``DescribeTopicDynamicConfiguration`` and
``AlterTopicDynamicConfiguration`` on the cluster and these topics.
"""

from __future__ import annotations

from kafka.topic import Topic

from atlas.cdk import Construct, Fn, Token
from atlas.config.atlas import AtlasSettings
from atlas.stacks.atlas.outputs import AtlasOutputs
from atlas.stacks.base import PlatformStack
from atlas.stacks.kraken.kafka import iam_kafka_provider
from atlas.state import Contract, Output, RootId


class AtlasKafkaOutputs(Contract):
    topic_names = Output("The topics of this workload plane by role (events, events_dlq, scoring_output, "
                         "scoring_dlq), created by this root.",
                         example={"events_topic": "atlas.events.raw", "events_dlq_topic": "atlas.events.dlq",
                                  "scoring_output_topic": "atlas.l3.user.score",
                                  "scoring_dlq_topic": "atlas.scoring.dlq"})


class AtlasKafkaStack(PlatformStack):
    def __init__(self, scope: Construct, root: RootId, settings: AtlasSettings, *, owner: RootId,
                 local_backend: bool) -> None:
        super().__init__(scope, root, settings, local_backend=local_backend, outputs=AtlasKafkaOutputs)
        upstream = self.read(AtlasOutputs, owner, label="cluster")  # not the owner's name: the same in every environment
        admin = settings.kafka_admin
        brokers = upstream.string(AtlasOutputs.bootstrap_brokers_public_tls if admin.endpoint == "public"
                                  else AtlasOutputs.bootstrap_brokers_tls)
        iam_kafka_provider(self, "kafka", bootstrap_servers=Token.as_list(Fn.split(",", brokers)),
                           region=settings.region, role_arn=admin.role_arn)
        # The owner's cluster decides the replication (its default.replication.factor, which
        # it publishes); min.insync.replicas comes from the cluster configuration too.
        replication = Token.as_number(upstream.string(AtlasOutputs.msk_replication_factor))
        topics = {role: Topic(self, f"topic_{role.removesuffix('_topic')}", name=name,
                              partitions=admin.partitions, replication_factor=replication)
                  for role, name in sorted(settings.kafka.topics.items())}
        self.publish(AtlasKafkaOutputs.topic_names, {role: topic.name for role, topic in topics.items()})
        # Topics that exist on the cluster already (created by hand before this root).
        self.import_existing(settings.existing_in(kafka_root=True))
