# Bad input: production serves the agent over HTTPS only, but no certificate is given
# EDP production: production-grade values (three zones, NAT per zone, HTTPS from the
# corporate ranges only, larger Glue and agent capacity) with Redshift Serverless serving.
name_prefix = "edp-prod"
region      = "eu-central-1"
account_id  = "555555555555"

environment_class  = "production"
log_retention_days = 90

state = {
  bucket = "edp-terraform-state-555555555555"
  region = "eu-central-1"
}

network = {
  cidr                    = "10.30.0.0/16"
  availability_zones      = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
  public_subnet_cidrs     = ["10.30.0.0/24", "10.30.1.0/24", "10.30.2.0/24"]
  private_subnet_cidrs    = ["10.30.10.0/23", "10.30.12.0/23", "10.30.14.0/23"]
  single_nat_gateway      = false
  flow_log_retention_days = 365
}

# No DMS in production yet: its account roles are not created.
dms_account_roles = false

lake = {
  noncurrent_version_days   = 90
  access_log_retention_days = 365
}

processing = {
  bronze_to_silver_script = "s3://edp-prod-glue-scripts-555555555555/jobs/bronze_to_silver.py"
  silver_tables           = ["customers", "orders", "order_items", "products"]
  worker_type             = "G.2X"
  number_of_workers       = 10
  timeout_minutes         = 120
}


analytics_agent = {
  allowed_cidrs = ["198.51.100.0/24", "203.0.113.0/24"]
  api           = { cpu = 1024, memory = 4096, desired_count = 3 }
  ui            = { cpu = 512, memory = 1024, desired_count = 2 }
}

serving = {
  base_capacity_rpu = 32
  max_capacity_rpu  = 128
}

alerts = {
  email = "edp-prod-alerts@example.com"
}

budget = {
  monthly_limit_usd = 5000
}

tags = {
  owner       = "enterprise-data-platform"
  cost-center = "edp"
}
