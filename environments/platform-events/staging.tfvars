# Platform events staging: production sizing of the brokers (kafka.m7g.xlarge) with the
# same node count as dev, a NAT gateway per zone, workloads on EKS (IRSA), no Grafana.
# Shares account 666666666666 with dev: every name carries the name_prefix
# ("platform-events-stg": prefixes are limited to 22 characters for now).
name_prefix       = "platform-events-stg"
environment_class = "staging"
region            = "eu-central-1"
account_id        = "666666666666"

state = {
  bucket = "platform-events-terraform-state-666666666666"
  region = "eu-central-1"
}

log_retention_days = 30

network = {
  cidr                    = "10.71.0.0/16"
  availability_zones      = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
  public_subnet_cidrs     = ["10.71.0.0/24", "10.71.1.0/24", "10.71.2.0/24"]
  private_subnet_cidrs    = ["10.71.16.0/20", "10.71.32.0/20", "10.71.48.0/20"]
  single_nat_gateway      = false
  flow_log_retention_days = 90
}

msk = {
  kafka_version          = "3.7.x"
  broker_instance_type   = "kafka.m7g.xlarge"
  number_of_broker_nodes = 3
  volume_size_gb         = 250
  enhanced_monitoring    = "PER_TOPIC_PER_PARTITION"
}

topics = {
  partitions          = 6
  replication_factor  = 3
  min_insync_replicas = 2
  retention_hours     = 168
}

contracts = "contracts/platform-events"

# Consumers of customer profiles upgrade in lockstep with producers in staging tests.
schema_compatibility = {
  "customers.customer-profile.v1" = "FULL"
}

kafka_runner = {
  cidrs              = ["10.250.8.0/22"]
  security_group_ids = ["sg-0d1e2f3a4b5c6d7e8"]
}

workloads = {
  compute               = "eks"
  eks_oidc_provider_arn = "arn:aws:iam::666666666666:oidc-provider/oidc.eks.eu-central-1.amazonaws.com/id/5C9D4E1A2B3F4A5B6C7D8E9F0A1B2C3D"
  namespace             = "platform-events"
}

alerts = {
  email = "platform-events-staging-alerts@example.com"
}

tags = {
  owner       = "platform-team"
  cost-center = "platform-events"
}
