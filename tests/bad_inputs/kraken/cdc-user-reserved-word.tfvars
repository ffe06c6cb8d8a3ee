# Bad input: Debezium's login is a PostgreSQL reserved word (judged by the naming table)
# Kraken dev: its own VPC, a single NAT gateway, MNPI object lock in GOVERNANCE mode so
# the buckets can still be emptied when the environment is rebuilt (by the deploy role: the
# MNPI bucket policies admit no other administrator, see mnpi_access).
name_prefix = "kraken-cdcw"
region      = "eu-west-1"
account_id  = "333333333333"

environment_class  = "development"
log_retention_days = 30

state = {
  bucket = "kraken-terraform-state-333333333333"
  region = "eu-west-1"
}

network = {
  cidr                    = "10.40.0.0/16"
  availability_zones      = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  public_subnet_cidrs     = ["10.40.0.0/24", "10.40.1.0/24", "10.40.2.0/24"]
  private_subnet_cidrs    = ["10.40.10.0/24", "10.40.11.0/24", "10.40.12.0/24"]
  single_nat_gateway      = true
  flow_log_retention_days = 30
}

lake = {
  mnpi_object_lock = true
  object_lock_mode = "GOVERNANCE"
  object_lock_days = 30
}

database = {
  database_name            = "kraken"
  master_username          = "kraken_admin"
  instance_class           = "db.t4g.medium"
  allocated_storage_gb     = 50
  max_allocated_storage_gb = 200
  multi_az                 = false
  deletion_protection      = false
}

msk = {
  kafka_version          = "3.6.0"
  broker_instance_type   = "kafka.m5.large"
  number_of_broker_nodes = 3
  # The infra root generates the AmazonMSK_* passwords (write-only, never in state) before it
  # associates them, so this works in the first apply.
  associate_scram_secrets = true
  volume_size_gb         = 100
  enhanced_monitoring    = "PER_BROKER"
}

# The kafka root's runner: the Spacelift private worker pool (tooling VPC, peered with this
# one) reaches the brokers on the IAM listener and assumes the Kafka admin role.
terraform_runner = {
  cidrs     = ["10.90.8.0/24"]
  role_arns = ["arn:aws:iam::333333333333:role/spacelift-kraken-dev-worker"]
}

topics = {
  replication_factor  = 3
  min_insync_replicas = 2
  partitions          = 3
}

connectors = {
  plugin_bucket_arn = "arn:aws:s3:::kraken-dev-msk-plugins-333333333333"
  # Built zips: the stock connector plus what its worker configuration loads (the stock zips
  # bundle neither the MSK config providers nor the Avro converter).
  debezium_plugin = {
    s3_key  = "plugins/debezium-connector-postgres-2.7.3-msk-config-providers-avro.zip"
    bundles = ["msk-config-providers", "avro-converter"]
  }
  s3_sink_plugin = {
    s3_key  = "plugins/confluentinc-kafka-connect-s3-10.5.23-avro.zip"
    bundles = ["avro-converter"]
  }
}

certificate_arn = "arn:aws:acm:eu-west-1:333333333333:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"

services = {
  schema_registry = { image = "confluentinc/cp-schema-registry:7.6.1", cpu = 512, memory = 1024 }
  cruise_control  = { image = "public.ecr.aws/kraken/cruise-control:2.5.138", cpu = 512, memory = 2048 }
  prometheus      = { image = "prom/prometheus:v2.53.0", cpu = 512, memory = 2048 }
  alertmanager    = { image = "prom/alertmanager:v0.27.0", cpu = 512, memory = 1024 }
}

route53_private_zone_id = "Z0123456789ABCDEFGHIJ"
private_domain          = "kraken-dev.internal"

tags = {
  owner       = "kraken-data-platform"
  cost-center = "kraken"
}

cdc_user = {
  username = "select"
}
