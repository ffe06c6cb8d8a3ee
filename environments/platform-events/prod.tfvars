# Platform events production: six kafka.m7g.xlarge brokers (two per zone) for HA, a NAT
# gateway per zone, Grafana signed in through IAM Identity Center, 90-day logs.
name_prefix       = "platform-events-prod"
environment_class = "production"
region            = "eu-central-1"
account_id        = "555555555555"

state = {
  bucket = "platform-events-terraform-state-555555555555"
  region = "eu-central-1"
}

log_retention_days = 90

network = {
  cidr                    = "10.72.0.0/16"
  availability_zones      = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
  public_subnet_cidrs     = ["10.72.0.0/24", "10.72.1.0/24", "10.72.2.0/24"]
  private_subnet_cidrs    = ["10.72.16.0/20", "10.72.32.0/20", "10.72.48.0/20"]
  single_nat_gateway      = false
  flow_log_retention_days = 365
}

msk = {
  kafka_version          = "3.7.x"
  broker_instance_type   = "kafka.m7g.xlarge"
  number_of_broker_nodes = 6
  volume_size_gb         = 1000
  enhanced_monitoring    = "PER_TOPIC_PER_PARTITION"
}

topics = {
  partitions          = 12
  replication_factor  = 3
  min_insync_replicas = 2
  retention_hours     = 168
}

contracts = "contracts/platform-events"

schema_compatibility = {
  "customers.customer-profile.v1" = "FULL_ALL"
  "payments.payment-captured.v1"  = "BACKWARD_ALL"
}

kafka_runner = {
  security_group_ids = ["sg-0a9b8c7d6e5f4a3b2"]
  role_arn           = "arn:aws:iam::555555555555:role/platform-events-prod-kafka-runner"
}

workloads = {
  compute = "ecs"
}

grafana = {
  authentication_providers = ["AWS_SSO"]
  # IAM Identity Center groups (console: IAM Identity Center, Groups): the platform team
  # administers the workspace, on-call engineers edit dashboards.
  admin_group_ids  = ["9067a2d4f1-3b8e4c2a-9f1d-4c2a-8e5b-0e5b7c6a8d42"]
  editor_group_ids = ["9067a2d4f1-5d1c4e7b-8a3f-4b6d-9c1a-2c9e4b6d1a07"]
}

alerts = {
  email = "platform-events-oncall@example.com"
}

tags = {
  owner       = "platform-team"
  cost-center = "platform-events"
}
