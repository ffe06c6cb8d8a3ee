# Bad input: a second plane on staging's cluster reusing staging's topic names
name_prefix       = "atlas-shared-topics"
environment_class = "development"
region            = "eu-west-1"
account_id        = "111111111111"

state = {
  bucket = "atlas-terraform-state-111111111111"
  region = "eu-west-1"
}

# The environment whose MSK cluster (and VPC) this one shares; it owns `network`.
msk_shared_from = "staging"

log_retention_days = 14

certificate_arn        = "arn:aws:acm:eu-west-1:111111111111:certificate/7c1d2e3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f"
events_ingestion_host  = "events.staging2.atlas.example.com"
dashboard_backend_host = "dashboard-api.staging2.atlas.example.com"
kafka_ui_host          = "kafka-ui.staging2.atlas.example.com"

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
    image             = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/atlas/scoring:0.9.4"
    port              = 8083
    cpu               = 512
    memory            = 1024
    desired_count     = 1
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

# staging2 shares the staging cluster: every name differs from staging's (checked).
kafka = {
  events_topic             = "atlas.events.raw"
  events_dlq_topic         = "atlas.events.dlq"
  scoring_output_topic     = "atlas.staging2.l3.user.score"
  scoring_dlq_topic        = "atlas.staging2.scoring.dlq"
  dashboard_consumer_group = "atlas-staging2-dashboard-backend"
  kafka_ui_cluster_label   = "atlas-staging2 (shared staging cluster)"
}

dashboard_scoring_base_url_enabled = true

dashboard_db = {
  database_name       = "dashboard"
  instance_class      = "db.t4g.micro"
  deletion_protection = false
}

camunda_db = {
  database_name       = "camunda"
  instance_class      = "db.t4g.micro"
  deletion_protection = false
}

cache = {
  node_type          = "cache.t4g.micro"
  num_cache_clusters = 1
}

alerts = {
  email = "atlas-oncall@example.com"
}

budget = {
  monthly_limit_usd = 800
}

tags = {
  owner       = "atlas-platform"
  cost-center = "atlas"
}

kafka_ui_access = {
  allowed_cidrs = ["192.0.2.0/28"]
}
