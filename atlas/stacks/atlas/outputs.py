"""What an Atlas root publishes: the contract staging2 (and anything else) reads."""

from __future__ import annotations

from atlas.state import Contract, Output

EXAMPLE_BROKERS = ("b-1.pocatlasdevmsk.a1b2c3.c2.kafka.eu-west-1.amazonaws.com:{port},"
                   "b-2.pocatlasdevmsk.a1b2c3.c2.kafka.eu-west-1.amazonaws.com:{port}")


class AtlasOutputs(Contract):
    """What an Atlas root publishes; the network and cluster fields only where the root owns them."""

    alb_dns_name = Output("DNS name of the Atlas ALB (CNAME the hosts to it).",
                          example="poc-atlas-dev-1234567890.eu-west-1.elb.amazonaws.com")
    ecs_cluster_arn = Output("The workload plane's ECS cluster.",
                             example="arn:aws:ecs:eu-west-1:111111111111:cluster/poc-atlas-dev")
    vpc_id = Output("The Atlas VPC (shared with environments that share MSK).", example="vpc-0a1b2c3d4e5f60718",
                    optional=True)
    vpc_cidr = Output("CIDR of the Atlas VPC.", example="10.20.0.0/16", optional=True)
    public_subnet_ids = Output("Public subnets, one per zone.",
                               example=["subnet-0b1c2d3e4f5a60718", "subnet-0b1c2d3e4f5a60719"], optional=True)
    private_subnet_ids = Output("Private subnets, one per availability zone.",
                                example=["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"], optional=True)
    msk_cluster_arn = Output("ARN of the MSK cluster.",
                             example="arn:aws:kafka:eu-west-1:111111111111:cluster/poc-atlas-dev-msk/"
                                     "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9-2", optional=True)
    msk_security_group_id = Output("Security group of the MSK brokers; sharing roots add their client rules to it.",
                                   example="sg-0a1b2c3d4e5f60718", optional=True)
    bootstrap_brokers_tls = Output("Private bootstrap brokers with IAM auth over TLS (port 9098), for clients in "
                                   "the VPC (the MSK attribute bootstrap_brokers_sasl_iam).",
                                   example=EXAMPLE_BROKERS.format(port=9098), optional=True)
    bootstrap_brokers_public_tls = Output("Public bootstrap brokers with IAM auth over TLS (port 9198), for external "
                                          "clients (the MSK attribute bootstrap_brokers_public_sasl_iam).",
                                          example=EXAMPLE_BROKERS.format(port=9198).replace("b-", "b-pub-"),
                                          optional=True)
    bootstrap_brokers_vpc_connectivity_iam = Output(
        "Bootstrap brokers with IAM auth over TLS through multi-VPC private connectivity, for clients in other "
        "VPCs and accounts (their managed VPC connections; the MSK attribute "
        "bootstrap_brokers_vpc_connectivity_sasl_iam). Empty until the steady rollout step turns it on.",
        example="b-1.pocatlasdevmsk.a1b2c3.c2.kafka.eu-west-1.amazonaws.com:14001,"
                "b-2.pocatlasdevmsk.a1b2c3.c2.kafka.eu-west-1.amazonaws.com:14002", optional=True)
    msk_replication_factor = Output("Replication factor of the cluster's topics (its default.replication.factor); "
                                    "the kafka roots create topics with it.", example=2, optional=True)
