# EDP dev: the document's default short session (foundation, processing, the Step
# Functions pipeline, the analytics agent, monitoring) in 10.10.0.0/16, eu-central-1.
# Ingestion, serving and orchestration are switched on here only when a session needs them.
name_prefix = "edp-dev"
region      = "eu-central-1"
account_id  = "777777777777"

environment_class  = "development"
log_retention_days = 14

state = {
  bucket = "edp-terraform-state-777777777777"
  region = "eu-central-1"
}

network = {
  cidr                    = "10.10.0.0/16"
  availability_zones      = ["eu-central-1a", "eu-central-1b"]
  public_subnet_cidrs     = ["10.10.0.0/24", "10.10.1.0/24"]
  private_subnet_cidrs    = ["10.10.10.0/24", "10.10.11.0/24"]
  single_nat_gateway      = true
  flow_log_retention_days = 30
}

bastion = {
  instance_type = "t3.micro"
}

# dev and staging share the non-production account: dev owns DMS's account roles.
dms_account_roles = true

lake = {
  force_destroy = true
}

processing = {
  bronze_to_silver_script = "s3://edp-dev-glue-scripts-777777777777/jobs/bronze_to_silver.py"
  silver_tables           = ["customers", "orders", "order_items", "products"]
}

pipeline = {
  schedule = "cron(0 5 * * ? *)"
}

# No certificate in dev: the agent's load balancer answers on HTTP only.
analytics_agent = {
  allowed_cidrs = ["0.0.0.0/0"]
}

alerts = {
  email = "edp-dev-alerts@example.com"
}

budget = {
  monthly_limit_usd = 400
}

tags = {
  owner       = "enterprise-data-platform"
  cost-center = "edp"
}
