# Bad input: an Avro record field without a type
# Platform events dev: the event backbone blueprint at its smallest (three kafka.m7g.large
# brokers), one NAT gateway for cost, no Grafana (billed hourly; switch it on when needed).
# Shares account 666666666666 with staging: every name carries the name_prefix.
name_prefix       = "platform-events-case"
environment_class = "development"
region            = "eu-central-1"
account_id        = "666666666666"

state = {
  bucket = "platform-events-terraform-state-666666666666"
  region = "eu-central-1"
}

log_retention_days = 30

network = {
  cidr                    = "10.70.0.0/16"
  availability_zones      = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
  public_subnet_cidrs     = ["10.70.0.0/24", "10.70.1.0/24", "10.70.2.0/24"]
  private_subnet_cidrs    = ["10.70.16.0/20", "10.70.32.0/20", "10.70.48.0/20"]
  single_nat_gateway      = true
  flow_log_retention_days = 30
}

msk = {
  kafka_version          = "3.7.x"
  broker_instance_type   = "kafka.m7g.large"
  number_of_broker_nodes = 3
  volume_size_gb         = 100
  enhanced_monitoring    = "PER_TOPIC_PER_PARTITION"
}

topics = {
  partitions          = 3
  replication_factor  = 3
  min_insync_replicas = 2
  retention_hours     = 72
}

contracts = "tests/bad_inputs/contracts/bad-avro"

# The Spacelift private worker pool's subnets (peered with this VPC) run the Kafka root.
kafka_runner = {
  cidrs = ["10.250.8.0/22"]
}

workloads = {
  compute = "ecs"
}

alerts = {
  email = "platform-events-dev-alerts@example.com"
}

tags = {
  owner       = "platform-team"
  cost-center = "platform-events"
}
