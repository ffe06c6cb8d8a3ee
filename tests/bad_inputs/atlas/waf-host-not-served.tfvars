# Bad input: a WAF host limit names a host this environment does not serve (a typo of the ingestion host)
name_prefix = "poc-atlas-dev"
region      = "eu-west-1"
account_id  = "111111111111"

environment_class = "development"

state = {
  bucket = "atlas-terraform-state-111111111111"
  region = "eu-west-1"
}

network = {
  cidr                    = "10.20.0.0/16"
  availability_zones      = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs     = ["10.20.0.0/24", "10.20.1.0/24"]
  private_subnet_cidrs    = ["10.20.10.0/24", "10.20.11.0/24"]
  single_nat_gateway      = true
  flow_log_retention_days = 30
}

log_retention_days = 30

certificate_arn        = "arn:aws:acm:eu-west-1:111111111111:certificate/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
events_ingestion_host  = "events.staging.atlas.example.com"
dashboard_backend_host = "dashboard-api.staging.atlas.example.com"
kafka_ui_host          = "kafka-ui.staging.atlas.example.com"

# The public ALB's web ACL: 2,000 requests / 5 min per client IP and the common rule set's
# 8 KB body limit, except on the ingestion host, whose server-to-server clients send large
# batches from few addresses (README: "What the web ACL blocks").
waf = {
  rate_limit = 2000
  hosts = {
    "events.stagng.atlas.example.com" = {
      rate_limit   = 50000
      large_bodies = true
    }
  }
}

# The Kafka UI reads every topic: only the operators' VPN egress reaches it (other sources
# get 403 at the ALB).
kafka_ui_access = {
  allowed_cidrs = ["192.0.2.0/28"]
}

services = {
  events_ingestion = {
    image         = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/events-ingestion:1.14.2"
    port          = 8080
    cpu           = 512
    memory        = 1024
    desired_count = 1
  }
  dashboard_backend = {
    image         = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/dashboard-backend:2.3.0"
    port          = 8000
    cpu           = 512
    memory        = 1024
    desired_count = 1
    secret_keys   = ["DATABASE_URL", "REDIS_URL"]
  }
  scoring = {
    image         = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/scoring:0.9.4"
    port          = 8083
    cpu           = 512
    memory        = 1024
    desired_count = 1
  }
  kafka_ui = {
    image             = "ghcr.io/kafbat/kafka-ui:v1.2.0"
    port              = 8080
    health_check_path = "/actuator/health"
  }
  camunda = {
    image             = "camunda/camunda-bpm-platform:run-7.22.0"
    port              = 8080
    cpu               = 1024
    memory            = 2048
    health_check_path = "/engine-rest/version"
  }
}

# The topic names the runtime secrets seed (see the data-plane document).
kafka = {
  events_topic             = "atlas.events.raw"
  events_dlq_topic         = "atlas.events.dlq"
  scoring_output_topic     = "atlas.l3.user.score"
  scoring_dlq_topic        = "atlas.scoring.dlq"
  dashboard_consumer_group = "atlas-dashboard-backend"
  kafka_ui_cluster_label   = "atlas-staging"
}

# SCORING_BASE_URL is still added by hand on the AWS side in staging.
dashboard_scoring_base_url_enabled = false

msk = {
  kafka_version          = "3.6.0"
  broker_instance_type   = "kafka.t3.small"
  number_of_broker_nodes = 2
  volume_size_gb         = 100
  enhanced_monitoring    = "DEFAULT"
  # External IAM + TLS clients (ClickPipes egress ranges) reach port 9198 only from these.
  public_access          = true
  broker_subnets         = "public"
  public_access_cidrs    = ["203.0.113.0/28", "198.51.100.32/28"]
}

# The MSK Connect S3 sink is off here (no s3_sink object).

dashboard_db = {
  database_name            = "dashboard"
  instance_class           = "db.t4g.small"
  allocated_storage_gb     = 20
  max_allocated_storage_gb = 100
  deletion_protection      = false
  backup_retention_days    = 7
}

# Master passwords do not rotate here: "managed" (RDS rotates every 7 days) is refused,
# because the dashboard's DATABASE_URL and Camunda hold the password (README, "Database
# passwords"). "generated": Terraform draws it once into poc-atlas-dev-camunda/db-master,
# where Camunda reads DB_USERNAME / DB_PASSWORD at every task start; this applies from an
# empty account and on the live instance (its first apply sets the new password and the
# Camunda deployment it starts picks it up). To keep the live password instead (the
# document's adopt path), apply with master_password_mode = "static",
# password_secret = "poc-atlas-dev/camunda", password_key = "DB_PASSWORD".
camunda_db = {
  database_name        = "camunda"
  instance_class       = "db.t4g.small"
  deletion_protection  = false
  master_password_mode = "generated"
}

cache = {
  engine             = "valkey"
  engine_version     = "8.0"
  node_type          = "cache.t4g.micro"
  num_cache_clusters = 1
}

# The ClickHouse Cloud Prometheus agent is on: the object below turns it on.
clickhouse_prometheus_agent = {
  image            = "prom/prometheus:v2.53.4"
  organization_id  = "6a8f0d2e-3b1c-4e5f-9a7b-1c2d3e4f5a6b"
  service_id       = "b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
  remote_write_url = "https://metric-api.eu.newrelic.com/prometheus/v1/write?prometheus_server=poc-atlas-dev"
}

alerts = {
  email = "atlas-oncall@example.com"
}

budget = {
  monthly_limit_usd = 1500
}

tags = {
  owner       = "atlas-platform"
  cost-center = "atlas"
}
