# Bad input: the network is missing
name_prefix = "poc-atlas-dev"
region      = "eu-west-1"
account_id  = "111111111111"

state = {
  bucket = "atlas-terraform-state-111111111111"
  region = "eu-west-1"
}


tags = {
  owner       = "atlas-platform"
  cost-center = "atlas"
}
