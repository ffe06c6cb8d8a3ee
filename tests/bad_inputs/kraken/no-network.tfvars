# Bad input: neither network nor existing_network given
name_prefix = "kraken-prod"
region      = "eu-west-1"
account_id  = "444444444444"

environment_class  = "production"
log_retention_days = 90

state = {
  bucket = "kraken-terraform-state-444444444444"
  region = "eu-west-1"
}

lake = {
  mnpi_object_lock = true
  object_lock_mode = "COMPLIANCE"
  object_lock_days = 2557
}

database = {
  database_name        = "kraken"
  master_username      = "kraken_admin"
  instance_class       = "db.r6g.large"
  allocated_storage_gb = 200
  max_allocated_storage_gb = 1000
  multi_az             = true
  backup_retention_days = 14
  deletion_protection  = true
}

msk = {
  kafka_version          = "3.6.0"
  broker_instance_type   = "kafka.m5.4xlarge"
  number_of_broker_nodes = 3
  # Passwords are set in the AmazonMSK_* secrets; MSK accepts the association only then.
  associate_scram_secrets = true
  volume_size_gb         = 1000
  provisioned_throughput_mibps = 250
  enhanced_monitoring    = "PER_TOPIC_PER_BROKER"
}

topics = {
  replication_factor  = 3
  min_insync_replicas = 2
  partitions          = 12
}

connectors = {
  plugin_bucket_arn = "arn:aws:s3:::kraken-prod-msk-plugins-444444444444"
  debezium_plugin = {
    arn     = "arn:aws:kafkaconnect:eu-west-1:444444444444:custom-plugin/debezium-postgres-2-7/0f1e2d3c-4b5a-6978-8f9e-0d1c2b3a4958-2"
    bundles = ["msk-config-providers", "avro-converter"]
  }
  s3_sink_plugin = {
    s3_key  = "plugins/confluentinc-kafka-connect-s3-10.5.23-avro.zip"
    bundles = ["avro-converter"]
  }
  mcu_count         = 2
  min_workers       = 2
  max_workers       = 4
}

certificate_arn = "arn:aws:acm:eu-west-1:444444444444:certificate/1c2d3e4f-5061-7283-94a5-b6c7d8e9f0a1"

services = {
  schema_registry = { image = "confluentinc/cp-schema-registry:7.6.1", cpu = 512, memory = 1024, desired_count = 2 }
  cruise_control  = { image = "public.ecr.aws/kraken/cruise-control:2.5.138", cpu = 1024, memory = 4096 }
  prometheus      = { image = "prom/prometheus:v2.53.0", cpu = 1024, memory = 4096 }
  alertmanager    = { image = "prom/alertmanager:v0.27.0", cpu = 512, memory = 1024 }
}

alerts = {
  pagerduty = {
    critical_secret_arn = "arn:aws:secretsmanager:eu-west-1:444444444444:secret:kraken-prod/pagerduty/critical-Ab12Cd"
    warning_secret_arn  = "arn:aws:secretsmanager:eu-west-1:444444444444:secret:kraken-prod/pagerduty/warning-Ef34Gh"
  }
}

tier_trusted_account_id = "555555555555"

tags = {
  owner       = "kraken-data-platform"
  cost-center = "kraken"
  data-class  = "confidential"
}
