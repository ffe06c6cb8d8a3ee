# Spacelift delivery of every platform root: the account bootstrap roots trust this Spacelift
# account (its OIDC tokens and its AWS integration), .spacelift/config.yml (python -m
# atlas.delivery) runs every stack in this runner image with this Terraform version as a
# custom workflow tool, and the admin root spacelift-admin declares the stacks.
name_prefix       = "spacelift-admin"
environment_class = "production"
region            = "eu-west-1"
account_id        = "111111111111"

# Where the Spacelift admin root keeps its state (created by bootstrap-account-111111111111).
state = {
  bucket = "spacelift-admin-state-111111111111"
  region = "eu-west-1"
}

spacelift_account = "acme-data"
space_id          = "root"
repository        = "acme-data/data-platforms"
branch            = "main"

# Built from .spacelift/runner.Dockerfile: Python 3.11, Node.js 20, Terraform 1.11.4.
runner_image      = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/platform/atlas-runner:2026.12.1"
terraform_version = "1.11.4"

# The AWS account Spacelift's AWS integrations assume the deploy roles from (its SaaS account;
# shown on the integration page). The roles admit it only with an external id of their own stacks.
aws_integration_account_id = "324880187172"

# Kafka roots must reach the private MSK brokers: they run on workers inside the VPCs.
private_worker_pool_id = "01HZX5PLATFORMPRIVATEPOOL0"

drift_detection_schedule = ["0 6 * * 1-5"]

# Roles that may assume a platform's deploy role to run plain Terraform (from each account).
operator_roles = ["aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_PlatformAdmin_*"]

# Tags of the roots the delivery owns: the admin root and every account bootstrap root.
tags = {
  owner       = "platform-engineering"
  cost-center = "platform"
}
