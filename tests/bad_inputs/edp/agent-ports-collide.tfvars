# Bad input: the agent UI on the API's port
# EDP staging: production-like validation (multi-AZ, deletion protection, HTTPS) with
# ingestion on, so CDC from PostgreSQL is exercised before production.
name_prefix = "edp-staging"
region      = "eu-central-1"
account_id  = "777777777777"

environment_class  = "staging"
log_retention_days = 30

state = {
  bucket = "edp-terraform-state-777777777777"
  region = "eu-central-1"
}

network = {
  cidr                    = "10.20.0.0/16"
  availability_zones      = ["eu-central-1a", "eu-central-1b"]
  public_subnet_cidrs     = ["10.20.0.0/24", "10.20.1.0/24"]
  private_subnet_cidrs    = ["10.20.10.0/24", "10.20.11.0/24"]
  single_nat_gateway      = false
  flow_log_retention_days = 90
}

bastion = {}

# The non-production account's DMS roles belong to edp-dev.
dms_account_roles = false

processing = {
  bronze_to_silver_script = "s3://edp-staging-glue-scripts-777777777777/jobs/bronze_to_silver.py"
  silver_tables           = ["customers", "orders", "order_items", "products"]
  number_of_workers       = 4
}

certificate_arn = "arn:aws:acm:eu-central-1:777777777777:certificate/4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d"

analytics_agent = {
  allowed_cidrs = ["203.0.113.0/24"]
  api           = { cpu = 1024, memory = 2048, desired_count = 2 }
  ui            = { cpu = 512, memory = 1024, desired_count = 2, port = 8000 }
}

ingestion = {
  database = {
    database_name            = "shop"
    master_username          = "edp_admin"
    instance_class           = "db.t4g.medium"
    allocated_storage_gb     = 50
    max_allocated_storage_gb = 200
    multi_az                 = true
    deletion_protection      = true
    backup_retention_days    = 14
  }
  replication_instance_class = "dms.t3.medium"
  schemas                    = ["public"]
}

alerts = {
  email = "edp-staging-alerts@example.com"
}

budget = {
  monthly_limit_usd = 1200
}

tags = {
  owner       = "enterprise-data-platform"
  cost-center = "edp"
}
