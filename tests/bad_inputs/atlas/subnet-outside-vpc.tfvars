# Bad input: a subnet outside the VPC CIDR
name_prefix = "poc-atlas-dev"
region      = "eu-west-1"
account_id  = "111111111111"

state = {
  bucket = "atlas-terraform-state-111111111111"
  region = "eu-west-1"
}

network = {
  cidr                    = "10.20.0.0/16"
  availability_zones      = ["eu-west-1a", "eu-west-1b"]
  public_subnet_cidrs     = ["10.20.0.0/24", "10.20.1.0/24"]
  private_subnet_cidrs    = ["10.20.10.0/24", "10.30.11.0/24"]
  single_nat_gateway      = true
  flow_log_retention_days = 30
}

tags = {
  owner       = "atlas-platform"
  cost-center = "atlas"
}
