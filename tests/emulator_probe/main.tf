# One resource (or a minimal group) per AWS service the platforms use, applied against
# moto by `python -m tests.emulator_probe` to find which resource types moto can apply,
# re-plan without a diff, and destroy with the aws 5.100.0 provider. The result decides
# tests.gates.emulator.UNSUPPORTED; re-run it when moto or the provider is upgraded.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region = "eu-west-1"
}

locals {
  account = "123456789012"
}

resource "aws_vpc" "v" { cidr_block = "10.50.0.0/16" }
resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.50.1.0/24"
  availability_zone = "eu-west-1a"
}
resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.50.2.0/24"
  availability_zone = "eu-west-1b"
}
resource "aws_security_group" "sg" {
  name   = "probe"
  vpc_id = aws_vpc.v.id
}
resource "aws_vpc_security_group_ingress_rule" "in" {
  security_group_id            = aws_security_group.sg.id
  referenced_security_group_id = aws_security_group.sg.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
}
resource "aws_kms_key" "k" {
  description         = "probe"
  enable_key_rotation = true
}
resource "aws_s3_bucket" "b" { bucket = "probe-bucket-123456789012" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}
resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
resource "aws_lb" "alb" {
  name               = "probe"
  load_balancer_type = "application"
  internal           = true
  subnets            = [aws_subnet.a.id, aws_subnet.b.id]
  security_groups    = [aws_security_group.sg.id]
}
resource "aws_lb_target_group" "tg" {
  name        = "probe"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.v.id
}
resource "aws_ecs_cluster" "c" { name = "probe" }
resource "aws_ecr_repository" "r" { name = "probe" }
resource "aws_secretsmanager_secret" "s" {
  name       = "probe"
  kms_key_id = aws_kms_key.k.arn
}
resource "aws_sns_topic" "t" { name = "probe" }
resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name          = "probe"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 60
  statistic           = "Average"
  threshold           = 80
  alarm_actions       = [aws_sns_topic.t.arn]
}
resource "aws_glue_catalog_database" "d" { name = "probe" }
resource "aws_glue_registry" "r" { registry_name = "probe" }
resource "aws_athena_workgroup" "w" { name = "probe" }
resource "aws_prometheus_workspace" "p" { alias = "probe" }
resource "aws_sqs_queue" "q" { name = "probe" }
resource "aws_ssm_parameter" "p" {
  name  = "/probe/x"
  type  = "String"
  value = "x"
}
resource "aws_db_subnet_group" "g" {
  name       = "probe"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}
resource "aws_db_instance" "db" {
  identifier                  = "probe"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "probe"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.g.name
  skip_final_snapshot         = true
  storage_encrypted           = true
}
resource "aws_msk_cluster" "m" {
  cluster_name           = "probe"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 2
  broker_node_group_info {
    instance_type   = "kafka.t3.small"
    client_subnets  = [aws_subnet.a.id, aws_subnet.b.id]
    security_groups = [aws_security_group.sg.id]
  }
}
resource "aws_elasticache_subnet_group" "g" {
  name       = "probe"
  subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}
resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "probe"
  description          = "probe"
  node_type            = "cache.t4g.micro"
  num_cache_clusters   = 1
  subnet_group_name    = aws_elasticache_subnet_group.g.name
}
resource "aws_budgets_budget" "b" {
  name         = "probe"
  budget_type  = "COST"
  limit_amount = "100"
  limit_unit   = "USD"
  time_unit    = "MONTHLY"
}
resource "aws_iam_role" "sfn" {
  name = "probe-sfn"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow",
  Action = "sts:AssumeRole", Principal = { Service = "states.amazonaws.com" } }] })
}
resource "aws_sfn_state_machine" "s" {
  name       = "probe"
  role_arn   = aws_iam_role.sfn.arn
  definition = jsonencode({ StartAt = "P", States = { P = { Type = "Pass", End = true } } })
}
resource "aws_redshiftserverless_namespace" "n" { namespace_name = "probe" }
resource "aws_grafana_workspace" "g" {
  account_access_type      = "CURRENT_ACCOUNT"
  authentication_providers = ["AWS_SSO"]
  permission_type          = "SERVICE_MANAGED"
  role_arn                 = aws_iam_role.sfn.arn
}
resource "aws_cloudtrail" "t" {
  name           = "probe"
  s3_bucket_name = aws_s3_bucket.b.id
}
