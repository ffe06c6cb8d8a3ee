# Bad input: a production environment opening public MSK to 0.0.0.0/0
name_prefix       = "atlas-prod"
environment_class = "production"
region            = "eu-west-1"
account_id        = "222222222222"

state = {
  bucket = "atlas-terraform-state-222222222222"
  region = "eu-west-1"
}

network = {
  cidr                    = "10.40.0.0/16"
  availability_zones      = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs     = ["10.40.0.0/24", "10.40.1.0/24"]
  private_subnet_cidrs    = ["10.40.10.0/23", "10.40.12.0/23"]
  single_nat_gateway      = false
  flow_log_retention_days = 365
}

log_retention_days = 90

certificate_arn        = "arn:aws:acm:eu-west-1:222222222222:certificate/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
events_ingestion_host  = "events.atlas.example.com"
dashboard_backend_host = "dashboard-api.atlas.example.com"
kafka_ui_host          = "kafka-ui.atlas.example.com"

services = {
  events_ingestion = {
    image         = "222222222222.dkr.ecr.eu-west-1.amazonaws.com/atlas/events-ingestion:1.14.2"
    port          = 8080
    cpu           = 1024
    memory        = 2048
    desired_count = 3
  }
  dashboard_backend = {
    image         = "222222222222.dkr.ecr.eu-west-1.amazonaws.com/atlas/dashboard-backend:2.3.0"
    port          = 8000
    cpu           = 1024
    memory        = 2048
    desired_count = 2
    secret_keys   = ["DATABASE_URL", "REDIS_URL"]
  }
  scoring = {
    image         = "222222222222.dkr.ecr.eu-west-1.amazonaws.com/atlas/scoring:0.9.4"
    port          = 8083
    cpu           = 1024
    memory        = 2048
    desired_count = 2
  }
  kafka_ui = {
    image             = "ghcr.io/kafbat/kafka-ui:v1.2.0"
    port              = 8080
    health_check_path = "/actuator/health"
  }
  camunda = {
    image             = "camunda/camunda-bpm-platform:run-7.22.0"
    port              = 8080
    cpu               = 2048
    memory            = 4096
    desired_count     = 2
    health_check_path = "/engine-rest/version"
  }
}

kafka = {
  events_topic             = "atlas.events.raw"
  events_dlq_topic         = "atlas.events.dlq"
  scoring_output_topic     = "atlas.l3.user.score"
  scoring_dlq_topic        = "atlas.scoring.dlq"
  dashboard_consumer_group = "atlas-dashboard-backend"
  kafka_ui_cluster_label   = "atlas-prod"
}

dashboard_scoring_base_url_enabled = true

msk = {
  kafka_version          = "3.6.0"
  broker_instance_type   = "kafka.m5.large"
  number_of_broker_nodes = 4
  volume_size_gb         = 500
  enhanced_monitoring    = "PER_TOPIC_PER_BROKER"
  public_access          = true
  broker_subnets         = "public"
  public_access_cidrs    = ["0.0.0.0/0"]
  multi_vpc_connectivity = true
}

# The MSK Connect S3 sink is on: the object below turns it on.
s3_sink = {
  topics           = ["atlas.events.raw", "atlas.l3.user.score"]
  prefix           = "kafka-exports"
  partition_fields = ["event_type", "event_date"]
  # The built Confluent S3 sink archive (README: "Staging the MSK Connect plugin"); the root
  # copies it into its plugin bucket and S3 checks the SHA-256 before the plugin is created.
  plugin = {
    s3_uri  = "s3://atlas-build-artifacts-222222222222/kafka-connect/confluentinc-kafka-connect-s3-10.5.13.zip"
    sha256  = "5f0c3a2b8e1d47c69a0b3f2e4d5c6b7a8091a2b3c4d5e6f708192a3b4c5d6e7f"
    classes = ["io.confluent.connect.s3.S3SinkConnector", "io.confluent.connect.s3.storage.S3Storage",
               "io.confluent.connect.s3.format.json.JsonFormat",
               "io.confluent.connect.storage.partitioner.FieldPartitioner"]
  }
  mcu_count        = 1
  min_workers      = 1
  max_workers      = 4
}

dashboard_db = {
  database_name            = "dashboard"
  instance_class           = "db.m6g.large"
  allocated_storage_gb     = 100
  max_allocated_storage_gb = 500
  multi_az                 = true
  deletion_protection      = true
  backup_retention_days    = 14
  parameters = {
    "rds.logical_replication" = "1"
  }
}

camunda_db = {
  database_name         = "camunda"
  instance_class        = "db.m6g.large"
  allocated_storage_gb  = 50
  multi_az              = true
  deletion_protection   = true
  backup_retention_days = 14
}

cache = {
  engine             = "valkey"
  engine_version     = "8.0"
  node_type          = "cache.m7g.large"
  num_cache_clusters = 2
}

# No ClickHouse Cloud Prometheus agent in prod (no clickhouse_prometheus_agent object).

alerts = {
  email = "atlas-oncall@example.com"
}

budget = {
  monthly_limit_usd = 6000
}

tags = {
  owner       = "atlas-platform"
  cost-center = "atlas"
}

kafka_ui_access = {
  oauth2 = {
    issuer_uri = "https://login.example.com/realms/atlas"
    client_id  = "atlas-prod-kafka-ui"
  }
  allowed_cidrs = ["192.0.2.0/28"]
}
